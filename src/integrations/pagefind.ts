import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`.
 * Records come from the content model rather than the built HTML, and the whole index is built
 * on a worker thread while Astro renders the pages on the main one; build:done only moves the
 * finished index into place. At 10,000 incidents this takes the index off the critical path.
 */
export function pagefindIndex(): AstroIntegration {
  let pending: Promise<string> | undefined;
  return {
    name: 'statusmark-pagefind',
    hooks: {
      'astro:build:start': () => {
        pending = buildIndex();
        pending.catch(() => undefined); // reported when awaited in build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await (pending ?? buildIndex());
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

function buildIndex(): Promise<string> {
  const outputPath = join(mkdtempSync(join(tmpdir(), 'statusmark-pagefind-')), 'pagefind');
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { outputPath } });
    worker.once('message', (m: { ok: boolean; message?: string }) => (m.ok ? resolve(outputPath) : reject(new Error(m.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the search index worker stopped with code ${code}`));
    });
  });
}
