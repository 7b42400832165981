import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { searchRecords, type SearchRecord } from '../core/views/search-records.ts';
import type { SiteModel } from '../core/site/site.ts';
import type { BuildModel } from './build-model.ts';
import { ownModule } from './own-module.ts';

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`.
 * Records come from the build's content model (`model`, see build-model.ts), not from the built
 * HTML, and Pagefind indexes them on a worker thread at low CPU priority while Astro renders on
 * the main one; build:done only moves the finished index into place.
 */
export function pagefindIndex(model: BuildModel): AstroIntegration {
  let pending: Promise<string> | undefined;
  return {
    name: 'statusmark-pagefind',
    hooks: {
      'astro:build:start': () => {
        // The content integration, listed first, has read the content already.
        pending = buildIndex(indexRecords(model.model));
        pending.catch(() => undefined); // reported when awaited in build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await pending!;
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

/**
 * The records of every incident, before a page is written. Content that passed the check always
 * gives records; if making them fails anyway, the build stops with what went wrong rather than a
 * stack trace, like a content error.
 */
function indexRecords(model: SiteModel): SearchRecord[] {
  try {
    // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
    return searchRecords(model, '/');
  } catch (error) {
    const stop = Object.assign(new Error(`the search index could not be made: ${(error as Error).message ?? String(error)}`), {
      hint: '`npm run check` found nothing wrong with the content, so this is a bug in Statusmark: please report it with the incident files attached',
    });
    stop.stack = '';
    throw stop;
  }
}

/** Starts the worker on the records; resolves to the folder the index was written to. */
function buildIndex(records: SearchRecord[]): Promise<string> {
  const outputPath = join(mkdtempSync(join(tmpdir(), 'statusmark-pagefind-')), 'pagefind');
  return new Promise((resolve, reject) => {
    const worker = new Worker(ownModule('./pagefind-worker.ts', import.meta.url), { workerData: { outputPath, records } });
    worker.once('message', (m: { ok: boolean; message?: string }) => (m.ok ? resolve(outputPath) : reject(new Error(m.message))));
    worker.once('error', reject);
    // After its message, if any: a worker whose Pagefind process ended without answering has
    // nothing left to wait for and stops with code 0, having said nothing.
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (code ${code}) before it wrote the index`)));
  });
}
