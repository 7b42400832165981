import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clearInterruptedSwaps,
  outputFolder,
  publishedFolder,
  stagingFolder,
  swapIn,
  unswappableOutput,
} from '../src/integrations/output-swap.ts';

/** A folder holding `dist/` (with index.html) and whatever else the test writes: path → text. */
function place(files: Record<string, string>): string {
  const parent = mkdtempSync(join(tmpdir(), 'statusmark-swap-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(parent, path, '..'), { recursive: true });
    writeFileSync(join(parent, path), text);
  }
  return parent;
}

const gone = () => false;

describe('the staging folder', () => {
  it('sits next to the output, named after it and the build’s process', () => {
    expect(stagingFolder('/site/dist', 4242)).toBe('/site/.dist.staging-4242');
  });

  it('stands for the output folder it will become; every other folder stands for itself', () => {
    expect(publishedFolder('/site/.dist.staging-4242/')).toBe('/site/dist');
    expect(publishedFolder('/site/.dist.staging-4242')).toBe('/site/dist');
    expect(publishedFolder('/site/dist/')).toBe('/site/dist');
    expect(publishedFolder('/site/.dist.previous-4242')).toBe('/site/.dist.previous-4242');
    expect(publishedFolder('/site/.dist.staging-x')).toBe('/site/.dist.staging-x');
  });
});

describe('an output folder that cannot be replaced whole', () => {
  it('is the project folder, or holds it', () => {
    expect(unswappableOutput('/work/site', '/work/site/')).toBe(
      'the output folder /work/site/ is the project folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist',
    );
    expect(unswappableOutput('/work', '/work/site')).toBe(
      'the output folder /work/ holds the project folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist',
    );
    expect(unswappableOutput('/work/site/dist', '/work/site')).toBeUndefined();
    expect(unswappableOutput('/work/site-dist', '/work/site')).toBeUndefined();
  });

  it('is a file', () => {
    const parent = place({ 'dist.txt': 'a file' });
    expect(unswappableOutput(join(parent, 'dist.txt'), '/work/site')).toBe(
      `the output ${join(parent, 'dist.txt')} is a file, not a folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist`,
    );
  });

  it.runIf(existsSync('/proc/self') && statSync('/proc').dev !== statSync('/').dev)('is a mount point', () => {
    expect(unswappableOutput('/proc', '/work/site')).toBe(
      'the output folder /proc/ is a mount point, which a build cannot replace by renaming; build into a folder inside it, e.g. --outDir /proc/site',
    );
  });

  it('is replaced where a symlink to it points, so the link stays', () => {
    const parent = place({ 'real/index.html': 'old' });
    symlinkSync(join(parent, 'real'), join(parent, 'dist'));
    expect(outputFolder(`${join(parent, 'dist')}/`)).toBe(join(parent, 'real'));
    expect(outputFolder(join(parent, 'missing'))).toBe(join(parent, 'missing'));
  });
});

describe('swapIn', () => {
  it('replaces the output whole with the staging folder, and leaves nothing beside it', async () => {
    const parent = place({ 'dist/index.html': 'old', 'dist/stale.txt': 'old', '.dist.staging-7/index.html': 'new' });
    await swapIn(join(parent, '.dist.staging-7'), join(parent, 'dist'));
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(join(parent, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('new');
  });

  it('puts the staging folder in place when there was no output yet', async () => {
    const parent = place({ '.dist.staging-7/index.html': 'new' });
    await swapIn(join(parent, '.dist.staging-7'), join(parent, 'dist'));
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves the output as it was when the staging folder cannot take its place', async () => {
    const parent = place({ 'dist/index.html': 'old' });
    await expect(swapIn(join(parent, '.dist.staging-7'), join(parent, 'dist'))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('old');
  });
});

describe('clearInterruptedSwaps', () => {
  it('removes the staging folders and the moved-aside output of builds that no longer run, and says so', () => {
    const parent = place({ 'dist/index.html': 'old', '.dist.staging-7/index.html': 'half', '.dist.previous-8/index.html': 'older' });
    expect(clearInterruptedSwaps(join(parent, 'dist'), gone).sort()).toEqual([
      'removed .dist.previous-8/, left by an interrupted build',
      'removed .dist.staging-7/, left by an interrupted build',
    ]);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('puts back an output moved aside when the build stopped before the staging folder took its place', () => {
    const parent = place({ '.dist.previous-8/index.html': 'old', '.dist.staging-8/index.html': 'new' });
    const output = join(parent, 'dist');
    expect(clearInterruptedSwaps(output, gone).sort()).toEqual([
      `put back ${output}/ from .dist.previous-8/, where an interrupted build had moved it`,
      'removed .dist.staging-8/, left by an interrupted build',
    ]);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(output, 'index.html'), 'utf8')).toBe('old');
  });

  it('leaves the folders of a build still running, and those of other outputs', () => {
    const parent = place({
      '.dist.staging-7/a': '',
      '.dist.previous-7/a': '',
      '.site.staging-9/a': '',
      '.dist.staging-x/a': '',
      'dist2/a': '',
    });
    expect(clearInterruptedSwaps(join(parent, 'dist'), (pid) => pid === 7)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['.dist.previous-7', '.dist.staging-7', '.dist.staging-x', '.site.staging-9', 'dist2']);
  });

  it('takes its own process’s folders for an earlier build’s: a process id is used again', () => {
    const parent = place({ [`.dist.staging-${process.pid}/a`]: '' });
    expect(clearInterruptedSwaps(join(parent, 'dist'), () => true)).toEqual([
      `removed .dist.staging-${process.pid}/, left by an interrupted build`,
    ]);
  });

  it('finds nothing when the folder that would hold the output does not exist yet', () => {
    expect(clearInterruptedSwaps(join(tmpdir(), 'no-such-folder', 'dist'))).toEqual([]);
  });
});
