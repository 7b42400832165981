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
  it('tells a day with an incident on hover, with a link to it', async () => {
    const { page, close } = await open(PAGES.home);
    const day = page.locator('ol.bar').nth(1).locator('li', { hasText: 'Dashboard outage' });
    await day.hover();
    const tip = day.locator('.tip');
    const box = await tip.boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await tip.textContent()).toMatch(/^Nov 17, 2026: \d+\.\d\d% uptime, Dashboard outage$/);
    await tip.locator('a').click();
    await page.waitForURL(/incidents\/2026-11-17-dashboard-outage\/$/);
    await close();
  });

  it('colours a day by its worst status (and says it in words too)', async () => {
    const { page, close } = await open(PAGES.home);
    const bar = page.locator('ol.bar').nth(1);
    const colour = (sel: string) =>
      bar
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const ok = await colour('.d.l-ok');
    expect(await colour('.d.l-critical')).not.toBe(ok);
    expect(
      await page
        .locator('ol.bar')
        .nth(2)
        .locator('.d.l-maintenance')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).not.toBe(ok);
    await close();
  });

  it('tells a quiet day on tap', async () => {
    const { page, close } = await open(PAGES.home, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const day = page.locator('ol.bar').first().locator('li[tabindex="-1"]').nth(5);
    await day.tap();
    const box = await day.locator('.tip').boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await day.locator('.tip').textContent()).toMatch(/uptime, no incidents$/);
    await close();
  });
});
