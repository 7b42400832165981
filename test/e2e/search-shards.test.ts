/**
 * Search over an index in yearly shards, after an incremental rebuild that re-indexed only the
 * year of the incident that changed: in Chromium, an incident of a year copied from the cache and
 * one of the re-indexed year are both found, the edited incident is found by its new words and no
 * longer by its old ones, and no incident comes up twice. The rebuild's index is the one a full
 * build of the same content writes, byte for byte.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, serve } from '../../scripts/lib/browser.ts';
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { makeContentRoot } from '../helpers/content-root.ts';
import { treeHashes } from '../helpers/output-tree.ts';

const NOW = '2026-11-22T00:00:00Z';
const EDITED = 'incidents/2026-11-10-gateway.md';

const incident = (title: string, at: string, body: string) => `---
title: ${title}
impact: minor
components: [api]
---

## ${at} · Resolved
${body}
`;

const FILES = {
  'incidents/2024-03-05-sync.md': incident(
    'Carrier sync stalled',
    '2024-03-05 10:00 UTC',
    'The zeppelin queue behind the gateway was stuck.',
  ),
  'incidents/2025-06-01-slow.md': incident('Slow gateway', '2025-06-01 09:00 UTC', 'The gateway answered slowly.'),
  'incidents/2026-02-01-email.md': incident('Email delays', '2026-02-01 08:00 UTC', 'Emails left the gateway late.'),
  [EDITED]: incident('Gateway errors', '2026-11-10 10:05 UTC', 'A quokka in the gateway config returned errors.'),
};

const folders: string[] = [];
let first: BuiltSite;
let rebuilt: BuiltSite;
let full: BuiltSite;
let browser: Browser;
let url: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const root = makeContentRoot(FILES);
  const cache = mkdtempSync(join(tmpdir(), 'statusmark-search-shards-cache-'));
  folders.push(root, cache);
  const incremental = () =>
    buildSite(root, NOW, undefined, { config: 'test/helpers/incremental.config.mjs', env: { STATUSMARK_TEST_CACHE_DIR: cache } });
  first = incremental();
  writeFileSync(join(root, EDITED), incident('Gateway errors', '2026-11-10 10:05 UTC', 'A wombat in the gateway config returned errors.'));
  rebuilt = incremental();
  full = buildSite(root, NOW, undefined, { config: 'test/helpers/full-build.config.mjs' });
  folders.push(first.dir, rebuilt.dir, full.dir);
  const served = await serve(rebuilt.dir, '/');
  ({ url } = served);
  stop = served.close;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stop?.();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Searches the reports page; the result count it says and the links it shows. */
async function search(page: Page, query: string): Promise<{ status: string; hrefs: string[] }> {
  const status = page.locator('#search-status');
  // Cleared first, so the status line of the search before cannot pass for this one's.
  await page.locator('#search-q').fill('');
  await expect.poll(() => status.textContent()).toBe('');
  await page.locator('#search-q').fill(query);
  await expect.poll(async () => /result|match/.test((await status.textContent()) ?? ''), { timeout: 10_000 }).toBe(true);
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return { status: (await status.textContent())!, hrefs };
}

describe('the rebuild after one changed incident', () => {
  it('indexes only the changed year and copies the others from the first build', () => {
    expect(first.log).toContain('search index written: 3 shards, 3 indexed and 0 copied from the last build');
    expect(rebuilt.log).toContain('search index written: 3 shards, 1 indexed and 2 copied from the last build');
  });

  it('writes the index a full build writes, byte for byte, one index per older year', () => {
    const index = (site: BuiltSite) => new Map([...treeHashes(site.dir)].filter(([path]) => path.startsWith('pagefind/')));
    expect(index(rebuilt)).toEqual(index(full));
    expect(index(rebuilt)).not.toEqual(index(first));
    expect([...index(rebuilt).keys()].filter((path) => path.endsWith('pagefind-entry.json'))).toEqual([
      'pagefind/2024/pagefind-entry.json',
      'pagefind/2025/pagefind-entry.json',
      'pagefind/pagefind-entry.json',
    ]);
    expect(full.html('reports/index.html')('form#search').attr('data-shards')).toBe('2025 2024');
  });
});

describe('search after the rebuild', () => {
  it('finds an incident of a year copied from the cache and one of the year indexed again', async () => {
    const { page, errors, close } = await openPage(browser, `${url}reports/`);
    expect(await search(page, 'zeppelin')).toEqual({ status: '1 result', hrefs: ['/incidents/2024-03-05-sync/'] });
    expect(await search(page, 'wombat')).toEqual({ status: '1 result', hrefs: ['/incidents/2026-11-10-gateway/'] });
    expect(errors).toEqual([]);
    await close();
  });

  it('no longer finds the changed incident by the words it lost', async () => {
    const { page, close } = await openPage(browser, `${url}reports/`);
    expect((await search(page, 'quokka')).status).toBe(
      'No incidents or reports match “quokka”. Try other or fewer words, or clear the search to see every report.',
    );
    await close();
  });

  it('finds every incident of every year once, the changed one with its new text only', async () => {
    const { page, close } = await openPage(browser, `${url}reports/`);
    const { status, hrefs } = await search(page, 'gateway');
    expect(status).toBe('4 results');
    expect([...hrefs].sort()).toEqual([
      '/incidents/2024-03-05-sync/',
      '/incidents/2025-06-01-slow/',
      '/incidents/2026-02-01-email/',
      '/incidents/2026-11-10-gateway/',
    ]);
    const excerpts = await page.locator('#search-results .excerpt').allTextContents();
    expect(excerpts.filter((e) => e.includes('wombat'))).toHaveLength(1);
    expect(excerpts.filter((e) => e.includes('quokka'))).toEqual([]);
    await close();
  });

  it('merges each year once however fast the reader types', async () => {
    const { page, close } = await openPage(browser, `${url}reports/`);
    // Keystrokes before the first search's index has loaded must not load and merge it again.
    await page.locator('#search-q').pressSequentially('gateway', { delay: 5 });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toBe('4 results');
    await close();
  });
});
