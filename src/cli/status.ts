/** The authoring commands (`npm run status -- new …`, `statusmark new …`), wired to the terminal. All of it lives in src/core/authoring/. */
import { main } from '../core/authoring/cli.ts';
import type { BinIo } from './bin-io.ts';
import { terminalIo } from './terminal-io.ts';

/** `program` is how the help names the command: the bin's `npx statusmark`, or this repository's `npm run status --`. */
export function runStatus(argv: readonly string[], io: BinIo, program?: string): Promise<number> {
  return main(argv, { ...terminalIo(io), ...(program ? { program } : {}) });
}
