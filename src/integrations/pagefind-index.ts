/**
 * Writes the search index of `shards` (core/views/search-shards.ts) into `outputPath`: copies
 * each shard an earlier build indexed from the cache (pagefind-cache.ts), has Pagefind's own
 * process index the others, and puts them together: the primary shard whole (with Pagefind's
 * script and WebAssembly), each other one's index files in `<outputPath>/<shard>/`. The build runs
 * it on a worker thread (pagefind-worker.ts); the bench times it alone.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import type { SiteModel } from '../core/site/site.ts';
import { searchShards, type SearchShard } from '../core/views/search-shards.ts';
import { linkOrCopy, linkTree } from './linked-tree.ts';
import { pagefindVersion, SearchCache, shardDigest } from './pagefind-cache.ts';

export interface IndexJob {
  outputPath: string;
  shards: SearchShard[];
  /** Astro's cacheDir, when the build is incremental: where shards are kept between builds. */
  cacheDir?: string;
}

/**
 * Pagefind's settings for every shard; part of each shard's digest. A year of more than 500
 * incidents has their fragments (what a result shows) bundled a few to a file: about 450 files
 * for 2,000 incidents rather than 2,000, written and copied several times faster, for a reader
 * about 1 KB fetched per result shown instead of 0.5 KB.
 */
const INDEX_OPTIONS = { maxFragments: 500 };
/** What a merged shard's reader fetches: Pagefind's script, worker and WebAssembly come from the primary. */
const MERGED_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/**
 * The records of every incident. Content that passed the check always gives records; if making
 * them fails anyway, the build stops with what went wrong, and that it is ours.
 */
export function indexShards(model: SiteModel): SearchShard[] {
  try {
    // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
    return searchShards(model, '/');
  } catch (error) {
    throw new Error(
      `the search index could not be made: ${(error as Error).message ?? String(error)}; ` +
        '`npm run check` found nothing wrong with the content, so this is a bug in Statusmark: please report it with the incident files attached',
      { cause: error },
    );
  }
}

/** Writes the index; resolves to what to log. */
export async function writeSearchIndex({ outputPath, shards, cacheDir }: IndexJob): Promise<string[]> {
  const notes: string[] = [];
  const cache = cacheDir === undefined ? undefined : SearchCache.take(cacheDir, (note) => notes.push(note));
  const pagefind = { version: pagefindVersion(), binary: process.env.PAGEFIND_BINARY_PATH ?? '', options: INDEX_OPTIONS };
  const digests = new Set<string>();
  let indexed = 0;
  for (const [i, shard] of shards.entries()) {
    const target = i === 0 ? outputPath : join(outputPath, shard.name);
    const digest = shardDigest(shard.records, pagefind);
    digests.add(digest);
    let built = cache?.entry(digest);
    if (!built) {
      indexed++;
      // Beside the output (its folder is the build's own), or in the cache to be kept.
      built = cache ? cache.scratch(digest) : join(outputPath, '..', `shard-${shard.name}`);
      rmSync(built, { recursive: true, force: true });
      await writeShard(shard, built);
      if (cache) built = cache.store(digest);
    }
    placeShard(built, target, i === 0);
  }
  await close();
  if (cache) {
    cache.prune(digests);
    cache.release();
  }
  const from = shards.length - indexed;
  notes.push(
    `search index written: ${shards.length} shard${shards.length === 1 ? '' : 's'}` +
      (cache ? `, ${indexed} indexed and ${from} copied from the last build` : ''),
  );
  return notes;
}

async function writeShard(shard: SearchShard, folder: string): Promise<void> {
  const { index, errors } = await createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await Promise.all(shard.records.map((r) => index.addCustomRecord(r)));
  const failed = added.flatMap((r) => r.errors);
  if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
  const result = await index.writeFiles({ outputPath: folder });
  if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
}

/**
 * Puts a shard Pagefind wrote in its place in the index: all of the primary, the index files of
 * the others. Hard links where it can (linked-tree.ts): a shard of 2,000 incidents is some 500
 * files, and a rebuild places every shard, indexed again or not.
 */
function placeShard(built: string, target: string, primary: boolean): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(built)) {
    if (!primary && !MERGED_FILES.test(name)) continue;
    const [source, placed] = [join(built, name), join(target, name)];
    if (statSync(source).isDirectory()) linkTree(source, placed);
    else linkOrCopy(source, placed);
  }
}
