/**
 * `npm run check` with the policy and style rules: `--changed <ref>` in a real git repository,
 * `--format github` annotations, and `--errors-only` (what the build runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../src/core/diagnostics/reporters/github.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');
const NOW = '2026-11-21T00:00:00Z';

const incident = (title: string, text: string) =>
  `---\ntitle: ${title}\nimpact: minor\n---\n\n## 2026-11-20 14:20 UTC · Resolved\n${text}\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail. Next update by 14:35 UTC.\n`;

function check(root: string, args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), ...args], {
    cwd: root,
    env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A git repository whose content root is its `status/` folder, with one commit. */
function gitRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'statusmark-git-'));
  const root = join(repo, 'status');
  write(root, {
    'status.config.yaml': BASE_CONFIG,
    'incidents/2026-11-18-old.md': incident('Old incident', 'It was probably the database.'),
    'incidents/2026-11-19-kept.md': incident('Kept incident', 'Fixed.'),
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
  return { repo, root, git };
}

describe('npm run check -- --changed <ref>', () => {
  it('checks only the incident files changed since the ref, committed or not, new or edited', () => {
    const { root, git } = gitRepo();
    write(root, { 'incidents/2026-11-19-kept.md': incident('Kept incident', 'This will never happen again.') });
    git('commit', '-q', '-am', 'edit');
    write(root, { 'incidents/2026/2026-11-20-new.md': incident('New incident', 'Our pods hit OOM.') });
    const run = check(root, ['--changed', 'HEAD~1', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.files).toBe(2);
    expect(json.diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
      'incidents/2026-11-19-kept.md style-promise',
      'incidents/2026/2026-11-20-new.md style-jargon',
      'incidents/2026/2026-11-20-new.md style-jargon',
    ]);
    // The unchanged file's finding is not reported.
    expect(run.stdout).not.toContain('2026-11-18-old.md');
  });

  it('checks everything when status.config.yaml changed, and the config always', () => {
    const { root } = gitRepo();
    write(root, { 'status.config.yaml': `${BASE_CONFIG}rules: { style-speculaton: off }\n` });
    const run = check(root, ['--changed', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.diagnostics[0]).toMatchObject({ file: 'status.config.yaml', code: 'unknown-field' });
  });

  it('still finds a new file whose id is taken by an unchanged one', () => {
    const { root } = gitRepo();
    write(root, { 'incidents/2026/2026-11-19-kept.md': incident('Copy', 'Fixed.') });
    const json = JSON.parse(check(root, ['--changed', 'HEAD', '--format', 'json']).stdout);
    expect(json.diagnostics.map((d: { code: string; file: string }) => `${d.file} ${d.code}`)).toEqual([
      'incidents/2026/2026-11-19-kept.md duplicate-id',
    ]);
  });

  it('says so when the ref is not a ref', () => {
    const { root } = gitRepo();
    const run = check(root, ['--changed', 'no-such-ref']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/git diff .* failed/);
  });
});

describe('npm run check -- --format github', () => {
  it('prints workflow annotations with repository paths, so they show on the pull request diff', () => {
    const { root } = gitRepo();
    const run = check(root, ['--format', 'github']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::warning file=status\/incidents\/2026-11-18-old\.md,line=7,col=8,title=style-speculation::“probably” guesses at the cause; say only what you know%0Asay what you know/,
    );
    expect(lines.at(-1)).toBe('✔ 2 incident files checked: 0 errors, 1 warning');
  });

  it('escapes what GitHub would otherwise read as syntax', () => {
    const text = formatGithub(
      [{ severity: 'error', code: 'raw-html', file: 'a,b:c.md', line: 3, column: 2, message: '100% sure\nreally', hint: 'fix: it' }],
      1,
    );
    // A message is one line: a line break in it comes from the content and shows as `\n`.
    expect(text.split('\n')[0]).toBe('::error file=a%2Cb%3Ac.md,line=3,col=2,title=raw-html::100%25 sure\\nreally%0Afix: it');
  });
});

describe('npm run check -- --errors-only (the build)', () => {
  it('skips rules configured as warnings, and fails on rules configured as errors', () => {
    const { root } = gitRepo();
    const quiet = check(root, ['--errors-only']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('2 incident files checked: 0 errors, 0 warnings\n');
    write(root, { 'status.config.yaml': `${BASE_CONFIG}rules: { style-speculation: error }\n` });
    const strict = check(root, ['--errors-only']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('incidents/2026-11-18-old.md:7:8 error style-speculation');
  });
});

describe('npm run check on a config with errors', () => {
  it('says the incidents were not checked, not that there were none', () => {
    const root = mkdtempSync(join(tmpdir(), 'statusmark-config-'));
    write(root, {
      'status.config.yaml': BASE_CONFIG.replace('url: https://status.test.example\n', ''),
      'incidents/2026-11-19-kept.md': incident('Kept incident', 'Fixed.'),
    });
    const human = check(root, []);
    expect(human.status).toBe(1);
    expect(human.stdout.trim().split('\n').at(-1)).toBe(
      'incidents not checked, because status.config.yaml has errors: 1 error, 0 warnings',
    );
    expect(check(root, ['--format', 'github']).stdout.trim().split('\n').at(-1)).toBe(
      '✖ incidents not checked, because status.config.yaml has errors: 1 error, 0 warnings',
    );
    const empty = mkdtempSync(join(tmpdir(), 'statusmark-no-config-'));
    expect(check(empty, []).stdout.trim().split('\n').at(-1)).toBe(
      'incidents not checked, because there is no status.config.yaml: 1 error, 0 warnings',
    );
  });
});

describe('bad usage', () => {
  it('suggests the option that was meant', () => {
    const root = mkdtempSync(join(tmpdir(), 'statusmark-usage-'));
    const run = check(root, ['--fromat', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('unknown option "--fromat"; did you mean "--format"?\n\nRun `npm run check -- --help` for the options.\n');
  });
});
