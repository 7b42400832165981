/** `statusmark init` and `statusmark upgrade`, wired to the terminal. All of it lives in src/core/scaffold/. */
import { clackPrompter } from '../core/authoring/cli/prompts.ts';
import type { CliIo } from '../core/authoring/cli/cli-io.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import type { BinIo } from './bin-io.ts';

/** The bin's output and environment, plus the terminal: prompts only when both ends are one and CI is not set. */
function terminalIo(io: BinIo): CliIo {
  return {
    ...io,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !io.env.CI,
    prompter: clackPrompter,
    color: wantsColor(process.stdout, io.env),
  };
}

export async function runInitCommand(argv: readonly string[], io: BinIo): Promise<number> {
  return (await import('../core/scaffold/index.ts')).runInit(argv, terminalIo(io));
}

export async function runUpgradeCommand(argv: readonly string[], io: BinIo): Promise<number> {
  return (await import('../core/scaffold/index.ts')).runUpgrade(argv, terminalIo(io));
}
