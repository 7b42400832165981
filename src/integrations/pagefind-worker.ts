/**
 * Builds the search index on a second thread: reads the content model, hands its records to
 * Pagefind's own process and writes the index to `outputPath`, while Astro renders the pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createIndex, close } from 'pagefind';
import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { searchRecords } from '../core/search-records.ts';
import { buildSiteModel } from '../core/site.ts';

const { outputPath } = workerData as { outputPath: string };

async function run(): Promise<void> {
  const model = buildSiteModel(contentRootFromEnv(), nowFromEnv());
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
  const added = await Promise.all(searchRecords(model, '/').map((r) => index.addCustomRecord(r)));
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
