/**
 * Builds the search index (pagefind-index.ts) on a second thread, while Astro renders the pages.
 * The thread and the Pagefind process it starts run at low CPU priority, so on a machine with few
 * cores the pages (the build's critical path) come first and the index uses what is left.
 */
import { setPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { siteModelFromSnapshot } from '../core/site/site-model-snapshot.ts';
import { indexShards, writeSearchIndex, type IndexJob } from './pagefind-index.ts';

/** What the worker is given: the shards, or (a build) the site model's snapshot to make them from. */
export type WorkerJob = IndexJob | (Omit<IndexJob, 'shards'> & { snapshot: string });

/** What the worker answers: the index is written, with what to log, or why not. */
export type IndexOutcome = { ok: true; notes: string[] } | { ok: false; message: string };

/** The job with its shards; the records of a snapshot's model are made here, off the thread that renders the pages. */
function withShards(job: WorkerJob): IndexJob {
  if (!('snapshot' in job)) return job;
  const { snapshot, ...rest } = job;
  return { ...rest, shards: indexShards(siteModelFromSnapshot(readFileSync(snapshot))) };
}

// On Linux a priority applies to the calling thread, and a process started from it inherits it.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: the index is still built, just at normal priority.
  }
}

Promise.resolve(workerData as WorkerJob)
  .then((job) => writeSearchIndex(withShards(job)))
  .then(
    (notes) => parentPort?.postMessage({ ok: true, notes } satisfies IndexOutcome),
    (error: unknown) =>
      parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies IndexOutcome),
  );
