#!/usr/bin/env node
/**
 * `npm run bench`: figures, never assertions.
 * - check: seeded content roots of 1,000 and 10,000 incidents, loaded and validated (what
 *   `npm run check` does), each run in a fresh process;
 * - build: full `astro build`s of 1,000 and 10,000 incidents (20 components, 3–6 updates,
 *   ~10 % with reports): wall time, pages per second, peak memory, output size and the
 *   gzipped weight of one incident page, and the home page's elements and weight (budget: 1,000
 *   elements and 15 KB gzipped at any size);
 * - home: the same home page figures for the bundled demo (one build of this repository's content);
 * - fuzz: the check and the rendering of every input of the fuzz corpus (the shapes of text
 *   that make Markdown slow, as large as the content limits allow), and the slowest of them.
 * - package: a team's project installed from the packed tarball (`npm pack`, then `npm install`
 *   of a project that depends on it): the installed size (`du` of node_modules), the package
 *   count (`npm ls --omit=dev --all --parseable`) and the largest packages.
 * - precision: each style and policy rule's precision and recall on the precision corpus
 *   (test/fixtures/precision/: real status-page updates, incidents and post-incident reports of
 *   other teams, labelled by hand).
 * - incremental: a full build, then the rebuild after one changed incident with the cache it left
 *   (scripts/bench/incremental.ts), BENCH_RUNS pairs per size, each ratio from one pair;
 * - install: the deploy workflow's install, `npm ci --omit=dev` of this repository: its size.
 * - embed: the weight of `/embed.js` as built, gzipped (budget: 3 KB) and brotli, as a team's app downloads it.
 * BENCH_SIZES=1000 and BENCH_ONLY=check|build|home|embed|incremental|install|fuzz|package|precision narrow it down.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkAndRender, FUZZ_CORPUS, incidentFile } from './bench/fuzz-corpus.ts';
import { corpusSentence, figuresCell, measurePrecision } from './bench/precision.ts';
import { FIXED_NOW, incidentCorpusSentence, measurePolicyPrecision, policyFiguresCell, REPLAY_MINUTES } from './bench/policy-precision.ts';
import { BUILD_SHAPE, CHECK_SHAPE, generateContentRoot, type GenerateOptions } from './bench/generate.ts';
import { describeEmbedScript, embedScriptFigures } from './bench/embed-script.ts';
import { describeHome, homePageFigures } from './bench/home-page.ts';
import { benchIncremental } from './bench/incremental.ts';
import { initTeamProject, installedFigures, packPackage } from './lib/team-project.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { YamlValueCache } from '../src/core/checks/yaml-value-cache.ts';
import { loadContentRoot } from '../src/core/content/load.ts';

const NOW = new Date('2026-11-22T00:00:00Z');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY;

/** `npm run check` with its caches (style findings, frontmatter values) in `cacheDir`. */
function measureFull(dir: string, cacheDir: string): void {
  const t0 = performance.now();
  const result = checkContentRoot(dir, {
    now: NOW,
    styleCacheFile: join(cacheDir, 'style.json'),
    yamlCacheFile: join(cacheDir, 'yaml.bin'),
  });
  console.log(JSON.stringify({ ms: performance.now() - t0, files: result.files, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** Load and validate; with `yamlCache`, the frontmatter values that file remembers (and it is saved for the next run). */
function measure(dir: string, yamlCache?: string): void {
  const t0 = performance.now();
  const yamlValues = yamlCache ? new YamlValueCache(yamlCache) : undefined;
  const result = loadContentRoot(dir, yamlValues ? { yamlValues } : {});
  yamlValues?.save(true);
  const ms = performance.now() - t0;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`bench content has ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);
  console.log(
    JSON.stringify({ ms, files: result.files, incidents: result.incidents.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

/** A generated content root, kept in the temp folder between runs while the generator is unchanged. */
function contentRoot(kind: string, size: number, shape: GenerateOptions): string {
  const dir = join(tmpdir(), `statusmark-bench-${kind}-${size}`);
  const marker = join(dir, '.generated');
  const version = `${readFileSync(new URL('./bench/generate.ts', import.meta.url), 'utf8').length}:${JSON.stringify(shape)}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== version) {
    process.stderr.write(`generating ${size} incidents in ${dir} `);
    generateContentRoot(dir, size, NOW, shape, () => process.stderr.write('.'));
    writeFileSync(marker, version);
    process.stderr.write(' done\n');
  }
  return dir;
}

const self = new URL(import.meta.url).pathname;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function benchCheck(): void {
  console.log(
    `check: load + validate (${RUNS} runs per size, best and median): every frontmatter parsed, then remembered from a first run`,
  );
  for (const size of SIZES) {
    const dir = contentRoot('check', size, CHECK_SHAPE);
    const yamlCache = join(mkdtempSync(join(tmpdir(), 'statusmark-bench-yaml-')), 'yaml.bin');
    execFileSync(process.execPath, [self, '--measure', dir, yamlCache]);
    for (const [label, extra] of [
      ['parsed', []],
      ['remembered', [yamlCache]],
    ] as const) {
      const runs = Array.from(
        { length: RUNS },
        () =>
          JSON.parse(execFileSync(process.execPath, [self, '--measure', dir, ...extra], { encoding: 'utf8' })) as {
            ms: number;
            files: number;
            maxRssMb: number;
          },
      ).sort((a, b) => a.ms - b.ms);
      const best = runs[0]!;
      const median = runs[Math.floor(runs.length / 2)]!;
      console.log(
        `  ${String(size).padStart(6)} incidents, ${label.padEnd(10)}: best ${seconds(best.ms)}, median ${seconds(median.ms)}, ` +
          `${Math.round(best.files / (best.ms / 1000)).toLocaleString('en')} files/s, peak memory ${Math.round(best.maxRssMb)} MB`,
      );
    }
  }
  console.log('check with the policy and style rules (npm run check): first run, then with its caches');
  for (const size of SIZES) {
    const dir = contentRoot('check', size, CHECK_SHAPE);
    const cache = mkdtempSync(join(tmpdir(), 'statusmark-bench-cache-'));
    const [cold, warm] = [0, 1].map(
      () =>
        JSON.parse(execFileSync(process.execPath, [self, '--measure-full', dir, cache], { encoding: 'utf8' })) as {
          ms: number;
          maxRssMb: number;
        },
    );
    console.log(
      `  ${String(size).padStart(6)} incidents: ${seconds(cold!.ms)} cold, ${seconds(warm!.ms)} warm, peak memory ${Math.round(cold!.maxRssMb)} MB`,
    );
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

function benchBuild(): void {
  console.log('build: astro build (npm run build), one run per size');
  // Outputs are removed only when every size is measured: ext4 skips recently freed inodes when
  // it allocates new ones, so writing 20,000 files right after deleting 20,000 is several seconds
  // slower than on a fresh machine (CI's case), and would measure the file system, not the build.
  const outputs: string[] = [];
  for (const size of SIZES) {
    const root = contentRoot('build', size, BUILD_SHAPE);
    const out = mkdtempSync(join(tmpdir(), 'statusmark-bench-dist-'));
    outputs.push(out);
    process.stderr.write(`building ${size} incidents…\n`);
    const run = JSON.parse(
      execFileSync(process.execPath, [new URL('./bench/build-once.ts', import.meta.url).pathname, out], {
        encoding: 'utf8',
        env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
      })
        .trim()
        .split('\n')
        .pop()!,
    ) as { ms: number; mainThreadMs: number; maxRssMb: number };
    const all = files(out);
    const pages = all.filter((f) => f.endsWith('.html')).length;
    const bytes = all.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    const gz = (f: string) => gzipSync(readFileSync(join(out, f))).length;
    const incident = all.find((f) => f.startsWith('incidents/') && f.endsWith('index.html'))!;
    console.log(
      `  ${String(size).padStart(6)} incidents: ${seconds(run.ms)} (main thread ${seconds(run.mainThreadMs)} of CPU), ` +
        `${pages.toLocaleString('en')} pages (${Math.round(pages / (run.ms / 1000))}/s), ` +
        `peak memory ${Math.round(run.maxRssMb)} MB, output ${(bytes / 1024 / 1024).toFixed(1)} MB in ${all.length.toLocaleString('en')} files; ` +
        `${describeHome(homePageFigures(out))}, an incident page ${kb(gz(incident))} gzipped`,
    );
  }
  for (const out of outputs) rmSync(out, { recursive: true, force: true });
}

/** The demo's home page: the build bench's sizes give the busy ones. */
function benchHome(): void {
  console.log("home: the bundled demo's home page (npm run build)");
  const out = mkdtempSync(join(tmpdir(), 'statusmark-bench-dist-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, STATUS_NOW: NOW.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.STATUS_DIR; // the repository's own content
    execFileSync(process.execPath, [new URL('./bench/build-once.ts', import.meta.url).pathname, out], { env });
    console.log(`    demo: ${describeHome(homePageFigures(out))}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function benchIncrementalBuilds(): void {
  console.log(`incremental: a full build, then the rebuild after one changed incident (${RUNS} pairs per size)`);
  for (const size of SIZES) benchIncremental(contentRoot('build', size, BUILD_SHAPE), size, NOW, RUNS);
}

/** The deploy workflow's install: this repository's production dependencies, in a copy of its package files. */
function benchInstall(): void {
  console.log("install: the deploy workflow's `npm ci --omit=dev`");
  const folder = mkdtempSync(join(tmpdir(), 'statusmark-bench-install-'));
  try {
    for (const file of ['package.json', 'package-lock.json'])
      writeFileSync(join(folder, file), readFileSync(new URL(`../${file}`, import.meta.url)));
    const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' };
    execFileSync('npm', ['ci', '--omit=dev'], { cwd: folder, env, stdio: 'ignore' });
    const kbytes = Number(execFileSync('du', ['-sk', 'node_modules'], { cwd: folder, encoding: 'utf8' }).split('\t')[0]);
    const packages =
      execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: folder, env, encoding: 'utf8' }).trim().split('\n').length -
      1;
    console.log(`  installed size ${(kbytes / 1024).toFixed(1)} MB (du of node_modules), ${packages} packages (npm ls --omit=dev --all)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function benchFuzz(): void {
  const names = Object.keys(FUZZ_CORPUS);
  console.log(`fuzz corpus: check and render of ${names.length} inputs as large as the content limits allow (CPU time, one process)`);
  checkAndRender(incidentFile(['Warming up: *some* [text](https://x.example).'])); // compile the pipeline first
  const runs = names.map((name) => {
    const { check, render } = checkAndRender(FUZZ_CORPUS[name]!());
    return { name, check, render };
  });
  const slowest = (key: 'check' | 'render') => runs.reduce((a, b) => (b[key] > a[key] ? b : a));
  const ms = (n: number) => `${Math.round(n)} ms`;
  const check = slowest('check');
  const render = slowest('render');
  const both = runs.reduce((a, b) => (b.check + b.render > a.check + a.render ? b : a));
  console.log(`  slowest input: "${both.name}", ${ms(both.check + both.render)} (check ${ms(both.check)}, render ${ms(both.render)})`);
  console.log(`  slowest check: "${check.name}", ${ms(check.check)}; slowest render: "${render.name}", ${ms(render.render)}`);
  console.log(
    `  all ${runs.length} inputs: ${seconds(runs.reduce((sum, r) => sum + r.check + r.render, 0))}; the median input ${ms(runs.map((r) => r.check + r.render).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!)}`,
  );
}

function benchPackage(): void {
  console.log("package: a team's repository made by `npx <tarball> init`, then `npm install <tarball>`");
  const folder = mkdtempSync(join(tmpdir(), 'statusmark-bench-package-'));
  try {
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const tarball = packPackage(folder, env);
    const project = initTeamProject(folder, 'team', tarball, env);
    const figures = installedFigures(project, env);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `  tarball ${kb(statSync(tarball).size)}; installed size ${mb(figures.bytes)} (du of node_modules), ${figures.packages} packages (npm ls --omit=dev --all)`,
    );
    console.log(`  largest: ${figures.biggest.map((p) => `${p.name} ${mb(p.bytes)}`).join(', ')}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function benchPrecision(): void {
  const report = measurePrecision();
  console.log(`precision: the style rules on ${corpusSentence(report)} (labelled by hand; precision / recall)`);
  for (const s of report.sources) console.log(`  ${s.organisation} (${s.repository}): ${s.items} items`);
  for (const [rule, figures] of Object.entries(report.rules)) {
    console.log(`  ${rule.padEnd(20)} ${figuresCell(figures)}`);
    for (const w of figures.wrong)
      console.log(`    ${w.expected ? 'missed' : 'wrong '} ${w.id}${w.found.length ? `: ${w.found.join(', ')}` : ''}`);
  }
  const policy = measurePolicyPrecision();
  console.log(`precision: the policy rules on ${incidentCorpusSentence(policy)} (labelled by hand; precision / recall)`);
  console.log(
    `  ${policy.timed} incidents have a time for every update; Statusmark rejects ${policy.rejected.length} files whose own times contradict each other`,
  );
  const replays = Object.entries(REPLAY_MINUTES).map(([rule, m]) => `${rule} ${m} min after each incident's first update`);
  console.log(`  now: ${FIXED_NOW.toISOString()}, except ${replays.join(', ')}`);
  for (const [rule, figures] of Object.entries(policy.rules)) {
    console.log(`  ${rule.padEnd(26)} ${policyFiguresCell(figures)}`);
    for (const w of figures.wrong)
      console.log(`    ${w.expected ? 'missed' : 'wrong '} ${w.id}${w.found.length ? `: ${w.found.join(' / ')}` : ''}`);
  }
  const s = policy.sections;
  console.log(`  policy-report-sections by section: ${s.right} of ${s.named} named missing were, ${s.missed} missing not named`);
}

if (process.argv[2] === '--measure') {
  measure(process.argv[3]!, process.argv[4]);
} else if (process.argv[2] === '--measure-full') {
  measureFull(process.argv[3]!, process.argv[4]!);
} else {
  console.log(`Statusmark bench (node ${process.version})`);
  const part = (name: string) => ONLY === undefined || ONLY === name;
  if (part('check')) benchCheck();
  if (part('build')) benchBuild();
  if (part('home')) benchHome();
  if (part('embed')) console.log(describeEmbedScript(await embedScriptFigures()));
  if (part('incremental')) benchIncrementalBuilds();
  if (part('install')) benchInstall();
  if (part('fuzz')) benchFuzz();
  if (part('package')) benchPackage();
  if (part('precision')) benchPrecision();
}
