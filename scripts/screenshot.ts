#!/usr/bin/env node
/**
 * `npm run screenshot`: PNG screenshots of the demo for the README, in light, dark and on a phone,
 * and of its `/embed.js` banner on a page of the sample app (scripts/lib/sample-app.ts), another origin.
 * The demo is all green today, so the pictures show it during its 10 November outage: the content
 * root is copied without the incidents that came later, and built with STATUS_NOW in the outage.
 * `STATUS_NOW=… npm run screenshot` pictures another moment of the demo's history.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'statusmark-shot-'));
  cpSync('status.config.yaml', join(root, 'status.config.yaml'));
  for (const file of listIncidentFiles('.')) {
    const day = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '';
    if (day > NOW.slice(0, 10)) continue;
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), asOf(readFileSync(file, 'utf8'), new Date(NOW)));
  }
  const dist = join(root, 'dist');
  step(`building the demo as of ${NOW}…`);
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // With GitHub Pages' CORS header, which the banner on the app's origin needs to read embed.json.
  const site = await serve(dist, '/', { 'Access-Control-Allow-Origin': '*' });
  const app = await serveSampleApp();
  const browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  const shots = [
    { file: 'screenshot-light.png', colorScheme: 'light', viewport: { width: 1000, height: 1300 } },
    { file: 'screenshot-dark.png', colorScheme: 'dark', viewport: { width: 1000, height: 1300 } },
    { file: 'screenshot-phone.png', colorScheme: 'light', viewport: { width: 360, height: 780 }, isMobile: true, deviceScaleFactor: 2 },
    { file: 'screenshot-subscribe.png', path: 'subscribe/', colorScheme: 'light', viewport: { width: 1000, height: 1500 } },
  ] as const;
  try {
    for (const shot of shots) {
      const { file, path = '', ...options } = shot as (typeof shots)[number] & { path?: string };
      const context = await browser.newContext({ ...options, locale: 'en-GB', timezoneId: 'Europe/London' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(NOW));
      await page.goto(site.url + path, { waitUntil: 'load' });
      await page.screenshot({ path: join(OUT, file) });
      await context.close();
      step(`wrote docs/${file}`);
    }
    const context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 900, height: 420 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
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
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
