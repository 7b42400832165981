import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import sirv from 'sirv';

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Serves a built site on 127.0.0.1 under `base` (like GitHub Pages under /repo/), with 404.html for
 * misses, and `headers` on every answer (GitHub Pages sends `Access-Control-Allow-Origin: *`).
 */
export async function serve(
  dir: string,
  base: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      files(req, res, () => {
        res.end('404');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions the page has had so far. */
  errors: string[];
  close: () => Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /**
   * The reader's clock, which then runs on from there (Playwright's `page.clock`): a page says what
   * holds at the reader's time, so a test that reads a page as of its build sets its build's time.
   */
  now?: string | Date;
}

/** Opens `url` in a fresh context (en-US, UTC unless `options` say otherwise), collecting the page's errors. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const { now, ...contextOptions } = options;
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', ...contextOptions });
  const page = await context.newPage();
  if (now !== undefined) await page.clock.install({ time: new Date(now) });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** WCAG 2.2 A and AA and axe's best practices: the rules every page of the site is held to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page as it is now; one line per violation, naming up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
  }
  const violations = await page.evaluate(async (values) => {
    const { axe } = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    return (await axe.run(document, { runOnly: { type: 'tag', values } })).violations;
  }, AXE_TAGS);
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
