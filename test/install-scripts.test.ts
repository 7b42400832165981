import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// npm 11 runs a dependency's install script that package.json's `allowScripts` does not cover
// with a warning at the end of every `npm ci`, which a first-time user has to look up.
it('package.json approves or denies every install script, so `npm ci` has nothing to warn about', () => {
  expect(execFileSync('npm', ['install-scripts', 'ls'], { encoding: 'utf8' }).trim()).toBe('No packages with unreviewed install scripts.');
});

// esbuild's postinstall only checks its platform package and puts that binary in place of its
// JavaScript launcher; Astro and Vite call esbuild's API, which finds the platform package itself.
it('esbuild works without its denied install script', async () => {
  const launcher = createRequire(import.meta.url).resolve('esbuild/bin/esbuild');
  expect(readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  const { transform } = await import('esbuild');
  expect((await transform('const late: number = 1;', { loader: 'ts' })).code).toBe('const late = 1;\n');
});
