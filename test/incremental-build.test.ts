/**
 * An incremental build (the default: pages whose cacheKey is unchanged are copied from the last
 * build) publishes exactly what a full build of the same content at the same STATUS_NOW
 * publishes, byte for byte, through a series of deploys: the clock crossing midnight (the uptime
 * bars' window moves a day), entering and leaving a maintenance window, an incident edited, one
 * added. A page that depends on `now` and kept a key without it would survive one of these steps
 * stale, and the comparison would fail. The pages not rendered are hard links to the cache's
 * copies, so each output published before must still be byte for byte what it was after every
 * later build: a build that wrote a rendered page into a file it shares would change it.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { treeHashes } from './helpers/output-tree.ts';

const RESOLVED = (title: string, body: string) => `---
title: ${title}
impact: major
components: [api]
---

## 2026-11-10 10:40 UTC · Resolved
${body}

## 2026-11-10 10:05 UTC · Investigating
Some API requests fail with errors. Retrying usually succeeds.
`;

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
components: [dashboard]
window: { start: 2026-11-22T02:00:00Z, end: 2026-11-22T04:00:00Z }
---

## 2026-11-20 09:00 UTC · Scheduled
The dashboard may be slow for up to two hours while we upgrade its database.
`;

const ADDED = `---
title: Delayed emails
impact: minor
components: [email]
---

## 2026-11-22 04:20 UTC · Resolved
Emails are delivered on time again; none were lost.

## 2026-11-22 04:05 UTC · Investigating
Emails are delayed by up to 20 minutes.
`;

const EDITED = 'incidents/2026-11-10-api-errors.md';

/** Each deploy: what changes in the content before it, and its STATUS_NOW. */
const STEPS: { name: string; now: string; change?: Record<string, string> }[] = [
  { name: 'the first build, the evening before the maintenance', now: '2026-11-21T23:00:00Z' },
  { name: 'after midnight: the uptime window moves a day', now: '2026-11-22T00:30:00Z' },
  { name: 'inside the maintenance window', now: '2026-11-22T02:30:00Z' },
  {
    name: 'after the window, with a resolved incident edited',
    now: '2026-11-22T04:30:00Z',
    change: { [EDITED]: RESOLVED('Elevated API error rates', 'Error rates are back to normal after a rollback.') },
  },
  { name: 'an incident added', now: '2026-11-22T04:40:00Z', change: { 'incidents/2026-11-22-delayed-emails.md': ADDED } },
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The files of an output that are hard links (to the incremental cache's copies), by path. */
const linkedFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && statSync(join(e.parentPath, e.name)).nlink > 1)
    .map((e) => relative(dir, join(e.parentPath, e.name)));
/** How many pages and feeds of an output are: the search index's files are links to its own cache. */
const linkedPages = (dir: string) => linkedFiles(dir).filter((path) => !path.startsWith('pagefind/')).length;

const copiedCount = (site: BuiltSite) =>
  Number(/routes generated, ([\d,]+) copied from the last build/.exec(site.log)?.[1]?.replace(',', '') ?? 0);

describe('incremental builds are never stale', () => {
  it('publish what a full build publishes at every step, and copy what did not change', { timeout: 600_000 }, () => {
    const root = makeContentRoot({
      [EDITED]: RESOLVED('API errors', 'Error rates are back to normal.'),
      'incidents/2026-11-22-db-upgrade.md': MAINTENANCE,
    });
    const cache = mkdtempSync(join(tmpdir(), 'statusmark-incremental-cache-'));
    folders.push(root, cache);
    const copied: number[] = [];
    const published: { dir: string; hashes: Map<string, string> }[] = [];
    for (const step of STEPS) {
      for (const [path, text] of Object.entries(step.change ?? {})) writeFileSync(join(root, path), text);
      const incremental = buildSite(root, step.now, undefined, {
        config: 'test/helpers/incremental.config.mjs',
        env: { STATUSMARK_TEST_CACHE_DIR: cache },
      });
      const full = buildSite(root, step.now, undefined, { config: 'test/helpers/full-build.config.mjs' });
      folders.push(incremental.dir, full.dir);
      expect(copiedCount(full), step.name).toBe(0);
      expect(treeHashes(incremental.dir), step.name).toEqual(treeHashes(full.dir));
      copied.push(copiedCount(incremental));
      for (const earlier of published) expect(treeHashes(earlier.dir), `${step.name}: an earlier output`).toEqual(earlier.hashes);
      published.push({ dir: incremental.dir, hashes: treeHashes(incremental.dir) });
      if (copied.at(-1)) expect(linkedPages(incremental.dir), step.name).toBe(copied.at(-1));
      if (step.change?.['incidents/2026-11-22-delayed-emails.md']) {
        // The feeds of a component the new incident does not touch are taken from the last build
        // (the clock moved, but not what they say); the email component's feeds show it.
        const linked = linkedFiles(incremental.dir);
        expect(linked).toEqual(expect.arrayContaining(['components/api/history.rss', 'components/api/history.atom']));
        expect(linked).not.toContain('components/email/history.rss');
        expect(incremental.text('components/email/history.rss')).toContain('Delayed emails');
      }
      if (step.change?.[EDITED]) {
        // The edited incident's page, and the pages that list it, show the edit.
        expect(incremental.html('incidents/2026-11-10-api-errors/index.html')('h1').text()).toBe('Elevated API error rates');
        for (const list of ['history/index.html', 'components/api/index.html'])
          expect(incremental.text(list), list).toContain('Elevated API error rates');
      }
    }
    // The first build has nothing to copy; each later one copies the pages nothing reached (the
    // pages of the other components, at least), so the comparison above tested copied pages.
    expect(copied[0]).toBe(0);
    for (const [i, n] of copied.entries()) if (i > 0) expect(n, STEPS[i]!.name).toBeGreaterThan(0);
  });
});
