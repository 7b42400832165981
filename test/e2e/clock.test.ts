import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serve } from '../../scripts/lib/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { makeOutageFixture, OUTAGE_ID, OUTAGE_NOW } from '../helpers/outage-fixture.ts';

/**
 * The page script must print times on the site's clock, in the reader's zone. The reader here is
 * in Los Angeles with an American English browser, whose own habit is a 12-hour clock with a
 * leading zero ("09:30 AM"): 17:30 UTC is 9:30 AM PST there.
 */
const READER = { locale: 'en-US', timezoneId: 'America/Los_Angeles' } as const;

let browser: Browser;
const sites: Record<'24h' | '12h', { url: string; close: () => Promise<void> }> = {} as never;

beforeAll(async () => {
  sites['24h'] = await serve(buildSite(makeOutageFixture(), OUTAGE_NOW).dir, '/');
  sites['12h'] = await serve(buildSite(makeOutageFixture('time_format: 12h\n'), OUTAGE_NOW).dir, '/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site?.close();
});

async function open(clock: '24h' | '12h', path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(READER);
  const page = await context.newPage();
  await page.goto(sites[clock].url + path, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

/** The "Next update" time on the home page, then every update's time on the incident page. */
async function shownTimes(clock: '24h' | '12h'): Promise<{ next: string; nextTitle: string | null; timeline: string[]; all: string[] }> {
  const home = await open(clock, '');
  const next = home.page.locator('dt:text-is("Next update") + dd time');
  const shown = { next: (await next.textContent()) ?? '', nextTitle: await next.getAttribute('title') };
  await home.close();
  const incident = await open(clock, `incidents/${OUTAGE_ID}/`);
  const timeline = await incident.page.locator('ol.timeline > li > h3 > time').allTextContents();
  const all = await incident.page.locator('time[data-f="datetime"], time[data-f="time"]').allTextContents();
  await incident.close();
  return { ...shown, timeline, all };
}

describe("times in the reader's browser", () => {
  it("stay on a 24-hour clock by default, whatever the browser's locale prefers", async () => {
    const shown = await shownTimes('24h');
    expect(shown.next).toBe('09:30 PST');
    // The UTC text the page was served with stays on hover.
    expect(shown.nextTitle).toBe('17:30 UTC');
    expect(shown.timeline).toEqual(['Nov 10, 2026, 09:02 PST', 'Nov 10, 2026, 08:41 PST', 'Nov 10, 2026, 08:20 PST']);
    expect(shown.all.length).toBeGreaterThan(3);
    for (const t of shown.all) expect(t).toMatch(/(?:^|, )(?:[01]\d|2[0-3]):[0-5]\d PST$/);
  });

  it('follow `time_format: 12h` without a leading zero', async () => {
    const shown = await shownTimes('12h');
    expect(shown.next).toBe('9:30 AM PST');
    expect(shown.nextTitle).toBe('5:30 PM UTC');
    expect(shown.timeline).toEqual(['Nov 10, 2026, 9:02 AM PST', 'Nov 10, 2026, 8:41 AM PST', 'Nov 10, 2026, 8:20 AM PST']);
    expect(shown.all.length).toBeGreaterThan(3);
    for (const t of shown.all) expect(t).toMatch(/(?:^|, )(?:[1-9]|1[0-2]):[0-5]\d [AP]M PST$/);
  });
});
