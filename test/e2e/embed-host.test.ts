import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bannerItems, embedSites, openApp, type Failure } from '../helpers/embed-sites.ts';

/**
 * `/embed.js` and the page it lives in: the host page's styles stay out of the banner and the
 * banner's out of the page, whatever the page does; it takes its place, theme and direction from
 * the tag and the page; and a status site that is down, broken or slow costs the page nothing.
 */
const sites = embedSites();
const DURING_OUTAGE = '2026-11-10T17:30:00Z';

const HOSTILE_CSS = `body * { display: none !important; }
div, section, ul, li, a, span, button { color: rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important; font-size: 40px !important; }
statusmark-banner { visibility: hidden !important; opacity: 0 !important; position: absolute !important; left: -9999px !important; }
html { font-size: 4px; color: rgb(255, 0, 0); }`;

/** Where each of the app's own elements stands. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *:not(statusmark-banner)')].map((e) => e.getBoundingClientRect().toJSON() as object),
  );

const style = (selector: string, property: string) =>
  `(() => { const root = document.querySelector('statusmark-banner').shadowRoot; return getComputedStyle(root.querySelector('${selector}')).${property}; })()`;

describe('the embed banner and its host page', () => {
  it('shows unharmed on a page whose CSS hides, recolours and enlarges everything', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage, css: HOSTILE_CSS }), DURING_OUTAGE);
    expect(await bannerItems(page)).toEqual(['REST API and dashboard unavailable Partial outage · Identified']);
    const link = page.locator('statusmark-banner a');
    expect(await link.isVisible()).toBe(true);
    expect(await page.evaluate(style('a', 'color'))).toBe('rgb(5, 80, 174)');
    expect(await page.evaluate(style('section', 'backgroundColor'))).toBe('rgb(255, 255, 255)');
    // The reader's default size (medium, 16 px), not the page's 40 px nor its 4 px root.
    expect(await page.evaluate(style('a', 'fontSize'))).toBe('16px');
    await close();
  });

  it('keeps its own styles to itself: the page’s links and lists look as they did', async () => {
    const app = sites.app({ script: sites.outage });
    const { page, close } = await openApp(sites.browser, app, DURING_OUTAGE);
    expect(await bannerItems(page)).toHaveLength(1);
    const before = await openApp(sites.browser, sites.app({}), DURING_OUTAGE);
    const looks = (p: typeof page) =>
      p.evaluate(() => {
        const a = getComputedStyle(document.querySelector('a.title')!);
        const li = getComputedStyle(document.querySelector('.cards li')!);
        return [a.color, a.fontWeight, li.borderInlineStartWidth, li.paddingInlineStart];
      });
    expect(await looks(page)).toEqual(await looks(before.page));
    await before.close();
    await close();
  });

  it.each([
    ['bottom', {}],
    ['top', { position: 'top' }],
  ])('sits at the %s of the window, over the page, which does not move', async (edge, data) => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage, data }), DURING_OUTAGE, {
      viewport: { width: 800, height: 600 },
    });
    const box = (await page.locator('statusmark-banner section').boundingBox())!;
    expect(edge === 'top' ? box.y : 600 - (box.y + box.height)).toBe(12);
    const without = await openApp(sites.browser, sites.app({}), DURING_OUTAGE, { viewport: { width: 800, height: 600 } });
    expect(await layout(page)).toEqual(await layout(without.page));
    await without.close();
    await close();
  });

  it('renders inline in the element data-target names, in the page’s flow', async () => {
    const { page, close } = await openApp(
      sites.browser,
      sites.app({ script: sites.outage, data: { target: '#status-slot' } }),
      DURING_OUTAGE,
    );
    expect(await bannerItems(page)).toHaveLength(1);
    expect(await page.evaluate(() => document.querySelector('#status-slot > statusmark-banner') !== null)).toBe(true);
    expect(await page.evaluate(style('section', 'position'))).toBe('static');
    await close();
  });

  it.each([
    ['auto, for a reader who prefers dark', {}, 'dark', 'rgb(22, 27, 34)'],
    ['auto, for a reader who prefers light', {}, 'light', 'rgb(255, 255, 255)'],
    ['dark, whatever the reader prefers', { theme: 'dark' }, 'light', 'rgb(22, 27, 34)'],
    ['light, whatever the reader prefers', { theme: 'light' }, 'dark', 'rgb(255, 255, 255)'],
  ] as const)('takes the theme %s', async (_name, data, colorScheme, background) => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage, data }), DURING_OUTAGE, { colorScheme });
    expect(await page.evaluate(style('section', 'backgroundColor'))).toBe(background);
    await close();
  });

  it('follows a right-to-left page: the dismiss button on the left, the title in its own direction', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage, dir: 'rtl', lang: 'ar' }), DURING_OUTAGE);
    expect(await page.evaluate(style('section', 'direction'))).toBe('rtl');
    const button = (await page.locator('statusmark-banner button').boundingBox())!;
    const link = (await page.locator('statusmark-banner a').boundingBox())!;
    expect(button.x).toBeLessThan(link.x);
    // The texts are the status site's: they say which language they are in.
    expect(await page.locator('statusmark-banner section').getAttribute('lang')).toBe('en');
    await close();
  });

  it('runs under a strict Content-Security-Policy: no eval, no inline style, no other origin', async () => {
    const status = new URL(sites.outage).origin;
    const csp = `default-src 'none'; script-src ${status}; connect-src ${status}; style-src 'self'`;
    const { page, errors, close } = await openApp(
      sites.browser,
      sites.app({ script: sites.outage, headers: { 'Content-Security-Policy': csp } }),
      DURING_OUTAGE,
    );
    expect(await bannerItems(page)).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['refused', 'error-page', 'not-json', 'hangs'] satisfies Failure[])(
    'stays silent when embed.json is %s: no banner, no error, no shift',
    async (failure) => {
      const { page, errors, close } = await openApp(sites.browser, sites.app({ script: sites.failing[failure] }), DURING_OUTAGE);
      // Past the banner's timeout, and past its next try.
      await page.clock.runFor('10:00');
      expect(await bannerItems(page)).toEqual([]);
      expect(await page.evaluate(() => document.querySelector('statusmark-banner')!.getBoundingClientRect().height)).toBe(0);
      const without = await openApp(sites.browser, sites.app({}), DURING_OUTAGE);
      expect(await layout(page)).toEqual(await layout(without.page));
      await without.close();
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('gives up on an answer that never ends at its timeout (8 s) and asks again 5 minutes after the first try', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.failing.hangs }), DURING_OUTAGE);
    const tries: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('/embed.json') && tries.push(r.url())));
    const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/embed.json'));
    await page.clock.runFor(8_000);
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');
    await page.clock.runFor('05:00');
    expect(tries).toHaveLength(1);
    await close();
  });
});
