#!/usr/bin/env node
/** The pull-request comment (`statusmark pr-comment`): see src/cli/pr-comment.ts. */
import { runPrComment } from '../src/cli/pr-comment.ts';

process.exitCode = await runPrComment(process.argv.slice(2), process.env);
