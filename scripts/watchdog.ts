#!/usr/bin/env node
/** The update-cadence watchdog (`statusmark watchdog`): see src/cli/watchdog.ts. */
import { runWatchdog } from '../src/cli/watchdog.ts';

process.exitCode = await runWatchdog(process.argv.slice(2), process.env);
