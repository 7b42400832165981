/**
 * Builds the search index on a second thread: takes the records the main thread gives it, hands
 * them to Pagefind's own process and writes the index to `outputPath`, while Astro renders the
 * pages. The thread and the Pagefind process it starts run at low CPU priority, so on a machine
 * with few cores the pages (the build's critical path) come first and the index uses what is left.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createIndex, close } from 'pagefind';
import type { SearchRecord } from '../core/views/search-records.ts';

const { outputPath, records } = workerData as { outputPath: string; records: SearchRecord[] };

// On Linux a priority applies to the calling thread, and a process started from it inherits it.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: the index is still built, just at normal priority.
  }
}

async function run(): Promise<void> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
  const failed = added.flatMap((r) => r.errors);
  if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
}

run().then(
  () => parentPort?.postMessage({ ok: true }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
