/**
 * Builds the search index (pagefind-index.ts) on a second thread, while Astro renders the pages.
 * The thread and the Pagefind process it starts run at low CPU priority, so on a machine with few
 * cores the pages (the build's critical path) come first and the index uses what is left.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchIndex, type IndexJob } from './pagefind-index.ts';

/** What the worker answers: the index is written, with what to log, or why not. */
export type IndexOutcome = { ok: true; notes: string[] } | { ok: false; message: string };

// On Linux a priority applies to the calling thread, and a process started from it inherits it.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: the index is still built, just at normal priority.
  }
}

writeSearchIndex(workerData as IndexJob).then(
  (notes) => parentPort?.postMessage({ ok: true, notes } satisfies IndexOutcome),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies IndexOutcome),
);
