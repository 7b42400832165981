/** The `statusmark` bin: one command per job, `--version`, and help with one line per command. */
import { installedVersion } from '../core/scaffold/installed-version.ts';
import { suggest } from '../core/shared/suggest.ts';
import type { BinCommands, BinGroup, BinIo } from './bin-io.ts';
import { COMMANDS } from './commands.ts';

const HEADINGS: Record<BinGroup, string> = {
  project: 'Set up and upgrade a status repository:',
  content: 'Commands:',
  ci: 'CI jobs (the workflows run these):',
};

export function binHelp(commands: BinCommands): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const sections = (Object.keys(HEADINGS) as BinGroup[]).flatMap((group) => {
    const lines = names.filter((n) => commands[n]!.group === group).map((n) => `  ${n.padEnd(width)}${commands[n]!.summary}`);
    return lines.length ? [`${HEADINGS[group]}\n${lines.join('\n')}`] : [];
  });
  return `Usage: statusmark <command> [options]

${sections.join('\n\n')}

Run \`statusmark <command> --help\` for the options and examples of each.
  -v, --version   print the version
  -h, --help      show this help`;
}

export function unknownCommand(name: string, commands: BinCommands): string {
  const names = Object.keys(commands);
  const near = suggest(name, names);
  const hint = near ? `did you mean \`statusmark ${near}\`?` : `the commands are: ${names.join(', ')}`;
  return `unknown command "${name}"; ${hint}\n\nRun \`statusmark --help\` for what each command does.`;
}

export async function runBin(argv: readonly string[], io: BinIo, commands: BinCommands = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(installedVersion());
    return 0;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && Object.hasOwn(commands, topic)) return commands[topic]!.run(['--help'], io);
    if (topic !== undefined) {
      io.stderr(unknownCommand(topic, commands));
      return 2;
    }
    io.stdout(binHelp(commands));
    return name === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(commands, name)) {
    io.stderr(unknownCommand(name, commands));
    return 2;
  }
  return commands[name]!.run(rest, io);
}
