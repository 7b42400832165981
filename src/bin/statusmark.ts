#!/usr/bin/env node
/** The `statusmark` command of the published package (lib/bin/statusmark.js); see src/cli/bin.ts. */
import { runBin } from '../cli/bin.ts';
import { processIo } from '../cli/terminal-io.ts';

process.exitCode = await runBin(process.argv.slice(2), processIo());
