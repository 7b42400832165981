import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serve } from '../../scripts/lib/browser.ts';
import { buildSite, type BuildOptions } from './build.ts';

/** A built site served on 127.0.0.1 and a Chromium to read it with, for one test file. */
export interface BrowserSite {
  browser: Browser;
  /** The site's address, its base path included. */
  url: string;
}

/**
 * Builds the content root `makeRoot` makes at `now` (with `options`, e.g. another Astro config), serves
 * it under `base` and starts Chromium before the file's tests; both stop after them. The fields are
 * set once the tests run.
 */
export function browserSite(makeRoot: () => string, now: string, base = '/status/', options: BuildOptions = {}): BrowserSite {
  const site = {} as BrowserSite;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const served = await serve(buildSite(makeRoot(), now, undefined, options).dir, base);
    stop = served.close;
    site.url = served.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await stop?.();
  });
  return site;
}
