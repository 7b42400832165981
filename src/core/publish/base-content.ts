import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE } from '../shared/content-layout.ts';
import { INCIDENTS_DIR } from '../shared/content-layout.ts';

/**
 * The content root as it was at a git ref (a pull request's base), extracted into a temporary
 * folder with `git archive`, so the core can load it like any content root. `prefix` is the
 * content root's path in the repository (`repositoryPrefix`). Undefined when the ref has no
 * content root (a new page).
 */
export function contentAtRef(root: string, ref: string, prefix: string): string | undefined {
  if (!ref || ref.startsWith('-')) throw new Error(`"${ref}" is not a git ref`);
  const git = (args: string[], encoding: 'utf8' | 'buffer' = 'utf8') =>
    execFileSync('git', args, { cwd: root, encoding: encoding as 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const wanted = [`${prefix}${CONFIG_FILE}`, `${prefix}${INCIDENTS_DIR}`];
  const present = git(['ls-tree', '--name-only', `${ref}:${prefix}`.replace(/:$/, ':')])
    .split('\n')
    .map((p) => `${prefix}${p.trim()}`)
    .filter((p) => wanted.includes(p));
  if (!present.includes(`${prefix}${CONFIG_FILE}`)) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'statusmark-base-'));
  const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', ...present], {
    cwd: root,
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  execFileSync('tar', ['-x', '-C', out], { input: tar });
  return prefix ? join(out, prefix) : out;
}
