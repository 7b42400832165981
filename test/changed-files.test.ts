/**
 * `--changed <ref>` reads git's NUL-separated output, so a file whose name git would quote
 * (non-ASCII letters, a `"`) is checked like any other. A real git repository in a temp folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles } from '../src/core/content/changed.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');

const incident = (title: string) =>
  `---\ntitle: ${title}\nimpact: minor\ncomponents: [api]\n---\n\n## 2026-11-20 14:20 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail.\n`;

const UMLAUT = 'incidents/2026-11-20-störung.md';
const QUOTE = 'incidents/2026-11-21-"quoted" name.md';
const UNTRACKED = 'incidents/2026/2026-11-22-ünïcode.md';

function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository with one commit, then a second that adds the two awkward names, and one new untracked file. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'statusmark-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'pipe' });
  write(root, { 'status.config.yaml': BASE_CONFIG, 'incidents/2026-11-18-old.md': incident('Old incident') });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
  write(root, { [UMLAUT]: incident('Störung'), [QUOTE]: incident('Quoted') });
  git('add', '.');
  git('commit', '-q', '-m', 'awkward names');
  write(root, { [UNTRACKED]: incident('Untracked') });
  // git quotes such names in its usual output; --changed must not depend on this setting.
  git('config', 'core.quotePath', 'true');
  return root;
}

describe('--changed with names git quotes', () => {
  it('lists non-ASCII and quoted names, committed and untracked, as they are on disk', () => {
    expect(changedFiles(repository(), 'HEAD~1')).toEqual({ only: new Set([UMLAUT, QUOTE, UNTRACKED]) });
  });

  it('checks those files: npm run check reports each of them', () => {
    const root = repository();
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), '--changed', 'HEAD~1', '--format', 'json', '--no-cache'], {
      cwd: root,
      env: { ...process.env, STATUS_DIR: root, STATUS_NOW: '2026-11-23T00:00:00Z' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.files).toBe(3);
    // None of the three names can be a URL, so each gets a finding: proof that each was read.
    expect(json.diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
      `${UMLAUT} bad-file-name`,
      `${QUOTE} bad-file-name`,
      `${UNTRACKED} bad-file-name`,
    ]);
  });
});
