#!/usr/bin/env node
/** `npm run check`: the same command as `statusmark check` (src/cli/check.ts), named for this repository's scripts. */
import { runCheck } from '../src/cli/check.ts';

process.exitCode = runCheck(process.argv.slice(2));
