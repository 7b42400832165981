/** What init and upgrade share: reading their flags the way the authoring CLI does, and writing files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { argsErrorMessage } from '../shared/cli-args.ts';
import { UsageError, type CliIo } from '../authoring/cli/cli-io.ts';
import { PromptCancelled } from '../authoring/cli/prompts.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed flags, or the exit status 2 after saying what is wrong. */
export function parseFlags<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  io: CliIo,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } | undefined {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    io.stderr(`${argsErrorMessage(error, options, args)}\n\nRun \`npx statusmark ${command} --help\` for the options.`);
    return undefined;
  }
}

/** Runs `work`, ending bad usage with status 2 and a pointer to the command's help, and a cancelled prompt with status 1. */
export async function withUsage(command: string, io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\nRun \`npx statusmark ${command} --help\` for the options.`);
      return 2;
    }
    if (error instanceof PromptCancelled) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
}

/** Writes `text` to `path` under `root`, making its folders. */
export function writeInto(root: string, path: string, text: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
