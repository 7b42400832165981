#!/usr/bin/env node
/**
 * `npm run bench`: generate seeded content roots of 1,000 and 10,000 incidents and measure
 * loading + validating them (what `npm run check` does), each size in a fresh process.
 * Prints figures; it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContentRoot } from './bench/generate.ts';
import { loadContentRoot } from '../src/core/load.ts';

const NOW = new Date('2026-11-22T00:00:00Z');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function measure(dir: string): void {
  const t0 = performance.now();
  const result = loadContentRoot(dir, { now: NOW });
  const ms = performance.now() - t0;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`bench content has ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);
  console.log(JSON.stringify({ ms, files: result.files, incidents: result.incidents.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function main(): void {
  if (process.argv[2] === '--measure') return measure(process.argv[3]!);
  console.log(`Statusmark bench: load + validate (node ${process.version}, ${RUNS} runs per size, best shown)`);
  for (const size of SIZES) {
    const dir = join(tmpdir(), `statusmark-bench-${size}`);
    const marker = join(dir, '.generated');
    const version = readFileSync(new URL('./bench/generate.ts', import.meta.url), 'utf8').length;
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== String(version)) {
      process.stderr.write(`generating ${size} incidents in ${dir} `);
      generateContentRoot(dir, size, NOW, () => process.stderr.write('.'));
      writeFileSync(marker, String(version));
      process.stderr.write(' done\n');
    }
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--measure', dir], { encoding: 'utf8' })) as {
        ms: number;
        files: number;
        maxRssMb: number;
      },
    );
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
    console.log(
      `${String(size).padStart(6)} incidents: best ${(best.ms / 1000).toFixed(2)} s, median ${(median.ms / 1000).toFixed(2)} s, ` +
        `${Math.round(best.files / (best.ms / 1000)).toLocaleString('en')} files/s, peak memory ${Math.round(best.maxRssMb)} MB`,
    );
  }
}

main();
