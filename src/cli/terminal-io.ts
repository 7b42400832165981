/** What the commands run in when a person or a workflow starts them: this process's streams, environment and terminal. */
import { clackPrompter } from '../core/authoring/cli/prompts.ts';
import type { CliIo } from '../core/authoring/cli/cli-io.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import type { BinIo } from './bin-io.ts';

/** This process's output, environment and folder. */
export function processIo(): BinIo {
  return {
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** The bin's output and environment, plus the terminal: prompts only when both ends are one and CI is not set. */
export function terminalIo(io: BinIo): CliIo {
  return {
    ...io,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !io.env.CI,
    prompter: clackPrompter,
    color: wantsColor(process.stdout, io.env),
  };
}
