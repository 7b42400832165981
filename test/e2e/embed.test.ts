import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/browser.ts';
import { bannerItems, embedSites, openApp, settle } from '../helpers/embed-sites.ts';
import { OUTAGE_ID } from '../helpers/outage-fixture.ts';
import { WINDOW_ID, WINDOW_TITLE } from '../helpers/window-fixture.ts';

/**
 * `/embed.js` in a team's own app: the sample app on one 127.0.0.1 origin includes the script from
 * a built status site on another, which answers with GitHub Pages' CORS header. Both sites are
 * built at 17:10 UTC on 10 November with maintenance from 18:00 to 19:00 UTC ahead; one also has
 * an outage open. The reader's clock (page.clock) decides what of the maintenance shows.
 */
const sites = embedSites();
const at = (time: string) => `2026-11-10T${time}:00Z`;
const OUTAGE = 'REST API and dashboard unavailable Partial outage · Identified';
const MAINTENANCE = `${WINDOW_TITLE} Maintenance · In progress`;

describe('the embed banner on another origin’s page', () => {
  it.each([
    ['17:30', [OUTAGE]],
    ['18:30', [OUTAGE, MAINTENANCE]],
    ['19:30', [OUTAGE]],
  ])('during an outage, at %s UTC by the reader’s clock, shows %j', async (time, shown) => {
    const { page, errors, close } = await openApp(sites.browser, sites.app({ script: sites.outage }), at(time));
    expect(await bannerItems(page)).toEqual(shown);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['17:30', 'before the maintenance, all operational', []],
    ['18:30', 'during the maintenance', [MAINTENANCE]],
    ['19:30', 'after the maintenance has ended', []],
  ])('on a calm site at %s UTC (%s) shows %j', async (time, _when, shown) => {
    const { page, errors, close } = await openApp(sites.browser, sites.app({ script: sites.calm }), at(time));
    expect(await bannerItems(page)).toEqual(shown);
    expect(errors).toEqual([]);
    await close();
  });

  it('links each item to its page on the status site, and keeps HTML in a title as text', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage }), at('18:30'));
    const links = page.locator('statusmark-banner a');
    expect(await links.evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent]))).toEqual([
      [`https://status.test.example/incidents/${OUTAGE_ID}/`, 'REST API and dashboard unavailable'],
      [`https://status.test.example/incidents/${WINDOW_ID}/`, WINDOW_TITLE],
    ]);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('statusmark-banner')!.shadowRoot!;
      return { scripts: root.querySelectorAll('script').length, pwned: '__pwned' in window };
    });
    expect(inside).toEqual({ scripts: 0, pwned: false });
    await close();
  });

  it('shows a maintenance when the reader’s clock reaches its start and hides it at its end, on an open page', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.calm }), at('17:58'));
    expect(await bannerItems(page)).toEqual([]);
    await page.clock.runFor('03:00');
    expect(await bannerItems(page)).toEqual([MAINTENANCE]);
    await page.clock.runFor('01:00:00');
    await settle(page);
    expect(await bannerItems(page)).toEqual([]);
    await close();
  });

  it('shows an incident opened while the page is open, at its next look five minutes on', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.calm }), at('17:30'));
    expect(await bannerItems(page)).toEqual([]);
    // The calm site is deployed again, now with the outage open: its embed.json becomes the outage site's.
    const deployed = sites.outage.replace(/embed\.js$/, 'embed.json');
    await page.route(sites.calm.replace(/embed\.js$/, 'embed.json'), async (route) =>
      route.fulfill({ response: await route.fetch({ url: deployed }) }),
    );
    await page.clock.runFor('04:00');
    expect(await bannerItems(page)).toEqual([]);
    await page.clock.runFor('01:00');
    await settle(page);
    expect(await bannerItems(page)).toEqual([OUTAGE]);
    await close();
  });

  it('announces politely: the items are in a status region, and focus stays where the reader had it', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage }), at('17:30'));
    const region = page.getByRole('region', { name: 'Service status' });
    await expect.poll(() => region.getByRole('status').innerText()).toContain('REST API and dashboard unavailable');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await close();
  });

  it('is axe clean inside its shadow root, in the light and the dark theme and on a phone', async () => {
    for (const options of [
      { colorScheme: 'light' },
      { colorScheme: 'dark' },
      { viewport: { width: 360, height: 740 }, isMobile: true },
    ] as const) {
      const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage }), at('18:30'), options);
      expect(await bannerItems(page)).toHaveLength(2);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });

  it('hides for the rest of the page’s life when dismissed, and comes back when what is open changes', async () => {
    const { page, close } = await openApp(sites.browser, sites.app({ script: sites.outage }), at('17:55'));
    expect(await bannerItems(page)).toEqual([OUTAGE]);
    await page.getByRole('button', { name: 'Dismiss service status' }).click();
    expect(await bannerItems(page)).toEqual([]);
    await page.clock.runFor('02:00');
    expect(await bannerItems(page)).toEqual([]);
    // 18:00: the maintenance begins, which the reader has not dismissed.
    await page.clock.runFor('04:00');
    expect(await bannerItems(page)).toEqual([OUTAGE, MAINTENANCE]);
    await close();
  });

  it('uses no cookies and no storage, sends none, and asks nothing of any origin but the status site', async () => {
    const app = sites.app({ script: sites.outage });
    const { page, requests, close } = await openApp(sites.browser, app, at('17:30'));
    const status = new URL(sites.outage).origin;
    expect(new Set(requests.map((r) => new URL(r).origin))).toEqual(new Set([new URL(app).origin, status]));
    expect(requests.filter((r) => r.startsWith(status)).map((r) => new URL(r).pathname)).toEqual([
      '/status/embed.js',
      '/status/embed.json',
    ]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    // A cookie the app has on the same host (127.0.0.1, whatever the port) is not sent to the status site.
    await page.context().addCookies([{ name: 'session', value: 'secret', domain: '127.0.0.1', path: '/' }]);
    const asked = page.waitForEvent('request', (r) => r.url().endsWith('/embed.json'));
    const appAsked = page.waitForEvent('request', (r) => r.url() === app);
    await page.reload();
    expect((await (await appAsked).allHeaders()).cookie).toBe('session=secret');
    expect((await (await asked).allHeaders()).cookie).toBeUndefined();
    await close();
  });
});
