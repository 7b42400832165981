import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSite } from '../helpers/browser-site.ts';
import { makeSiteFixture, SITE_NOW } from '../helpers/site-fixture.ts';
import { axeViolations, openPage } from '../../scripts/lib/browser.ts';

const PAGES = {
  home: '',
  incident: 'incidents/2026-11-20-api-errors/',
  'incident with report': 'incidents/2026-11-17-dashboard-outage/',
  maintenance: 'incidents/2026-11-22-dashboard-upgrade/',
  history: 'history/',
  'history page 2': 'history/2/',
  reports: 'reports/',
  component: 'components/dashboard/',
  subscribe: 'subscribe/',
  'not found': 'no-such-page/',
} as const;

const site = browserSite(makeSiteFixture, SITE_NOW);

const open = (path: string, options: BrowserContextOptions = {}) => openPage(site.browser, site.url + path, options);

describe.each(Object.entries(PAGES))('%s page', (_name, path) => {
  it('has no console errors and no axe violations, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, close } = await open(path, { colorScheme });
      expect(errors, colorScheme).toEqual([]);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await close();
    }
  });

  it('works without JavaScript', async () => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    const times = await page.locator('time[data-f="datetime"]').allTextContents();
    for (const t of times) expect(t).toMatch(/UTC$/);
    await close();
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const { page, close } = await open(path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await close();
  });
});

describe('local time', () => {
  it("shows times in the reader's zone and locale when JavaScript runs", async () => {
    const { page, close } = await open(PAGES['incident with report'], { timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const first = page.locator('ol.timeline time').first();
    expect(await first.getAttribute('datetime')).toBe('2026-11-17T11:00:00.000Z');
    const text = await first.textContent();
    expect(text).toContain('12:00');
    expect(text).toMatch(/CET|GMT\+1/);
    // The UTC text stays available on hover.
    expect(await first.getAttribute('title')).toBe('Nov 17, 2026, 11:00 UTC');
    await close();
  });

  it("rewrites relative phrases against the reader's clock", async () => {
    const { page, close } = await open(PAGES.home, { timezoneId: 'Asia/Tokyo' });
    const ago = page.locator('time[data-f="ago"]').first();
    const served = await (await fetch(site.url)).text();
    expect(served).toContain('40 minutes ago');
    // The reader's clock is far past the fixture's "now", so the phrase is recomputed.
    expect(await ago.textContent()).not.toBe('40 minutes ago');
    expect(await ago.textContent()).toMatch(/ago$/);
    await close();
  });
});

describe('search', () => {
  it('finds incidents and reports by their words on the reports page', async () => {
    const { page, errors, close } = await open(PAGES.reports);
    await page.locator('#search-q').fill('certificate');
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Dashboard outage');
    expect(await first.getAttribute('href')).toBe('/status/incidents/2026-11-17-dashboard-outage/');
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/certificate/i);
    expect(await page.locator('#search-status').textContent()).toBe('1 result');
    expect(errors).toEqual([]);
    await close();
  });

  it('is hidden without JavaScript, where the list is the archive', async () => {
    const { page, close } = await open(PAGES.reports, { javaScriptEnabled: false });
    expect(await page.locator('#search').isVisible()).toBe(false);
    expect(await page.locator('main .ilist > li').count()).toBe(1);
    await close();
  });
});

describe('uptime bar', () => {
  it("draws the home page's light bar day by day in colour", async () => {
    const { page, close } = await open(PAGES.home);
    const strip = page.locator('a.strip').nth(1);
    // Sample the middle of day 87 of 90 (the outage, Nov 17) and of day 80 (a quiet day).
    const shot = await strip.screenshot();
    await close();
    const { page: pixels, close: closePixels } = await open('');
    const [outage, quiet] = await pixels.evaluate(
      async ({ png, at }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const y = Math.floor(bitmap.height / 2);
        return at.map((f) => Array.from(context.getImageData(Math.floor(f * bitmap.width), y, 1, 1).data.slice(0, 3)));
      },
      { png: shot.toString('base64'), at: [86.5 / 90, 79.5 / 90] },
    );
    await closePixels();
    expect(outage).toEqual([0xd1, 0x24, 0x2f]);
    expect(quiet).toEqual([0x2d, 0xa4, 0x4e]);
  });

  it("takes a keyboard user from the home page's bar to the component page's day-by-day uptime", async () => {
    const { page, close } = await open(PAGES.home);
    // Screen readers hear the component, its uptime and its days with incidents, and where the link leads.
    const strip = page.getByRole('link', {
      name: /^Dashboard: \d+\.\d\d% uptime over the last 90 days, 1 day with incidents: uptime day by day$/,
    });
    await strip.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/components\/dashboard\/#uptime$/);
    expect(await page.locator('ol.bar > li').count()).toBe(90);
    await close();
  });

  it('tells a day with an incident on hover on the component page, with a link to it', async () => {
    const { page, close } = await open(PAGES.component);
    const day = page.locator('ol.bar > li', { hasText: 'Dashboard outage' });
    await day.hover();
    const tip = day.locator('.tip');
    const box = await tip.boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await tip.textContent()).toMatch(/^Nov 17, 2026: \d+\.\d\d% uptime, Dashboard outage$/);
    await tip.locator('a').click();
    await page.waitForURL(/incidents\/2026-11-17-dashboard-outage\/$/);
    await close();
  });

  it('colours a day by its worst status on the component page (and says it in words too)', async () => {
    const { page, close } = await open(PAGES.component);
    const bar = page.locator('ol.bar');
    const colour = (sel: string) =>
      bar
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const ok = await colour('.d.l-ok');
    expect(await colour('.d.l-critical')).not.toBe(ok);
    await close();
    const email = await open('components/email/');
    const maintenance = await email.page
      .locator('ol.bar .d.l-maintenance')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(maintenance).not.toBe(ok);
    await email.close();
  });

  it('tells a quiet day on tap on the component page', async () => {
    const { page, close } = await open(PAGES.component, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const day = page.locator('ol.bar li[tabindex="-1"]').nth(5);
    await day.tap();
    const box = await day.locator('.tip').boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await day.locator('.tip').textContent()).toMatch(/uptime, no incidents$/);
    await close();
  });
});
