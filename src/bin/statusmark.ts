#!/usr/bin/env node
/** The `statusmark` command of the published package (lib/bin/statusmark.js); see src/cli/bin.ts. */
import { runBin } from '../cli/bin.ts';

process.exitCode = await runBin(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  env: process.env,
  cwd: process.cwd(),
});
