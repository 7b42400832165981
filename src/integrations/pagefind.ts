import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { searchShards, type SearchShard } from '../core/views/search-shards.ts';
import type { SiteModel } from '../core/site/site.ts';
import type { BuildModel } from './build-model.ts';
import { ownModule } from './own-module.ts';
import { linkTree } from './linked-tree.ts';
import type { IndexJob } from './pagefind-index.ts';
import type { IndexOutcome } from './pagefind-worker.ts';

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`, in
 * one shard per year (core/views/search-shards.ts). Records come from the build's content model
 * (`model`, see build-model.ts), not from the built HTML, and Pagefind indexes them on a worker
 * thread at low CPU priority while Astro renders on the main one; build:done only moves the
 * finished index into place. An incremental build (Astro's `experimental.incrementalBuild`, which
 * incremental-cache.ts turns on) keeps each shard in Astro's cacheDir and indexes again only the
 * shards whose records changed.
 */
export function pagefindIndex(model: BuildModel): AstroIntegration {
  let pending: Promise<{ folder: string; notes: string[] }> | undefined;
  let cacheDir: string | undefined;
  let scratch: string | undefined;
  // The index's own folder goes with the build, finished or not.
  const leave = () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    process.off('exit', leave);
  };
  return {
    name: 'statusmark-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:start': () => {
        // The content integration, listed first, has read the content already.
        scratch = scratchFolder(cacheDir);
        process.once('exit', leave);
        pending = buildIndex(indexShards(model.model), join(scratch, 'pagefind'), cacheDir);
        pending.catch(() => undefined); // reported when awaited in build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { folder: built, notes } = await pending!;
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        try {
          renameSync(built, target);
        } catch {
          linkTree(built, target); // another file system: copies
        }
        leave();
        for (const note of notes) logger.info(note);
      },
    },
  };
}

/**
 * The records of every incident, before a page is written. Content that passed the check always
 * gives records; if making them fails anyway, the build stops with what went wrong rather than a
 * stack trace, like a content error.
 */
function indexShards(model: SiteModel): SearchShard[] {
  try {
    // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
    return searchShards(model, '/');
  } catch (error) {
    const stop = Object.assign(new Error(`the search index could not be made: ${(error as Error).message ?? String(error)}`), {
      hint: '`npm run check` found nothing wrong with the content, so this is a bug in Statusmark: please report it with the incident files attached',
    });
    stop.stack = '';
    throw stop;
  }
}

/**
 * A folder of this build's own to write the index in. An incremental build's is in the cache
 * folder, on the file system of the shards it takes from there and (as a rule) of the output, so
 * those shards are placed by hard links and the index is moved into the output by one rename.
 */
function scratchFolder(cacheDir: string | undefined): string {
  if (cacheDir !== undefined) mkdirSync(cacheDir, { recursive: true });
  return mkdtempSync(join(cacheDir ?? tmpdir(), 'statusmark-pagefind-'));
}

/** Starts the worker on the shards; resolves to the folder the index was written to (`outputPath`), and what to log. */
function buildIndex(shards: SearchShard[], outputPath: string, cacheDir: string | undefined): Promise<{ folder: string; notes: string[] }> {
  const workerData: IndexJob = { outputPath, shards, ...(cacheDir === undefined ? {} : { cacheDir }) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(ownModule('./pagefind-worker.ts', import.meta.url), { workerData });
    worker.once('message', (m: IndexOutcome) => (m.ok ? resolve({ folder: outputPath, notes: m.notes }) : reject(new Error(m.message))));
    worker.once('error', reject);
    // After its message, if any: a worker whose Pagefind process ended without answering has
    // nothing left to wait for and stops with code 0, having said nothing.
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (code ${code}) before it wrote the index`)));
  });
}
