/** What the CLI runs in (output, environment, terminal), and the errors that end a run with usage help. */
import { contentRootFromEnv, nowFromEnv } from '../../shared/env.ts';
import type { Prompter } from './prompts.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Ask for what is missing (stdin and stdout are a terminal). */
  interactive: boolean;
  prompter?: Prompter;
  color?: boolean;
  /** Reads --message-file; `-` is standard input. */
  readFile?: (path: string) => string;
  /** How the responder runs these commands, for the help and its pointers: `npx statusmark` (the default) or `npm run status --`. */
  program?: string;
}

/** The package's bin, as a team's project runs it. */
export const BIN_PROGRAM = 'npx statusmark';

export function programOf(io: CliIo): string {
  return io.program ?? BIN_PROGRAM;
}

/** Bad usage: exit status 2, followed by a pointer to the command's help. */
export class UsageError extends Error {}

export function missing(what: string): never {
  throw new UsageError(`${what} is missing (run it in a terminal to be asked, or pass the flag)`);
}

export function now(io: CliIo): Date {
  try {
    return nowFromEnv(io.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function contentRoot(io: CliIo): string {
  return contentRootFromEnv(io.env, io.cwd);
}
