#!/usr/bin/env node
/** `npm run status -- <command>`: the authoring CLI. All of it lives in src/core/authoring/. */
import { main } from '../src/core/authoring/cli.ts';
import { clackPrompter } from '../src/core/authoring/cli/prompts.ts';
import { wantsColor } from '../src/core/diagnostics/reporters/color.ts';

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  env: process.env,
  cwd: process.cwd(),
  interactive,
  prompter: clackPrompter,
  color: wantsColor(process.stdout, process.env),
});
