/**
 * The bench's incremental rows: a first build with an empty cache (a full build, which also fills
 * the cache), then one incident changed and built again with that cache: what a deploy after the
 * first costs a responder. Each run builds both, so each ratio is measured in one run; the
 * content is a private copy, as the change must not reach the other benches' roots.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedCopy } from './changed-copy.ts';

const BUILD_ONCE = new URL('./build-once.ts', import.meta.url).pathname;
const SEARCH_INDEX = new URL('./search-index.ts', import.meta.url).pathname;

interface Build {
  ms: number;
  mainThreadMs: number;
}

function build(root: string, now: Date, cacheDir: string, outputs: string[]): Build {
  const out = mkdtempSync(join(tmpdir(), 'statusmark-bench-dist-'));
  outputs.push(out);
  const printed = execFileSync(process.execPath, [BUILD_ONCE, out, cacheDir], {
    encoding: 'utf8',
    env: { ...process.env, STATUS_DIR: root, STATUS_NOW: now.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return JSON.parse(printed.trim().split('\n').pop()!) as Build;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** `runs` pairs of (full build, rebuild after one changed incident) of a copy of `source`. */
export function benchIncremental(source: string, size: number, now: Date, runs: number): void {
  const { root, changed } = changedCopy(source, 'statusmark-bench-incremental-');
  const outputs: string[] = [];
  // The machine's load (1-minute average) around the runs: on a shared machine, the ratios are what compares.
  const load = [loadavg()[0]!];
  try {
    const pairs = Array.from({ length: runs }, (_, run) => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'statusmark-bench-cache-'));
      outputs.push(cacheDir);
      process.stderr.write(`incremental, ${size} incidents, run ${run + 1} of ${runs}…\n`);
      const full = build(root, now, cacheDir, outputs);
      appendFileSync(changed, `\nA note added in run ${run + 1}: the fix holds.\n`);
      const incremental = build(root, now, cacheDir, outputs);
      return { full, incremental, ratio: incremental.ms / full.ms, cpuRatio: incremental.mainThreadMs / full.mainThreadMs };
    });
    load.push(loadavg()[0]!);
    console.log(
      `  ${String(size).padStart(6)} incidents (load average ${load.map((l) => l.toFixed(1)).join(' to ')}): full ${seconds(median(pairs.map((p) => p.full.ms)))}, ` +
        `one changed incident ${seconds(median(pairs.map((p) => p.incremental.ms)))} (medians of ${runs}); ` +
        `rebuild / full in each run: ${pairs.map((p) => `${Math.round(p.ratio * 100)} %`).join(', ')} of wall time, ` +
        `${pairs.map((p) => `${Math.round(p.cpuRatio * 100)} %`).join(', ')} of main-thread CPU`,
    );
  } finally {
    for (const folder of [root, ...outputs]) rmSync(folder, { recursive: true, force: true });
  }
  // The search index alone, full and after the same change (see the file).
  process.stdout.write(
    execFileSync(process.execPath, [SEARCH_INDEX, source, String(size), now.toISOString(), String(runs)], { encoding: 'utf8' }),
  );
}
