#!/usr/bin/env node
/** The timekeeper's commands (`statusmark next-change`, `wait`, `dispatch`): see src/cli/timekeeper.ts. */
import { runDispatch, runNextChange, runWait } from '../src/cli/timekeeper.ts';

const [command, ...argv] = process.argv.slice(2);
const commands: Record<string, () => number | Promise<number>> = {
  'next-change': () => runNextChange(argv, process.env),
  wait: () => runWait(argv, process.env),
  dispatch: () => runDispatch(argv, process.env),
};
const run = commands[command ?? ''];
if (!run) console.error('Usage: node scripts/timekeeper.ts <next-change|wait|dispatch> …');
process.exitCode = run ? await run() : 2;
