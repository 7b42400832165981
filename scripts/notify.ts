#!/usr/bin/env node
/** Announces new updates after a deploy (`statusmark notify`): see src/cli/notify.ts. */
import { runNotify } from '../src/cli/notify.ts';

process.exitCode = await runNotify(process.argv.slice(2), process.env);
