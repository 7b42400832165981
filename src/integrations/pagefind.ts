import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { searchRecords } from '../core/search-records.ts';
import { buildSiteModel } from '../core/site.ts';

type Index = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

/**
 * The Pagefind full-text index of every incident and report, written to `<outDir>/pagefind/`.
 * Records come from the content model rather than the built HTML, and are handed to Pagefind's
 * own process while Astro renders the pages: at 10,000 incidents this takes a third of the time
 * of indexing the finished pages afterwards.
 */
export function pagefindIndex(): AstroIntegration {
  let pending: Promise<Index> | undefined;
  return {
    name: 'statusmark-pagefind',
    hooks: {
      'astro:build:start': () => {
        pending = startIndex();
        pending.catch(() => undefined); // reported when awaited in build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const index = await (pending ?? startIndex());
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info('search index written');
      },
    },
  };
}

async function startIndex(): Promise<Index> {
  const pagefind = await import('pagefind');
  const model = buildSiteModel(contentRootFromEnv(), nowFromEnv());
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind puts its own location's base path in front of record URLs, so they start at '/'.
  const results = await Promise.all(searchRecords(model, '/').map((r) => index.addCustomRecord(r)));
  const failed = results.flatMap((r) => r.errors);
  if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
  return index;
}
