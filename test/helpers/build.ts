import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** The environment without what vitest sets for itself (BASE_URL, MODE, NODE_ENV…), which would leak into Vite's build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[key];
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

export interface BuildOptions {
  /** Another config file than this project's astro.config.mjs, relative to the project folder. */
  config?: string;
  /** More environment for the build. */
  env?: NodeJS.ProcessEnv;
}

/** The `astro build` of a content root at a fixed STATUS_NOW into `dir`: arguments and spawn options. */
function buildCommand(contentRoot: string, now: string, dir: string, { config, env }: BuildOptions): [string[], SpawnOptions] {
  const args = [ASTRO, 'build', '--outDir', dir, ...(config ? ['--config', config] : [])];
  return [
    args,
    { cwd: resolve('.'), env: { ...cleanEnv(), STATUS_DIR: contentRoot, STATUS_NOW: now, ASTRO_TELEMETRY_DISABLED: '1', ...env } },
  ];
}

/**
 * Runs a real `astro build` of a content root at a fixed STATUS_NOW, into `dir` (by default a new
 * temporary folder).
 */
export function buildSite(
  contentRoot: string,
  now: string,
  dir = mkdtempSync(join(tmpdir(), 'statusmark-dist-')),
  options: BuildOptions = {},
): BuiltSite {
  // One file for both streams keeps their lines in the order the build wrote them, as a terminal shows them.
  const logFile = join(mkdtempSync(join(tmpdir(), 'statusmark-build-log-')), 'build.log');
  const fd = openSync(logFile, 'w');
  let status: number | null;
  try {
    const [args, spawnOptions] = buildCommand(contentRoot, now, dir, options);
    status = spawnSync(process.execPath, args, { ...spawnOptions, stdio: ['ignore', fd, fd] }).status;
  } finally {
    closeSync(fd);
  }
  const log = readFileSync(logFile, 'utf8');
  if (status !== 0) throw new BuildError(log, dir, status);
  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  return { dir, log, text, html: (path) => load(text(path)) };
}

/**
 * The same build, started and left running, its output ignored: for a test that interrupts it. It
 * runs in a process group of its own, so `process.kill(-build.pid, signal)` ends it and what it started.
 */
export function startBuild(contentRoot: string, now: string, dir: string, options: BuildOptions = {}): ChildProcess {
  const [args, spawnOptions] = buildCommand(contentRoot, now, dir, options);
  return spawn(process.execPath, args, { ...spawnOptions, stdio: 'ignore', detached: true });
}

/** The lines a build printed, with the clock time that starts Astro's lines and the time it took to generate types left out. */
export function printedLines(output: string): string[] {
  return output
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, '<time> ').replace(/^(<time> \[types\] Generated) \d+(?:\.\d+)?m?s$/, '$1 <duration>'));
}
