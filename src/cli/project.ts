/** `statusmark init` and `statusmark upgrade`, wired to the terminal. All of it lives in src/core/scaffold/. */
import type { BinIo } from './bin-io.ts';
import { terminalIo } from './terminal-io.ts';

export async function runInitCommand(argv: readonly string[], io: BinIo): Promise<number> {
  return (await import('../core/scaffold/index.ts')).runInit(argv, terminalIo(io));
}

export async function runUpgradeCommand(argv: readonly string[], io: BinIo): Promise<number> {
  return (await import('../core/scaffold/index.ts')).runUpgrade(argv, terminalIo(io));
}
