#!/usr/bin/env node
/** `npm run schema`: regenerate status.config.schema.json from the config schema (editors use it to complete and check the file). */
import { writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../src/core/content/config/config-json-schema.ts';

writeFileSync('status.config.schema.json', configJsonSchemaText());
console.log('wrote status.config.schema.json');
