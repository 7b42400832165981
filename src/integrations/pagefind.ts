import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { searchRecords } from '../core/search-records.ts';
import { buildSiteModel, type SiteModel } from '../core/site.ts';
import { sharedBuildModel } from './build-model.ts';

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`.
 * Records come from the build's content model, not from the built HTML, and Pagefind indexes them on a worker thread at low CPU priority while
 * Astro renders on the main one; build:done only moves the finished index into place.
 */
export function pagefindIndex(): AstroIntegration {
  let index: SearchIndexJob | undefined;
  return {
    name: 'statusmark-pagefind',
    hooks: {
      'astro:build:start': () => {
        index = startSearchIndex();
        const model = sharedBuildModel();
        if (model) index.feed(model);
      },
      'astro:build:done': async ({ dir, logger }) => {
        index ??= startSearchIndex();
        // Only without the content integration (which reads the content when the build starts).
        if (!index.fed) index.feed(buildSiteModel(contentRootFromEnv(), nowFromEnv()));
        const built = await index.done;
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        try {
          renameSync(built, target);
        } catch {
          cpSync(built, target, { recursive: true }); // another file system
        }
        rmSync(join(built, '..'), { recursive: true, force: true });
        logger.info('search index written');
      },
    },
  };
}

interface SearchIndexJob {
  readonly fed: boolean;
  feed(model: SiteModel): void;
  /** The folder the finished index was written to. */
  done: Promise<string>;
}

function startSearchIndex(): SearchIndexJob {
  const outputPath = join(mkdtempSync(join(tmpdir(), 'statusmark-pagefind-')), 'pagefind');
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { outputPath } });
  const done = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { ok: boolean; message?: string }) => (m.ok ? resolve(outputPath) : reject(new Error(m.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the search index worker stopped with code ${code}`));
    });
  });
  done.catch(() => undefined); // reported when awaited in build:done
  const job = {
    fed: false,
    feed(model: SiteModel) {
      if (job.fed) return;
      job.fed = true;
      // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
      worker.postMessage(searchRecords(model, '/'));
    },
    done,
  };
  return job;
}
