import { main } from '../../src/core/authoring/cli.ts';
import type { Prompter } from '../../src/core/authoring/cli/prompts.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run status -- …` in-process, with its output captured and no terminal. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  options: { prompter?: Prompter; files?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { ...env },
    cwd: options.cwd ?? process.cwd(),
    interactive: Boolean(options.prompter),
    ...(options.prompter ? { prompter: options.prompter } : {}),
    color: false,
    program: 'npm run status --',
    ...(options.files
      ? {
          readFile: (p: string) => {
            const key = Object.keys(options.files!).find((k) => p === k || p.endsWith(`/${k}`));
            if (key === undefined) throw new Error('ENOENT: no such file');
            return options.files![key]!;
          },
        }
      : {}),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
