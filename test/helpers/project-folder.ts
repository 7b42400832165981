import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanEnv } from './build.ts';

export const REPO = resolve(import.meta.dirname, '../..');

/**
 * A project folder that builds with this repository's astro.config.mjs and sources, with its own
 * public/ (a favicon and a brand folder to link to) and a .git/config that holds `token`, as the
 * deploy workflow's checkout does.
 */
export function projectFolder(token: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'statusmark-project-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git/config'), `[http "https://github.com/"]\n\textraheader = ${token}\n`);
  mkdirSync(join(dir, 'public'));
  writeFileSync(join(dir, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(join(dir, 'brand'));
  writeFileSync(join(dir, 'brand/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><title>Acme</title></svg>');
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Vite's cache of its own: node_modules is the repository's, and a cache made for another project is made again, with a line saying so.
    `import config from ${JSON.stringify(join(REPO, 'astro.config.mjs'))};\nexport default { ...config, srcDir: ${JSON.stringify(join(REPO, 'src'))}, vite: { cacheDir: '.vite' } };\n`,
  );
  return dir;
}

/** `astro build` of a project folder, of the content root `content` at `now`, into its dist/. */
export function buildProject(dir: string, content: string, now: string) {
  const outDir = join(dir, 'dist');
  const run = spawnSync(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir, '--outDir', outDir], {
    cwd: dir,
    env: { ...cleanEnv(), STATUS_DIR: content, STATUS_NOW: now, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }) : [];
  return { status: run.status, output: `${run.stdout}${run.stderr}`, outDir, written };
}
