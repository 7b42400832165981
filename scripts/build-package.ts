#!/usr/bin/env node
/**
 * `npm run build:package` (run by `npm pack` and `npm publish` at prepack): lib/ is src/ as
 * published. Node does not strip types under node_modules, so every .ts gets its .js beside it
 * from tsc (tsconfig.package.json, which turns `./x.ts` imports into `./x.js`); the .ts, .astro and
 * .css files stay too, because Vite compiles the pages and what they import from source, as
 * Starlight ships. The declarations go to lib/types/: beside the .ts they would lose to it, and a
 * team's type check would check our source under its own settings.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const lib = new URL('../lib/', import.meta.url);
rmSync(lib, { recursive: true, force: true });
cpSync(new URL('../src/', import.meta.url), lib, { recursive: true });
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.package.json'], { cwd: repo, stdio: 'inherit' });
chmodSync(new URL('bin/statusmark.js', lib), 0o755);
console.log('built lib/');
