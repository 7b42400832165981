import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** The environment without what vitest sets for itself (BASE_URL, MODE, NODE_ENV…), which would leak into Vite's build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}

export class BuildError extends Error {
  readonly output: string;
  readonly dir: string;
  constructor(output: string, dir: string) {
    super(`astro build failed:\n${output}`);
    this.output = output;
    this.dir = dir;
  }
}

export interface BuiltSite {
  dir: string;
  html(path: string): CheerioAPI;
  text(path: string): string;
}

/** Runs a real `astro build` of a content root at a fixed STATUS_NOW into a temporary folder, or into `outDir` (which may hold an earlier build). */
export function buildSite(contentRoot: string, now: string, outDir?: string): BuiltSite {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'statusmark-dist-'));
  try {
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', dir], {
      cwd: resolve('.'),
      env: { ...cleanEnv(), STATUS_DIR: contentRoot, STATUS_NOW: now, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new BuildError(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`, dir);
  }
  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  return { dir, text, html: (path) => load(text(path)) };
}
