/** The authoring commands (`npm run status -- new …`, `statusmark new …`), wired to the terminal. All of it lives in src/core/authoring/. */
import { main } from '../core/authoring/cli.ts';
import type { BinIo } from './bin-io.ts';
import { terminalIo } from './terminal-io.ts';

export function runStatus(argv: readonly string[], io: BinIo): Promise<number> {
  return main(argv, terminalIo(io));
}
