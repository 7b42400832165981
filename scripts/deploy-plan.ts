#!/usr/bin/env node
/** The deploy workflow's plan (`statusmark deploy-plan`): see src/cli/deploy-plan.ts. */
import { runDeployPlan } from '../src/cli/deploy-plan.ts';

process.exitCode = await runDeployPlan(process.argv.slice(2), process.env);
