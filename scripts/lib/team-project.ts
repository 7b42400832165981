/**
 * A team's repository made from the packed package, as `npx statusmark init` and `npm install`
 * make it: the tarball of this repository (`npm pack`, which builds lib/ at prepack) runs its own
 * init. Used by test/e2e/package.test.ts and by `npm run bench` (installed size and package count).
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

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

/** The flags a team's first command gives `init` in the README. */
export const TEAM_INIT_FLAGS = ['--name', 'Acme Status', '--url', 'https://acme.github.io/status/', '--components', 'api,dashboard,email'];

/**
 * A team's repository as the README's first commands make it, from the tarball instead of the
 * registry: `npx --yes <tarball> init <name> …` in `folder`, then `npm install <tarball>` in the
 * new repository (its package.json asks for `statusmark@^<version>`, which the registry would
 * serve). Returns the repository's folder.
 */
export function initTeamProject(folder: string, name: string, tarball: string, env: NodeJS.ProcessEnv): string {
  const quiet: ExecFileSyncOptions = { env, stdio: ['ignore', 'pipe', 'pipe'] };
  // As the README writes it: npx takes a path that starts with ./ as a package, an absolute one as a command.
  const spec = `./${relative(folder, tarball)}`;
  execFileSync('npx', ['--yes', spec, 'init', name, ...TEAM_INIT_FLAGS], { cwd: folder, ...quiet });
  const dir = join(folder, name);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: dir, ...quiet });
  return dir;
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
