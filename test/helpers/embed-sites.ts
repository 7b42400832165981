import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serve } from '../../scripts/lib/browser.ts';
import { serveSampleApp, type SampleAppPage } from '../../scripts/lib/sample-app.ts';
import { buildSite } from './build.ts';
import { makeWindowAndOutageFixture, makeWindowFixture, WINDOW_NOW } from './window-fixture.ts';

/** GitHub Pages' answer to every request, which lets another origin's script read the JSON. */
export const PAGES_HEADERS = { 'Access-Control-Allow-Origin': '*' };

/** A status site that serves embed.js but whose embed.json fails in one of the ways a real host does. */
export type Failure = 'refused' | 'error-page' | 'hangs' | 'not-json';

export interface EmbedSites {
  browser: Browser;
  /** embed.js of the site built at 17:10 UTC with the outage open and the 18:00–19:00 maintenance ahead. */
  outage: string;
  /** embed.js of the site built then with only the maintenance ahead: all operational at the build. */
  calm: string;
  failing: Record<Failure, string>;
  /** A page of the sample app, on an origin of its own. */
  app: (page: SampleAppPage) => string;
}

function failingServer(script: string): Promise<{ server: Server; urls: Record<Failure, string> }> {
  const server = createServer((req, res) => {
    const [, failure, file] = (req.url ?? '').split('/');
    if (file === 'embed.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript', ...PAGES_HEADERS }).end(script);
    if (failure === 'refused') return void req.socket.destroy();
    if (failure === 'error-page') return void res.writeHead(503, { 'Content-Type': 'text/html', ...PAGES_HEADERS }).end('<h1>503</h1>');
    if (failure === 'not-json')
      return void res.writeHead(200, { 'Content-Type': 'text/html', ...PAGES_HEADERS }).end('<!doctype html><p>Hi');
    // 'hangs': headers and then nothing, until the server closes.
    res.writeHead(200, { 'Content-Type': 'application/json', ...PAGES_HEADERS }).write('{"lang":"en","items":[');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const url = (f: Failure) => `http://127.0.0.1:${port}/${f}/embed.js`;
      resolve({
        server,
        urls: { refused: url('refused'), 'error-page': url('error-page'), hangs: url('hangs'), 'not-json': url('not-json') },
      });
    }),
  );
}

/** Builds both sites, serves them under /status/ with GitHub Pages' CORS header, starts the sample app and Chromium; all stop after the file. */
export function embedSites(): EmbedSites {
  const sites = {} as EmbedSites;
  const stops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const outage = buildSite(makeWindowAndOutageFixture(), WINDOW_NOW);
    const calm = buildSite(makeWindowFixture(), WINDOW_NOW);
    for (const [name, built] of [
      ['outage', outage],
      ['calm', calm],
    ] as const) {
      const served = await serve(built.dir, '/status/', PAGES_HEADERS);
      stops.push(served.close);
      sites[name] = `${served.url}embed.js`;
    }
    const failing = await failingServer(readFileSync(join(calm.dir, 'embed.js'), 'utf8'));
    stops.push(
      () =>
        new Promise((resolve) => {
          failing.server.closeAllConnections();
          failing.server.close(() => resolve());
        }),
    );
    sites.failing = failing.urls;
    const app = await serveSampleApp();
    stops.push(app.close);
    sites.app = app.add;
    sites.browser = await launchChromium();
  });
  afterAll(async () => {
    await sites.browser?.close();
    for (const stop of stops) await stop();
  });
  return sites;
}

export interface OpenedApp {
  page: Page;
  /** Uncaught exceptions, and console messages other than the browser's own line about a failed request. */
  errors: string[];
  /** Every address the page asked for. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Opens an app page at the reader's time `now` (page.clock) and returns once the banner has had
 * the headers of embed.json's answer (or the request failed) and drawn what it says.
 */
export async function openApp(browser: Browser, url: string, now: string, options: BrowserContextOptions = {}): Promise<OpenedApp> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(now) });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (!m.text().startsWith('Failed to load resource')) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  // The answer's headers: a body that never ends is the banner's to give up on (its timeout), not the test's.
  const answered = page.waitForEvent('response', (r) => r.url().endsWith('/embed.json')).catch(() => undefined);
  const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/embed.json')).catch(() => undefined);
  await page.goto(url, { waitUntil: 'load' });
  if (await page.evaluate(() => document.querySelector('script[src]') !== null)) await Promise.race([answered, failed]);
  await settle(page);
  return { page, errors, requests, close: () => context.close() };
}

/** Lets the page run what an answer set off (reading the body, drawing), in real time: the page's clock is fake. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(250);
}

/** What the banner shows a reader: each item's visible text, [] when it shows nothing. */
export async function bannerItems(page: Page): Promise<string[]> {
  const items = page.locator('statusmark-banner li').filter({ visible: true });
  return (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}
