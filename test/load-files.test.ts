/**
 * How content files are found and read: only regular files, at most MAX_CONTENT_FILE_BYTES each,
 * never through a symlink that leaves the content root or enters .git, and every file-system
 * problem a finding about that one file while the other files are still checked. Real files,
 * FIFOs (mkfifo), symlinks and folders in temporary content roots.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { MAX_CONTENT_FILE_BYTES, readFoundFile } from '../src/core/content/files/file-read.ts';
import { listIncidentFiles, loadContentRoot } from '../src/core/content/load.ts';
import { runCli } from './helpers/cli.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');
const NOW = new Date('2026-11-21T00:00:00Z');

const incident = (title: string) =>
  `---\ntitle: ${title}\nimpact: minor\ncomponents: [api]\n---\n\n## 2026-11-20 14:20 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail.\n`;

const GOOD = { 'incidents/2026-11-20-good.md': incident('Good incident') };

/** A file-level finding as `npm run check` prints it, without colour. */
const line = (d: Diagnostic) => `${d.file} ${d.severity} ${d.code} ${d.message}\n  ${d.hint}`;

function load(root: string) {
  return loadContentRoot(root);
}

/**
 * `npm run check --format json` as a child process, so a reader that blocks on a FIFO or reads
 * /dev/zero forever fails this test by its timeout instead of hanging the test run.
 */
function checkCommand(root: string) {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), '--format', 'json', '--no-cache'], {
    cwd: root,
    env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW.toISOString() },
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 1024 * 1024,
  });
  expect(run.error, 'npm run check did not finish').toBeUndefined();
  return { status: run.status, stderr: run.stderr, json: JSON.parse(run.stdout) as { files: number; diagnostics: Diagnostic[] } };
}

describe('only regular files are read', () => {
  it('refuses a FIFO without waiting on it, and still checks the other files', () => {
    const root = makeContentRoot(GOOD);
    execFileSync('mkfifo', [join(root, 'incidents/2026-11-21-pipe.md')]);
    const run = checkCommand(root);
    expect(run.status).toBe(1);
    expect(run.json.files).toBe(2);
    expect(run.json.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'not-a-file',
        file: 'incidents/2026-11-21-pipe.md',
        line: 0,
        column: 0,
        message: 'this is a named pipe (FIFO), not a file',
        hint: 'only plain files are read here; replace it with a file, or remove it',
      },
    ]);
  });

  it('refuses a symlink to /dev/zero before reading a byte of it', () => {
    const root = makeContentRoot(GOOD);
    symlinkSync('/dev/zero', join(root, 'incidents/x.md'));
    const run = checkCommand(root);
    expect(run.status).toBe(1);
    expect(run.json.diagnostics.map(line)).toEqual([
      'incidents/x.md error symlink-outside this is a symlink to /dev/zero, which is outside the content root\n' +
        '  a symlink must lead to a file or folder inside the content root, so nothing from elsewhere on the machine is read or published; copy the file here instead',
    ]);
  });

  it('turns a folder named x.md into a finding about it, not a crash', () => {
    const root = makeContentRoot(GOOD);
    mkdirSync(join(root, 'incidents/x.md'));
    const content = load(root);
    expect(content.diagnostics.map(line)).toEqual([
      'incidents/x.md error not-a-file this is a folder, not a file\n  only plain files are read here; replace it with a file, or remove it',
    ]);
    expect(content.incidents.map((i) => i.id)).toEqual(['2026-11-20-good']);
  });

  it('turns a dangling symlink into a finding about it, not a crash', () => {
    const root = makeContentRoot(GOOD);
    symlinkSync('2026-11-19-gone.md', join(root, 'incidents/2026-11-19-moved.md'));
    const content = load(root);
    expect(content.diagnostics.map(line)).toEqual([
      'incidents/2026-11-19-moved.md error broken-symlink this is a symlink to 2026-11-19-gone.md, which does not exist\n' +
        '  point the link at an existing file inside the content root, or remove it',
    ]);
    expect(content.incidents.map((i) => i.id)).toEqual(['2026-11-20-good']);
  });

  it('refuses status.config.yaml when it is a FIFO, with nothing else read', () => {
    const root = mkdtempSync(join(tmpdir(), 'statusmark-'));
    execFileSync('mkfifo', [join(root, 'status.config.yaml')]);
    const run = checkCommand(root);
    expect(run.status).toBe(1);
    expect(run.json.diagnostics.map(line)).toEqual([
      'status.config.yaml error not-a-file this is a named pipe (FIFO), not a file\n  only plain files are read here; replace it with a file, or remove it',
    ]);
  });
});

describe('a file the file system will not read', () => {
  it('is a finding about that file, in words', () => {
    const root = makeContentRoot({});
    const read = readFoundFile({ path: 'incidents/x.md', real: join(root, 'incidents/x.md') });
    expect('problem' in read && line(read.problem)).toBe(
      'incidents/x.md error unreadable-file cannot read this: it was removed while being read\n  make it readable (for example `chmod a+r`), or remove it',
    );
  });
});

describe(`a content file may hold at most ${MAX_CONTENT_FILE_BYTES} bytes`, () => {
  it('is 1 MB, as the README says', () => {
    expect(MAX_CONTENT_FILE_BYTES).toBe(1024 * 1024);
    expect(readFileSync(join(REPO, 'README.md'), 'utf8')).toContain('An incident file may hold at most 1 MB (1,048,576 bytes)');
  });

  it('refuses a larger file with its size and the limit unread, and reads one at the limit (whose text the content limits then judge)', () => {
    const text = incident('Padded incident');
    const padded = (bytes: number) => `${text}\n${'x'.repeat(bytes - Buffer.byteLength(text) - 2)}\n`;
    const root = makeContentRoot({
      ...GOOD,
      'incidents/2026-11-19-at-limit.md': padded(MAX_CONTENT_FILE_BYTES),
      'incidents/2026-11-18-too-large.md': padded(MAX_CONTENT_FILE_BYTES + 1),
    });
    const content = load(root);
    expect(content.diagnostics.map(line)).toEqual([
      'incidents/2026-11-18-too-large.md error file-too-large the file is 1,048,577 bytes, more than the 1 MB (1,048,576 bytes) a content file may hold\n' +
        '  an incident is a few KB of text: check that this is the file you meant to add, or shorten it',
      // Read whole, so its text meets the limit on what an incident may say.
      'incidents/2026-11-19-at-limit.md error over-limit the text after the frontmatter is 1,048,511 characters long; a file may hold at most 50,000\n' +
        '  shorten it: keep to what customers need to know, and link to a longer write-up',
    ]);
    expect(content.incidents.map((i) => i.id).sort()).toEqual(['2026-11-20-good']);
  });
});

describe('symlinks in incidents/', () => {
  /** A content root inside a folder that also holds a file outside it, and a .git folder inside it. */
  function rootWithNeighbours() {
    const outer = mkdtempSync(join(tmpdir(), 'statusmark-outer-'));
    const root = join(outer, 'status');
    mkdirSync(join(outer, 'elsewhere'), { recursive: true });
    writeFileSync(join(outer, 'elsewhere/2026-11-19-secret.md'), incident('Not part of this page'));
    writeFileSync(join(outer, 'secret.md'), incident('Not part of this page either'));
    mkdirSync(join(root, 'incidents'), { recursive: true });
    writeFileSync(
      join(root, 'status.config.yaml'),
      'name: Test Status\nurl: https://status.test.example\ncomponents:\n  - { id: api, name: REST API }\n',
    );
    writeFileSync(join(root, 'incidents/2026-11-20-good.md'), incident('Good incident'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
    return root;
  }

  it('refuses a file or folder link that leaves the content root, and a link into .git; nothing behind them is read', () => {
    const root = rootWithNeighbours();
    symlinkSync('../../secret.md', join(root, 'incidents/2026-11-18-file.md'));
    symlinkSync('../../elsewhere', join(root, 'incidents/folder'));
    symlinkSync('../.git/config', join(root, 'incidents/2026-11-17-git.md'));
    const content = load(root);
    expect(content.diagnostics.map(line)).toEqual([
      'incidents/2026-11-17-git.md error git-folder this is a symlink to ../.git/config, inside a .git folder\n' +
        '  .git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove the link',
      'incidents/2026-11-18-file.md error symlink-outside this is a symlink to ../../secret.md, which is outside the content root\n' +
        '  a symlink must lead to a file or folder inside the content root, so nothing from elsewhere on the machine is read or published; copy the file here instead',
      'incidents/folder error symlink-outside this is a symlink to ../../elsewhere, which is outside the content root\n' +
        '  a symlink must lead to a file or folder inside the content root, so nothing from elsewhere on the machine is read or published; copy the file here instead',
    ]);
    expect(content.incidents.map((i) => i.title)).toEqual(['Good incident']);
    expect(listIncidentFiles(root)).toEqual(['incidents/2026-11-20-good.md']);
  });

  it('refuses the incidents folder itself when it links outside the content root', () => {
    const root = rootWithNeighbours();
    const moved = makeContentRoot(GOOD);
    const other = join(moved, 'incidents');
    execFileSync('rm', ['-r', join(root, 'incidents')]);
    symlinkSync(other, join(root, 'incidents'));
    expect(load(root).diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['incidents symlink-outside']);
  });

  it('follows file and folder links that stay inside the content root', () => {
    const root = rootWithNeighbours();
    mkdirSync(join(root, 'archive/2025'), { recursive: true });
    writeFileSync(join(root, 'archive/2025/2025-06-01-old.md'), incident('Old incident'));
    writeFileSync(join(root, 'archive/2025-07-01-linked.md'), incident('Linked incident'));
    symlinkSync('../archive/2025', join(root, 'incidents/2025'));
    symlinkSync('../archive/2025-07-01-linked.md', join(root, 'incidents/2025-07-01-linked.md'));
    const content = load(root);
    expect(content.diagnostics).toEqual([]);
    expect(listIncidentFiles(root)).toEqual([
      'incidents/2025-07-01-linked.md',
      'incidents/2025/2025-06-01-old.md',
      'incidents/2026-11-20-good.md',
    ]);
    expect(content.incidents.map((i) => i.title).sort()).toEqual(['Good incident', 'Linked incident', 'Old incident']);
  });

  it('refuses a folder link that leads back to a folder holding it, or to one already read, and reads each file once', () => {
    const root = rootWithNeighbours();
    mkdirSync(join(root, 'incidents/2026'));
    writeFileSync(join(root, 'incidents/2026/2026-11-19-nested.md'), incident('Nested incident'));
    symlinkSync('..', join(root, 'incidents/2026/up'));
    symlinkSync('2026', join(root, 'incidents/again'));
    symlinkSync('loop-b', join(root, 'incidents/loop-a'));
    symlinkSync('loop-a', join(root, 'incidents/loop-b'));
    const content = load(root);
    expect(content.diagnostics.map(line)).toEqual([
      'incidents/2026/up error symlink-loop this is a symlink to .., a folder that holds it, so it would be read forever\n' +
        '  remove the link; every folder is read once, where it is',
      'incidents/again error symlink-loop this is a symlink to 2026, a folder that is already read as incidents/2026\n' +
        '  remove the link; every folder is read once, where it is',
      'incidents/loop-a error symlink-loop this is a symlink to loop-b, which leads round in a circle of links\n' +
        '  remove the link; every folder is read once, where it is',
      'incidents/loop-b error symlink-loop this is a symlink to loop-a, which leads round in a circle of links\n' +
        '  remove the link; every folder is read once, where it is',
    ]);
    expect(content.incidents.map((i) => i.title).sort()).toEqual(['Good incident', 'Nested incident']);
  });

  it('skips links whose names mark them as drafts, like any draft', () => {
    const root = rootWithNeighbours();
    symlinkSync('/etc/passwd', join(root, 'incidents/_draft.md'));
    symlinkSync('/etc', join(root, 'incidents/.hidden'));
    expect(load(root).diagnostics).toEqual([]);
  });

  it('refuses a status.config.yaml that links outside the content root', () => {
    const root = rootWithNeighbours();
    execFileSync('rm', [join(root, 'status.config.yaml')]);
    symlinkSync('../elsewhere/2026-11-19-secret.md', join(root, 'status.config.yaml'));
    expect(checkContentRoot(root, { now: NOW }).diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'status.config.yaml symlink-outside',
    ]);
  });

  it('npm run status reads as the check does: it refuses a status.config.yaml that links outside, and writes nothing', async () => {
    const root = rootWithNeighbours();
    const outside = join(root, '../outside.config.yaml');
    writeFileSync(outside, readFileSync(join(root, 'status.config.yaml')));
    execFileSync('rm', [join(root, 'status.config.yaml')]);
    symlinkSync('../outside.config.yaml', join(root, 'status.config.yaml'));
    const before = readFileSync(join(root, 'incidents/2026-11-20-good.md'), 'utf8');
    const run = await runCli(['update', '2026-11-20-good', '--message', 'Still fixed.'], {
      STATUS_DIR: root,
      STATUS_NOW: NOW.toISOString(),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '✖ cannot read status.config.yaml\n' +
        'status.config.yaml error symlink-outside this is a symlink to ../outside.config.yaml, which is outside the content root\n' +
        '  a symlink must lead to a file or folder inside the content root, so nothing from elsewhere on the machine is read or published; copy the file here instead',
    );
    expect(readFileSync(join(root, 'incidents/2026-11-20-good.md'), 'utf8')).toBe(before);
  });
});
