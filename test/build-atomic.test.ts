/**
 * A build that fails for any reason leaves the previous output exactly as it was; one that
 * succeeds replaces it whole. Each test runs a real `astro build` over an output folder an earlier
 * build left, and compares every file's hash before and after.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildSite, printedLines, startBuild, type BuildOptions } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { earlierOutput, swapFolders, treeHashes } from './helpers/output-tree.ts';
import { failedBuild } from './helpers/failed-build.ts';
import { PAGES, THROWN } from './helpers/throwing-page.ts';

const NOW = '2026-11-20T14:30:00Z';
const INCIDENT = `---
title: Slow dashboard
impact: minor
components: [dashboard]
---
## 2026-11-20 14:05 UTC · Investigating
The dashboard loads slowly.
`;
const content = () => makeContentRoot({ 'incidents/2026-11-20-slow.md': INCIDENT });

/** A stand-in for Pagefind's binary (PAGEFIND_BINARY_PATH is Pagefind's own setting): a shell script. */
function fakePagefind(script: string): BuildOptions {
  const file = join(mkdtempSync(join(tmpdir(), 'statusmark-fake-pagefind-')), 'pagefind');
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return { env: { PAGEFIND_BINARY_PATH: file } };
}

const failingConfig = (failure: 'page' | 'stall'): BuildOptions => ({
  config: 'test/helpers/failing-build.config.mjs',
  env: { FAILING_BUILD: failure },
});

/** Builds over an earlier output with `options`, expects the build to fail, and the output to be as it was with nothing left beside it. */
const failingBuild = (options: BuildOptions) => failedBuild(content(), NOW, options);

/** Waits for `condition`, less long than vitest waits for a test, so a test's own clean-up still runs. */
async function until(condition: () => boolean, what: string, ms = 40_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await sleep(20)) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
  }
}

describe('a build that fails leaves the earlier output exactly as it was', () => {
  it('when a page throws while it renders', () => {
    const failure = failingBuild(failingConfig('page'));
    expect(failure.output).toContain(`[ERROR] [build] Caught error rendering /throws/${PAGES}.txt: Error: ${THROWN}\n`);
  });

  it('when a step stops without a word and the process runs out of work: with status 1, saying so', () => {
    const failure = failingBuild(failingConfig('stall'));
    expect(printedLines(failure.output).at(-1)).toBe(
      `<time> [ERROR] [statusmark-output] the build stopped before it finished; nothing was published, ${failure.dir}/ is as it was`,
    );
  });

  it('when the search index cannot be made: Pagefind ends without answering', () => {
    const failure = failingBuild(fakePagefind('head -c 1 > /dev/null; exit 3'));
    expect(failure.output).toContain(
      '[ERROR] [statusmark-pagefind] An unhandled error occurred while running the "astro:build:done" hook\n' +
        'the search index worker stopped (code 0) before it wrote the index\n',
    );
  });

  it('when the build is killed after writing its pages; the next build clears what it left, and replaces the output whole', async () => {
    const dir = earlierOutput();
    const before = treeHashes(dir);
    // Pagefind never answers, so the build waits in build:done, every page written, until it is killed.
    const build = startBuild(content(), NOW, dir, fakePagefind('exec sleep 600'));
    const staging = () => join(dir, '..', swapFolders(dir)[0] ?? 'none');
    try {
      await until(
        () => existsSync(join(staging(), 'incidents', '2026-11-20-slow', 'index.html')),
        'the killed build has written its pages',
      );
    } finally {
      process.kill(-build.pid!, 'SIGKILL'); // its process group: the build and the fake Pagefind
    }
    await until(() => build.exitCode !== null || build.signalCode !== null, 'the killed build has ended');
    expect(treeHashes(dir)).toEqual(before);
    const left = swapFolders(dir);
    expect(left).toEqual([`.${basename(dir)}.staging-${build.pid}`]);

    // A build running now (this test's process) keeps its staging folder.
    const running = join(dir, '..', `.${basename(dir)}.staging-${process.pid}`);
    mkdirSync(running);
    const next = buildSite(content(), NOW, dir);
    expect(next.log).toContain(`[statusmark-output] removed ${left[0]}/, left by an interrupted build\n`);
    expect(swapFolders(dir)).toEqual([basename(running)]);
    // Nothing of the earlier output is left: its files are gone or written anew.
    const after = treeHashes(dir);
    expect(existsSync(join(dir, 'stale.txt'))).toBe(false);
    expect(existsSync(join(dir, 'incidents', 'earlier'))).toBe(false);
    expect([...before.keys()].filter((path) => after.get(path) === before.get(path))).toEqual([]);
    expect(next.html('index.html')('h1').length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(next.log).toContain(`[statusmark-build] ${after.size} files in ${dir}/: `);
    expect(readFileSync(join(dir, 'incidents', '2026-11-20-slow', 'index.html'), 'utf8')).toContain('The dashboard loads slowly.');
  });
});
