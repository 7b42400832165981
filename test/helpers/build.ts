import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
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
  /** What the build printed, stdout and stderr in the order it wrote them. */
  readonly output: string;
  readonly dir: string;
  readonly status: number | null;
  constructor(output: string, dir: string, status: number | null) {
    super(`astro build failed (exit status ${status}):\n${output}`);
    this.output = output;
    this.dir = dir;
    this.status = status;
  }
}

export interface BuiltSite {
  dir: string;
  /** What the build printed, stdout and stderr in the order it wrote them. */
  log: string;
  html(path: string): CheerioAPI;
  text(path: string): string;
}

/**
 * Runs a real `astro build` of a content root at a fixed STATUS_NOW, into `dir` (by default a new
 * temporary folder).
 */
export function buildSite(contentRoot: string, now: string, dir = mkdtempSync(join(tmpdir(), 'statusmark-dist-'))): BuiltSite {
  // One file for both streams keeps their lines in the order the build wrote them, as a terminal shows them.
  const logFile = join(mkdtempSync(join(tmpdir(), 'statusmark-build-log-')), 'build.log');
  const fd = openSync(logFile, 'w');
  let status: number | null;
  try {
    status = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dir], {
      cwd: resolve('.'),
      env: { ...cleanEnv(), STATUS_DIR: contentRoot, STATUS_NOW: now, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', fd, fd],
    }).status;
  } finally {
    closeSync(fd);
  }
  const log = readFileSync(logFile, 'utf8');
  if (status !== 0) throw new BuildError(log, dir, status);
  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  return { dir, log, text, html: (path) => load(text(path)) };
}
