import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, type OpenOptions } from '../../scripts/lib/browser.ts';
import { browserSite } from '../helpers/browser-site.ts';
import { OUTAGE_ID, OUTAGE_NOW, makeOutageFixture } from '../helpers/outage-fixture.ts';
import { WINDOW_ID, WINDOW_NOW, WINDOW_TITLE, makeWindowAndOutageFixture, makeWindowFixture } from '../helpers/window-fixture.ts';

/**
 * One built page, read at different times of the reader's clock: the page must show the state that
 * holds then, as the build worked it out, whatever the scheduler did about rebuilding it.
 * The window site is built at 17:10 UTC with maintenance from 18:00 to 19:00 UTC on email delivery;
 * the outage site at 17:10 UTC with an open outage whose latest update (17:02) promised the next by 17:30.
 */
const windowSite = browserSite(makeWindowFixture, WINDOW_NOW, '/');
const outageSite = browserSite(makeOutageFixture, OUTAGE_NOW, '/');
const bothSite = browserSite(makeWindowAndOutageFixture, WINDOW_NOW, '/');

const at = (time: string) => `2026-11-10T${time}:00Z`;

async function read(site: typeof windowSite, path: string, options: OpenOptions) {
  const opened = await openPage(site.browser, site.url + path, options);
  const { page } = opened;
  // What a reader sees: the text of the visible elements, without what is hidden inside them.
  const visible = async (selector: string) =>
    (await page.locator(selector).filter({ visible: true }).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  return { ...opened, visible };
}

describe('maintenance in the reader’s browser, read before, during and after its window', () => {
  const states = [
    { time: '17:30', banner: 'All systems operational', email: 'Operational', heading: 'Upcoming maintenance', pill: 'Scheduled' },
    { time: '18:30', banner: 'Under maintenance', email: 'Under maintenance', heading: 'Maintenance in progress', pill: 'In progress' },
    { time: '19:30', banner: 'All systems operational', email: 'Operational', heading: undefined, pill: undefined },
  ] as const;

  it.each(states)('at $time UTC the home page shows the state of that time, axe clean', async ({ time, banner, email, heading, pill }) => {
    const { page, errors, visible, close } = await read(windowSite, '', { now: at(time) });
    expect(await visible('h1.banner')).toEqual([banner]);
    expect(await visible('li:has(a[href$="/components/email/"]) .pill')).toEqual([email]);
    expect(await visible('main h2')).toEqual([...(heading ? [heading] : []), 'Components', 'Past 14 days']);
    expect(await visible('article.card .pill')).toEqual(pill ? [pill] : []);
    // With JavaScript, the page keeps itself current: no "as of" beside what it says.
    expect(await visible('[data-asof]')).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each([
    ['17:30', 'Scheduled'],
    ['18:30', 'In progress'],
    ['19:30', 'Completed'],
  ])('at %s UTC the maintenance page says %s', async (time, status) => {
    const { page, visible, close } = await read(windowSite, `incidents/${WINDOW_ID}/`, { now: at(time) });
    expect((await visible('main .pill'))[0]).toBe(status);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('moves on by itself while the page stays open, every minute', async () => {
    const { page, visible, close } = await read(windowSite, '', { now: at('17:58') });
    expect(await visible('h1.banner')).toEqual(['All systems operational']);
    await page.clock.runFor('03:00');
    expect(await visible('h1.banner')).toEqual(['Under maintenance']);
    expect(await visible('article.card .pill')).toEqual(['In progress']);
    await page.clock.runFor('01:00:00');
    expect(await visible('h1.banner')).toEqual(['All systems operational']);
    expect(await visible('article.card')).toEqual([]);
    await close();
  });

  it('catches up at once when the reader comes back to the tab', async () => {
    const { page, visible, close } = await read(windowSite, '', { now: at('17:30') });
    // A tab in the background may run no timer for an hour; setSystemTime moves the clock without firing them.
    await page.clock.setSystemTime(new Date(at('18:30')));
    expect(await visible('h1.banner')).toEqual(['All systems operational']);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(await visible('h1.banner')).toEqual(['Under maintenance']);
    await close();
  });

  it('runs no script from the content: a title with </script> is text, before and after the window opens', async () => {
    for (const time of ['17:30', '18:30']) {
      const { page, errors, close } = await read(windowSite, '', { now: at(time) });
      expect(await page.locator('article.card h3').textContent()).toBe(WINDOW_TITLE);
      expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('says nothing about staleness while the page is fresh, and says it may be out of date once it is not', async () => {
    const notice = async (time: string) => {
      const { page, visible, close } = await read(windowSite, '', { now: time });
      const shown = await visible('[role="status"]');
      if (shown.length) expect(await axeViolations(page)).toEqual([]);
      await close();
      return shown;
    };
    // Nothing open at the build: a day. In the window something is: 30 minutes after the build, 17:40.
    expect(await notice(at('17:30'))).toEqual([]);
    expect(await notice(at('18:30'))).toEqual(['Last updated 17:10 UTC (1 hour ago). This page may be out of date.']);
    expect(await notice(at('19:30'))).toEqual([]);
    expect(await notice('2026-11-11T17:30:00Z')).toEqual(['Last updated 17:10 UTC (yesterday). This page may be out of date.']);
    expect(await notice('2026-11-21T17:30:00Z')).toEqual(['Last updated 17:10 UTC (11 days ago). This page may be out of date.']);
  });

  it('without JavaScript says what held at the build, and as of when', async () => {
    const { visible, close } = await read(windowSite, '', { now: at('18:30'), javaScriptEnabled: false });
    expect(await visible('h1.banner')).toEqual(['All systems operational']);
    expect(await visible('article.card .pill')).toEqual(['Scheduled']);
    expect(await visible('[data-asof]')).toEqual(['(as of 17:10 UTC)', '(as of 17:10 UTC)']);
    expect(await visible('[role="status"]')).toEqual([]);
    await close();
  });
});

describe('a promised update, read before and after its time', () => {
  const late = 'The next update is late; the last update was 52 minutes ago.';

  it('is not called late before 17:30 UTC', async () => {
    for (const path of ['', `incidents/${OUTAGE_ID}/`]) {
      const { page, visible, close } = await read(outageSite, path, { now: at('17:20') });
      expect(await visible('.late')).toEqual([]);
      expect(await visible('[role="status"]')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });

  it('is called late, calmly, once 17:30 UTC has passed; and the page built at 17:10 says it may be out of date', async () => {
    for (const path of ['', `incidents/${OUTAGE_ID}/`]) {
      const { page, visible, close } = await read(outageSite, path, { now: at('17:54') });
      expect(await visible('.late')).toEqual([late]);
      expect(await visible('[role="status"]')).toEqual(['Last updated 17:10 UTC (44 minutes ago). This page may be out of date.']);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });

  it('keeps "ago" and "so far" current while the page stays open', async () => {
    const { page, visible, close } = await read(outageSite, `incidents/${OUTAGE_ID}/`, { now: at('17:20') });
    expect(await visible('time[data-f="since"]')).toEqual(['1 h 8 min']);
    await page.clock.runFor('34:00');
    expect(await visible('time[data-f="since"]')).toEqual(['1 h 42 min']);
    expect(await visible('.late')).toEqual([late]);
    await close();
  });
});

describe('an open incident beside a maintenance window', () => {
  it('keeps its card, as built, while the maintenance moves on; and calls its update late in time', async () => {
    const { page, visible, close } = await read(bothSite, '', { now: at('18:30') });
    expect(await visible('main h2')).toEqual(['Open incidents', 'Maintenance in progress', 'Components', 'Past 14 days']);
    expect(await visible('article.card h3')).toEqual(['REST API and dashboard unavailable', WINDOW_TITLE]);
    expect(await visible('article.card .pill')).toEqual(['Identified', 'In progress']);
    expect(await visible('h1.banner')).toEqual(['Partial outage']);
    expect(await visible('li:has(a[href$="/components/email/"]) .pill')).toEqual(['Under maintenance']);
    expect(await visible('li:has(a[href$="/components/api/"]) .pill')).toEqual(['Partial outage']);
    expect(await visible('.late')).toEqual(['The next update is late; the last update was 1 hour ago.']);
    expect(await visible('article.card time[data-f="datetime"]')).toEqual([
      'Nov 10, 2026, 16:12 UTC',
      'Nov 10, 2026, 17:02 UTC',
      'Nov 10, 2026, 18:00 UTC',
      'Nov 8, 2026, 09:00 UTC',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
