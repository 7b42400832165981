#!/usr/bin/env node
/**
 * `npm run screenshot`: PNG screenshots of the demo for the README, in light, dark and on a phone,
 * and of its `/embed.js` banner on a page of the sample app (scripts/lib/sample-app.ts), another origin.
 * The demo is all green today, so the pictures show it during its 10 November outage: the content
 * root is copied without the incidents that came later, and built with STATUS_NOW in the outage.
 * `STATUS_NOW=… npm run screenshot` pictures another moment of the demo's history.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../src/core/content/frontmatter-split.ts';
import { scanBody } from '../src/core/content/incident-body.ts';
import { nowFromEnv } from '../src/core/shared/env.ts';
import { listIncidentFiles } from '../src/core/content/load.ts';
import { UPDATE_SEPARATOR } from '../src/core/content/update-headings.ts';
import { parseTime } from '../src/core/shared/time.ts';
import { launchChromium, serve } from './lib/browser.ts';
import { serveSampleApp } from './lib/sample-app.ts';

/** The moment the README's pictures show; the README names it, and a test holds the two together. */
export const SCREENSHOT_NOW = '2026-11-10T17:10:00Z';
const NOW = nowFromEnv({ STATUS_NOW: process.env.STATUS_NOW || SCREENSHOT_NOW }).toISOString();
const OUT = resolve('docs');

/** The file as it stood at `now`: without later updates and without the report written afterwards. */
function asOf(text: string, now: Date): string {
  const { body: content } = splitFrontmatter(text);
  const head = text.slice(0, text.length - content.length);
  const lines = content.split('\n');
  const body = scanBody(content, 1);
  const keep = new Set(lines.map((_, i) => i));
  const blocks = [...body.headings, ...(body.report ? [body.report] : [])].sort((a, b) => a.line - b.line);
  blocks.forEach((block, k) => {
    const time = parseTime(block.text.split(UPDATE_SEPARATOR)[0] ?? '');
    const later = block === body.report || !time.ok || time.date > now;
    const end = (blocks[k + 1]?.line ?? lines.length + 1) - 1;
    if (later) for (let l = block.line; l <= end; l++) keep.delete(l - 1);
  });
  return head + lines.filter((_, i) => keep.has(i)).join('\n');
}

function step(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** The demo's config with its `locale` set to `locale`, the rest as written. */
function configIn(locale: string): string {
  const config = parseDocument(readFileSync('status.config.yaml', 'utf8'));
  config.set('locale', locale);
  return config.toString();
}

/** The demo as it stood at NOW, built in `locale` into `root`/`dist-<locale>`. */
function buildDemo(root: string, locale: string): string {
  const dist = join(root, `dist-${locale}`);
  writeFileSync(join(root, 'status.config.yaml'), configIn(locale));
  step(`building the demo in ${locale} as of ${NOW}…`);
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dist;
}

interface Shot {
  file: string;
  path?: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  isMobile?: boolean;
  deviceScaleFactor?: number;
}

const SHOTS: Shot[] = [
  { file: 'screenshot-light.png', colorScheme: 'light', viewport: { width: 1000, height: 1300 } },
  { file: 'screenshot-dark.png', colorScheme: 'dark', viewport: { width: 1000, height: 1300 } },
  { file: 'screenshot-phone.png', colorScheme: 'light', viewport: { width: 360, height: 780 }, isMobile: true, deviceScaleFactor: 2 },
  { file: 'screenshot-subscribe.png', path: 'subscribe/', colorScheme: 'light', viewport: { width: 1000, height: 1500 } },
];

/** The README's "Languages" pictures: one right-to-left and one CJK page, each read by a reader of that language. */
const LOCALE_SHOTS: (Shot & { locale: string; timezoneId: string })[] = [
  { locale: 'ar', timezoneId: 'Asia/Dubai', file: 'screenshot-ar.png', colorScheme: 'light', viewport: { width: 1000, height: 1300 } },
  { locale: 'ja', timezoneId: 'Asia/Tokyo', file: 'screenshot-ja.png', colorScheme: 'light', viewport: { width: 1000, height: 1300 } },
];

async function shoot(browser: Browser, url: string, shot: Shot, reader: { locale: string; timezoneId: string }): Promise<void> {
  const { file, path = '', ...options } = shot;
  const context = await browser.newContext({ ...options, ...reader });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(url + path, { waitUntil: 'load' });
  await page.screenshot({ path: join(OUT, file) });
  await context.close();
  step(`wrote docs/${file}`);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'statusmark-shot-'));
  for (const file of listIncidentFiles('.')) {
    const day = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '';
    if (day > NOW.slice(0, 10)) continue;
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), asOf(readFileSync(file, 'utf8'), new Date(NOW)));
  }
  const dists = LOCALE_SHOTS.map((shot) => buildDemo(root, shot.locale));
  const dist = buildDemo(root, 'en');
  const sites = await Promise.all(dists.map((d) => serve(d, '/')));
  // With GitHub Pages' CORS header, which the banner on the app's origin needs to read embed.json.
  const site = await serve(dist, '/', { 'Access-Control-Allow-Origin': '*' });
  const app = await serveSampleApp();
  const browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  const london = { locale: 'en-GB', timezoneId: 'Europe/London' };
  try {
    for (const shot of SHOTS) await shoot(browser, site.url, shot, london);
    for (const [n, { locale, timezoneId, ...shot }] of LOCALE_SHOTS.entries())
      await shoot(browser, sites[n]!.url, shot, { locale, timezoneId });
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 900, height: 420 }, ...london });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(app.add({ script: `${site.url}embed.js` }), { waitUntil: 'load' });
    await page.locator('statusmark-banner li').first().waitFor();
    await page.screenshot({ path: join(OUT, 'screenshot-embed.png') });
    await context.close();
    step('wrote docs/screenshot-embed.png');
  } finally {
    await browser.close();
    await app.close();
    await site.close();
    await Promise.all(sites.map((s) => s.close()));
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
