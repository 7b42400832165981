import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from '../core/views/search-records.ts';
import { markHolder, processRunning } from './process-running.ts';

/** Present from the start of a build that uses the cache until its index is written; it holds the build's process id. */
const IN_USE = 'in-use.pid';

/**
 * The search index's shards of earlier builds, in `<cacheDir>/statusmark-search/<digest>/`, each
 * the folder Pagefind wrote for those records. The digest covers everything the folder depends
 * on: the records, Pagefind's version and which binary runs, and the options the index is made
 * with, so an entry is never stale, only unused. An entry appears whole or not at all (written
 * beside, then renamed). Like the pages' cache (incremental-cache.ts), one build at a time uses
 * it: a build that finds it in use by a live process indexes everything and leaves it alone, and
 * one that finds the mark of a build that did not finish empties it first.
 */
export class SearchCache {
  readonly folder: string;

  private constructor(folder: string) {
    this.folder = folder;
  }

  /** The cache, taken for this build; undefined while another build uses it. Says what it did through `info`. */
  static take(cacheDir: string, info: (message: string) => void): SearchCache | undefined {
    const folder = join(cacheDir, 'statusmark-search');
    const mark = join(folder, IN_USE);
    const holder = markHolder(mark);
    if (holder && holder !== process.pid && processRunning(holder)) {
      info(`another build (process ${holder}) is using the search index's cache: this one indexes every incident`);
      return undefined;
    }
    if (holder !== undefined) rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(mark, String(process.pid));
    return new SearchCache(folder);
  }

  /** Lets the next build use the cache. */
  release(): void {
    rmSync(join(this.folder, IN_USE), { force: true });
  }

  /** The folder of the shard with this digest, if an earlier build wrote it. */
  entry(digest: string): string | undefined {
    const folder = join(this.folder, digest);
    return existsSync(folder) ? folder : undefined;
  }

  /** A folder to write a shard into, then `store` under its digest. */
  scratch(digest: string): string {
    return join(this.folder, `.writing-${process.pid}-${digest}`);
  }

  /** Puts a shard written into `scratch(digest)` in the cache. */
  store(digest: string): string {
    const folder = join(this.folder, digest);
    renameSync(this.scratch(digest), folder);
    return folder;
  }

  /** Removes every entry but `kept`'s, and anything a build that did not finish was writing. */
  prune(kept: ReadonlySet<string>): void {
    for (const name of readdirSync(this.folder)) {
      if (name !== IN_USE && !kept.has(name)) rmSync(join(this.folder, name), { recursive: true, force: true });
    }
  }
}

/** The version of the installed Pagefind, which writes the index and whose script reads it. */
export function pagefindVersion(): string {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(main, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** What a shard's folder is made of: its records, and which Pagefind makes it with which options. */
export function shardDigest(records: readonly SearchRecord[], pagefind: { version: string; binary: string; options: object }): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([pagefind.version, pagefind.binary, pagefind.options]));
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex').slice(0, 32);
}
