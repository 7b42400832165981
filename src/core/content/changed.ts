import { execFileSync } from 'node:child_process';
import { CONFIG_FILE } from '../shared/content-layout.ts';
import { isIncidentFile } from '../shared/content-layout.ts';

export interface ChangedFiles {
  /** Incident files (relative to the content root) changed since the ref, or undefined to check everything. */
  only?: Set<string>;
  /** Why everything is checked, when it is. */
  reason?: string;
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string; message: string; code?: string };
    if (e.code === 'ENOENT') throw new Error('--changed needs git, and git was not found on PATH', { cause: error });
    const why = (e.stderr || e.message).trim().split('\n')[0];
    throw new Error(`git ${args.join(' ')} failed: ${why}`, { cause: error });
  }
}

/**
 * The files `npm run check -- --changed <ref>` checks: incident files changed since `ref`
 * (committed, staged or not, and new untracked files), from `git diff --name-only`.
 * A changed status.config.yaml can break any incident, so then every file is checked.
 * `-z` gives the names NUL-separated and as they are, where git would otherwise quote and escape
 * a name with non-ASCII letters or a `"` (core.quotePath), and such a file would go unchecked.
 */
export function changedFiles(root: string, ref: string): ChangedFiles {
  if (!ref || ref.startsWith('-')) throw new Error(`"${ref}" is not a git ref; write e.g. --changed origin/main`);
  const diff = git(root, ['diff', '-z', '--name-only', '--relative', '--no-renames', ref, '--']);
  const untracked = git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  const paths = new Set(`${diff}\0${untracked}`.split('\0').filter(Boolean));
  if (paths.has(CONFIG_FILE)) return { reason: `${CONFIG_FILE} changed` };
  return { only: new Set([...paths].filter(isIncidentFile)) };
}

/** The content root's path from the top of its git repository, with a trailing `/` ('' at the top or outside git). */
export function repositoryPrefix(root: string): string {
  try {
    const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
  } catch {
    return '';
  }
}
