import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { BuildModel } from './build-model.ts';
import { ownModule } from './own-module.ts';
import { linkTree } from './linked-tree.ts';
import type { IndexOutcome, WorkerJob } from './pagefind-worker.ts';

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`, in
 * one shard per year (core/views/search-shards.ts). Records come from the build's content model
 * (the snapshot `model` wrote, see build-model.ts), not from the built HTML, and are made and
 * indexed by Pagefind on a worker thread at low CPU priority while Astro renders on the main one; build:done only moves the
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
        // The content integration, listed first, has written the model's snapshot already: the
        // worker makes the records from it, off the thread that renders the pages.
        scratch = scratchFolder(cacheDir);
        process.once('exit', leave);
        pending = buildIndex({
          snapshot: model.snapshotFile,
          outputPath: join(scratch, 'pagefind'),
          ...(cacheDir === undefined ? {} : { cacheDir }),
        });
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
 * A folder of this build's own to write the index in. An incremental build's is in the cache
 * folder, on the file system of the shards it takes from there and (as a rule) of the output, so
 * those shards are placed by hard links and the index is moved into the output by one rename.
 */
function scratchFolder(cacheDir: string | undefined): string {
  if (cacheDir !== undefined) mkdirSync(cacheDir, { recursive: true });
  return mkdtempSync(join(cacheDir ?? tmpdir(), 'statusmark-pagefind-'));
}

/** Starts the worker on the job; resolves to the folder the index was written to, and what to log. */
function buildIndex(workerData: WorkerJob): Promise<{ folder: string; notes: string[] }> {
  const { outputPath } = workerData;
  return new Promise((resolve, reject) => {
    const worker = new Worker(ownModule('./pagefind-worker.ts', import.meta.url), { workerData });
    worker.once('message', (m: IndexOutcome) => (m.ok ? resolve({ folder: outputPath, notes: m.notes }) : reject(new Error(m.message))));
    worker.once('error', reject);
    // After its message, if any: a worker whose Pagefind process ended without answering has
    // nothing left to wait for and stops with code 0, having said nothing.
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (code ${code}) before it wrote the index`)));
  });
}
