#!/usr/bin/env node
/** `npm run check`: validate the content root and print compiler-style findings. Exit 1 on errors. */
import { parseArgs } from 'node:util';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { contentRootFromEnv, nowFromEnv } from '../src/core/env.ts';
import { loadContentRoot } from '../src/core/load.ts';
import { REPORTERS } from '../src/core/reporters/index.ts';

const HELP = `Usage: npm run check [-- options]

Validates status.config.yaml and every incidents/**/*.md file.

Options:
  --format <name>   ${Object.keys(REPORTERS).join(' | ')} (default: human)
  --errors-only     print errors, not warnings (the build uses this)
  -h, --help        show this help

Environment:
  STATUS_DIR=<folder>     content root to check (default: the current folder)
  STATUS_NOW=<ISO time>   the check's idea of "now", e.g. 2026-11-20T14:05:00Z

Exit status: 0 when there are no errors (warnings allowed), 1 otherwise, 2 on bad usage.`;

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        format: { type: 'string', default: 'human' },
        'errors-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const reporter = REPORTERS[args.format];
  if (!reporter) {
    console.error(`unknown --format "${args.format}"; use one of: ${Object.keys(REPORTERS).join(', ')}`);
    return 2;
  }
  let now: Date;
  try {
    now = nowFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const root = contentRootFromEnv();
  const content = loadContentRoot(root, { now });
  const diagnostics = args['errors-only'] ? content.diagnostics.filter((d) => d.severity === 'error') : content.diagnostics;
  const text = reporter({ diagnostics, files: content.files, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  if (text) console.log(text);
  return countBySeverity(content.diagnostics).errors > 0 ? 1 : 0;
}

process.exitCode = main();
