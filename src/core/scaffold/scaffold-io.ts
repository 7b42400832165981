/** What init and upgrade share: reading their flags the way the authoring CLI does, and writing files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { argsErrorMessage } from '../shared/cli-args.ts';
import type { CliIo } from '../authoring/cli/cli-io.ts';

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

/** Writes `text` to `path` under `root`, making its folders. */
export function writeInto(root: string, path: string, text: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
