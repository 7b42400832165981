/**
 * The search index's shards (core/views/search-shards.ts): one per year an incident started in,
 * in UTC, the newest first; and the cache that keeps them between builds
 * (integrations/pagefind-cache.ts): a digest that changes with anything a shard is made of, and
 * the same one-build-at-a-time discipline as the pages' cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteModel } from '../src/core/pipeline.ts';
import { searchRecords } from '../src/core/views/search-records.ts';
import { mergedSearchShards, searchShards } from '../src/core/views/search-shards.ts';
import { SearchCache, shardDigest } from '../src/integrations/pagefind-cache.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const incident = (title: string, at: string) => `---
title: ${title}
impact: minor
components: [api]
---

## ${at} · Resolved
It works again.
`;

const NOW = new Date('2026-11-22T00:00:00Z');
const root = makeContentRoot({
  'incidents/2024-03-05-sync.md': incident('Carrier sync stalled', '2024-03-05 10:00 UTC'),
  // Just before midnight UTC on New Year's Eve: a reader east of UTC saw it in 2026, the shard is 2025's.
  'incidents/2025-12-31-late.md': incident('Late night errors', '2025-12-31 23:30 UTC'),
  'incidents/2026-11-10-api.md': incident('API errors', '2026-11-10 10:05 UTC'),
  'incidents/2026-02-01-email.md': incident('Email delays', '2026-02-01 08:00 UTC'),
});
const model = readSiteModel(root, NOW);

describe('the search shards', () => {
  it('are the years incidents started in, in UTC, the newest first, with each incident in its own year', () => {
    const shards = searchShards(model, '/');
    expect(shards.map((s) => [s.name, s.records.map((r) => r.meta.title)])).toEqual([
      ['2026', ['API errors', 'Email delays']],
      ['2025', ['Late night errors']],
      ['2024', ['Carrier sync stalled']],
    ]);
  });

  it('hold every record once, as searchRecords makes it', () => {
    const records = searchShards(model, '/status/').flatMap((s) => s.records);
    expect(records.sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      searchRecords(model, '/status/').sort((a, b) => a.url.localeCompare(b.url)),
    );
  });

  it('are merged at query time, all but the newest, which is the primary index', () => {
    expect(mergedSearchShards(model)).toEqual(['2025', '2024']);
  });

  it('are one empty shard, of the current year, and nothing to merge, when there are no incidents yet', () => {
    const empty = readSiteModel(makeContentRoot({}), NOW);
    expect(searchShards(empty, '/')).toEqual([{ name: '2026', records: [] }]);
    expect(mergedSearchShards(empty)).toEqual([]);
  });
});

describe("a shard's digest", () => {
  const [newest] = searchShards(model, '/');
  const pagefind = { version: '1.6.0', binary: '', options: { maxFragments: 500 } };
  const digest = shardDigest(newest!.records, pagefind);

  it('is the same for the same records, Pagefind and options', () => {
    expect(shardDigest(structuredClone(newest!.records), { ...pagefind })).toBe(digest);
  });

  it('changes with a word of one record, their order, the Pagefind version, its binary and its options', () => {
    const [first, second] = newest!.records;
    const edited = [{ ...first!, content: `${first!.content} Again.` }, second!];
    expect(shardDigest(edited, pagefind)).not.toBe(digest);
    expect(shardDigest([second!, first!], pagefind)).not.toBe(digest);
    expect(shardDigest(newest!.records, { ...pagefind, version: '1.6.1' })).not.toBe(digest);
    expect(shardDigest(newest!.records, { ...pagefind, binary: '/opt/pagefind' })).not.toBe(digest);
    expect(shardDigest(newest!.records, { ...pagefind, options: {} })).not.toBe(digest);
  });
});

describe("the search index's cache", () => {
  const cacheDir = () => mkdtempSync(join(tmpdir(), 'statusmark-search-cache-'));

  it('keeps a stored shard for the next build, and marks itself in use until released', () => {
    const dir = cacheDir();
    const cache = SearchCache.take(dir, () => undefined)!;
    expect(readFileSync(join(cache.folder, 'in-use.pid'), 'utf8')).toBe(String(process.pid));
    mkdirSync(cache.scratch('abc'));
    writeFileSync(join(cache.scratch('abc'), 'pagefind-entry.json'), '{}');
    const stored = cache.store('abc');
    cache.release();
    expect(existsSync(join(cache.folder, 'in-use.pid'))).toBe(false);
    const next = SearchCache.take(dir, () => undefined)!;
    expect(next.entry('abc')).toBe(stored);
    expect(next.entry('def')).toBeUndefined();
  });

  it('forgets the shards this build did not use, and what an unfinished one was writing', () => {
    const cache = SearchCache.take(cacheDir(), () => undefined)!;
    for (const digest of ['kept', 'old']) {
      mkdirSync(cache.scratch(digest));
      cache.store(digest);
    }
    mkdirSync(join(cache.folder, '.writing-1-left'));
    cache.prune(new Set(['kept']));
    expect(cache.entry('kept')).toBeDefined();
    expect(cache.entry('old')).toBeUndefined();
    expect(existsSync(join(cache.folder, '.writing-1-left'))).toBe(false);
  });

  it('is not used while another live build uses it, and says so', () => {
    const dir = cacheDir();
    mkdirSync(join(dir, 'statusmark-search'));
    // The parent of this test's process: alive, and not this process.
    writeFileSync(join(dir, 'statusmark-search', 'in-use.pid'), String(process.ppid));
    const said: string[] = [];
    expect(SearchCache.take(dir, (m) => said.push(m))).toBeUndefined();
    expect(said).toEqual([`another build (process ${process.ppid}) is using the search index's cache: this one indexes every incident`]);
  });

  it('is emptied when the build that used it last did not finish', () => {
    const dir = cacheDir();
    const first = SearchCache.take(dir, () => undefined)!;
    mkdirSync(first.scratch('abc'));
    first.store('abc');
    // Not released: as a killed build leaves it. A process id no process has:
    writeFileSync(join(first.folder, 'in-use.pid'), '2147483646');
    const next = SearchCache.take(dir, () => undefined)!;
    expect(next.entry('abc')).toBeUndefined();
  });
});
