/**
 * A team's project made from the packed package, as `npm install statusmark` makes it: the
 * tarball of this repository (`npm pack`, which builds lib/ at prepack), a package.json depending
 * on it, `astro.config.mjs` with `statusmark()`, and the content. Used by test/package.test.ts
 * and by `npm run bench` (installed size and package count).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export const TEAM_ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import statusmark from 'statusmark';

export default defineConfig({ integrations: [statusmark()] });
`;

/** `npm pack` of this repository into `folder`; the tarball's path. */
export function packPackage(folder: string, env: NodeJS.ProcessEnv): string {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {
    cwd: REPO,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // prepack's own output comes before npm's JSON.
  const [packed] = JSON.parse(out.slice(out.indexOf('\n[') + 1)) as { filename: string }[];
  return join(folder, packed!.filename);
}

/** Writes a team's project into `dir` depending on the tarball, with `files` (path → text) beside it, and installs it. */
export function makeTeamProject(dir: string, tarball: string, files: Record<string, string>, env: NodeJS.ProcessEnv): void {
  const pkg = { name: 'team-status', private: true, type: 'module', dependencies: { statusmark: `file:${tarball}` } };
  const all = { 'package.json': `${JSON.stringify(pkg, null, 2)}\n`, 'astro.config.mjs': TEAM_ASTRO_CONFIG, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface InstalledFigures {
  /** `du` of node_modules, in bytes. */
  bytes: number;
  /** `npm ls --omit=dev --all --parseable` lines: the project and every package it installs. */
  packages: number;
  /** The largest packages under node_modules (a scope's packages each on their own). */
  biggest: { name: string; bytes: number }[];
}

export function installedFigures(dir: string, env: NodeJS.ProcessEnv, top = 8): InstalledFigures {
  const kb = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((line) => line.split('\t') as [string, string]);
  const total = kb(execFileSync('du', ['-sk', 'node_modules'], { cwd: dir, encoding: 'utf8' }))[0]![0];
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: dir, env, encoding: 'utf8' });
  const each = execFileSync('sh', ['-c', 'du -sk node_modules/[!@.]* node_modules/@*/*'], { cwd: dir, encoding: 'utf8' });
  const biggest = kb(each)
    .map(([size, path]) => ({ name: path.replace(/^node_modules\//, ''), bytes: Number(size) * 1024 }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
  return { bytes: Number(total) * 1024, packages: listed.trim().split('\n').length, biggest };
}
