#!/usr/bin/env node
/** The deploy workflow's step times (`statusmark step-times`): see src/cli/step-times.ts. */
import { runStepTimes } from '../src/cli/step-times.ts';

process.exitCode = await runStepTimes(process.argv.slice(2), process.env);
