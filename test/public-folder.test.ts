/**
 * `astro build` copies public/ as it is, and Vite's copy follows symlinks: a link in public/ must
 * not publish anything from outside the repository or from .git. `npm run check` and the build
 * refuse such links, the build before it writes anything. The build tests run a real
 * `astro build` of this project's own config in a throwaway project folder that has a public/
 * and a .git of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { checkPublicFolder } from '../src/core/content/files/public-folder.ts';
import { printedLines } from './helpers/build.ts';
import { buildProject, projectFolder, REPO } from './helpers/project-folder.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { swapFolders } from './helpers/output-tree.ts';

const NOW = '2026-11-21T00:00:00Z';
const TOKEN = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';

const incident = `---\ntitle: Slow dashboard\nimpact: minor\ncomponents: [dashboard]\n---\n\n## 2026-11-20 14:05 UTC · Investigating\nThe dashboard loads slowly.\n`;

const line = (d: Diagnostic) => `${d.file} ${d.severity} ${d.code} ${d.message}\n  ${d.hint}`;

const project = () => projectFolder(TOKEN);
const build = (dir: string) => buildProject(dir, makeContentRoot({ 'incidents/2026-11-20-slow.md': incident }), NOW);

describe('checkPublicFolder', () => {
  it('finds nothing wrong with plain files and links that stay inside the repository', () => {
    const dir = project();
    symlinkSync('../brand/logo.svg', join(dir, 'public/logo.svg'));
    symlinkSync('../brand', join(dir, 'public/brand'));
    expect(checkPublicFolder(dir)).toEqual([]);
  });

  it('refuses a link into .git, out of the repository, back to a folder holding it, or to nothing', () => {
    const dir = project();
    symlinkSync('../.git/config', join(dir, 'public/leak.txt'));
    symlinkSync('/etc/hostname', join(dir, 'public/host.txt'));
    symlinkSync('..', join(dir, 'public/all'));
    symlinkSync('../brand/gone.svg', join(dir, 'public/gone.svg'));
    expect(checkPublicFolder(dir).map(line)).toEqual([
      'public/all error symlink-loop this is a symlink to .., a folder that holds it, so it would be read forever\n' +
        '  remove the link; every folder is read once, where it is',
      'public/gone.svg error broken-symlink this is a symlink to ../brand/gone.svg, which does not exist\n' +
        '  point the link at an existing file inside the repository, or remove it',
      'public/host.txt error symlink-outside this is a symlink to /etc/hostname, which is outside the repository\n' +
        '  a symlink must lead to a file or folder inside the repository, so nothing from elsewhere on the machine is read or published; copy the file here instead',
      'public/leak.txt error git-folder this is a symlink to ../.git/config, inside a .git folder\n' +
        '  .git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove the link',
    ]);
  });

  it('refuses a .git folder reached through a link, and a FIFO the copy would wait on', () => {
    const dir = project();
    mkdirSync(join(dir, 'vendor/widget/.git'), { recursive: true });
    writeFileSync(join(dir, 'vendor/widget/.git/config'), `[http]\n\textraheader = ${TOKEN}\n`);
    writeFileSync(join(dir, 'vendor/widget/widget.js'), '');
    symlinkSync('../vendor/widget', join(dir, 'public/widget'));
    execFileSync('mkfifo', [join(dir, 'public/pipe')]);
    expect(checkPublicFolder(dir).map(line)).toEqual([
      'public/pipe error not-a-file this is a named pipe (FIFO), not a file\n  only plain files are read here; replace it with a file, or remove it',
      'public/widget/.git error git-folder this is a .git folder\n' +
        '  .git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove it from public/',
    ]);
  });

  it('refuses public/ itself when it links outside the repository', () => {
    const dir = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'statusmark-elsewhere-'));
    execFileSync('rm', ['-r', join(dir, 'public')]);
    symlinkSync(elsewhere, join(dir, 'public'));
    expect(checkPublicFolder(dir).map((d) => `${d.file} ${d.code}`)).toEqual(['public symlink-outside']);
  });
});

describe('npm run check', () => {
  it('reports a public/ link into .git and exits 1', () => {
    const dir = project();
    symlinkSync('../.git/config', join(dir, 'public/leak.txt'));
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), '--format', 'json', '--no-cache'], {
      cwd: dir,
      env: { ...process.env, STATUS_DIR: makeContentRoot({ 'incidents/2026-11-20-slow.md': incident }), STATUS_NOW: NOW },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const errors = JSON.parse(run.stdout).diagnostics.filter((d: Diagnostic) => d.severity === 'error');
    expect(errors.map((d: Diagnostic) => `${d.file} ${d.code}`)).toEqual(['public/leak.txt git-folder']);
  });
});

describe('astro build', () => {
  it('refuses a public/ link into .git before it writes anything: the finding and one line saying nothing was published', () => {
    const dir = project();
    symlinkSync('../.git/config', join(dir, 'public/leak.txt'));
    const run = build(dir);
    expect(run.status).toBe(1);
    // Vite's dependency optimiser may or may not have said it started before the refusal; nothing else may come.
    expect(printedLines(run.output).filter((l) => l !== '<time> [vite] [optimizer] bundling dependencies...')).toEqual([
      '<time> [types] Generated <duration>',
      'public/leak.txt error git-folder this is a symlink to ../.git/config, inside a .git folder',
      '  .git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove the link',
      '<time> [ERROR] [statusmark-preflight] build refused: public/ has 1 error (listed above); nothing was published, dist/ is as it was',
    ]);
    expect(run.written).toEqual([]);
    expect(swapFolders(run.outDir)).toEqual([]);
  });

  it('publishes a file that a link inside the repository points to', () => {
    const dir = project();
    symlinkSync('../brand/logo.svg', join(dir, 'public/logo.svg'));
    const run = build(dir);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(run.outDir, 'logo.svg'), 'utf8')).toBe(readFileSync(join(dir, 'brand/logo.svg'), 'utf8'));
    expect(run.written).toContain('index.html');
    for (const file of run.written.filter((f) => statSync(join(run.outDir, f)).isFile())) {
      expect(readFileSync(join(run.outDir, file), 'utf8').includes(TOKEN), file).toBe(false);
    }
  });
});
