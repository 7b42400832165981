import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Prompter } from '../../src/core/authoring/cli/prompts.ts';
import { runInit, runUpgrade } from '../../src/core/scaffold/index.ts';
import type { CliRun } from './cli.ts';

/** Runs `statusmark init` or `upgrade` in-process in `cwd`, with output captured; a prompter makes it interactive. */
export async function runScaffold(
  command: 'init' | 'upgrade',
  args: string[],
  cwd: string,
  options: { prompter?: Prompter; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const run = command === 'init' ? runInit : runUpgrade;
  const code = await run(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { STATUS_NOW: '2026-11-22T00:00:00Z', ...options.env },
    cwd,
    interactive: Boolean(options.prompter),
    ...(options.prompter ? { prompter: options.prompter } : {}),
    color: false,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'statusmark-scaffold-'));

export const INIT_FLAGS = ['--name', 'Acme Status', '--url', 'https://status.acme.example/', '--components', 'api,dashboard,email'];

/** Every file `init` writes, sorted, for an example incident dated `exampleDate` (the day before now). */
export function initFiles(exampleDate: string): string[] {
  return [
    '.github/dependabot.yml',
    '.github/workflows/deploy.yml',
    '.github/workflows/pr.yml',
    '.github/workflows/timekeeper.yml',
    '.github/workflows/watchdog.yml',
    '.gitignore',
    '.nvmrc',
    '.statusmark/template.json',
    'README.md',
    'astro.config.mjs',
    `incidents/${exampleDate}-slow-responses.md`,
    'package.json',
    'public/.gitkeep',
    'status.config.yaml',
  ];
}

/** The files under `root`, sorted, leaving out what `npm install` adds. */
export function filesIn(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && e.name !== 'package-lock.json')
    .flatMap((e) => (e.isDirectory() ? filesIn(root, join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}
