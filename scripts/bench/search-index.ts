/**
 * The search index alone, as the build writes it (src/integrations/pagefind-index.ts), outside
 * Astro so nothing else shares its time: with an empty cache (a full build's index), then after
 * one changed incident with the cache that left (an incremental rebuild's). Each run does both on
 * a private copy of the content, so each ratio is measured in one run.
 *
 * `node scripts/bench/search-index.ts <content root> <incidents> <STATUS_NOW> <runs>` prints one line.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readSiteModel } from '../../src/core/pipeline.ts';
import { searchShards } from '../../src/core/views/search-shards.ts';
import type { IndexJob } from '../../src/integrations/pagefind-index.ts';
import type { IndexOutcome } from '../../src/integrations/pagefind-worker.ts';
import { changedCopy } from './changed-copy.ts';

const [source, size, now, runs] = process.argv.slice(2) as [string, string, string, string];

const WORKER = new URL('../../src/integrations/pagefind-worker.ts', import.meta.url);

/** The build's worker, given the records as the build gives them, timed from its start to its answer. */
async function timed(root: string, cacheDir: string): Promise<{ ms: number; notes: string[] }> {
  const shards = searchShards(readSiteModel(root, new Date(now)), '/');
  const outputPath = join(mkdtempSync(join(tmpdir(), 'statusmark-bench-search-')), 'pagefind');
  try {
    const t0 = performance.now();
    const outcome = await new Promise<IndexOutcome>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { outputPath, shards, cacheDir } satisfies IndexJob });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!outcome.ok) throw new Error(outcome.message);
    return { ms: performance.now() - t0, notes: outcome.notes };
  } finally {
    rmSync(join(outputPath, '..'), { recursive: true, force: true });
  }
}

// The same incident scripts/bench/incremental.ts changes.
const { root, changed } = changedCopy(source, 'statusmark-bench-search-root-');
const pairs: { full: number; incremental: number; notes: string[] }[] = [];
try {
  for (let run = 1; run <= Number(runs); run++) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'statusmark-bench-search-cache-'));
    try {
      const full = await timed(root, cacheDir);
      appendFileSync(changed, `\nA note added in search run ${run}: the fix holds.\n`);
      const incremental = await timed(root, cacheDir);
      pairs.push({ full: full.ms, incremental: incremental.ms, notes: incremental.notes });
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `  ${size.padStart(6)} incidents, search index alone: full ${seconds(median(pairs.map((p) => p.full)))}, ` +
    `one changed incident ${seconds(median(pairs.map((p) => p.incremental)))} (medians of ${runs}; ${pairs[0]!.notes.at(-1)}); ` +
    `rebuild / full in each run: ${pairs.map((p) => `${Math.round((p.incremental / p.full) * 100)} %`).join(', ')}`,
);
