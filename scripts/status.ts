#!/usr/bin/env node
/** `npm run status -- <command>`: the authoring CLI, as `statusmark <command>` runs it (src/cli/status.ts). */
import { runStatus } from '../src/cli/status.ts';
import { processIo } from '../src/cli/terminal-io.ts';

process.exitCode = await runStatus(process.argv.slice(2), processIo(), 'npm run status --');
