import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, type OpenOptions } from '../../scripts/lib/browser.ts';
import { browserSite, type BrowserSite } from '../helpers/browser-site.ts';
import { OUTAGE_NOW, makeOutageFixture } from '../helpers/outage-fixture.ts';
import { WINDOW_ID, WINDOW_NOW, makeWindowFixture } from '../helpers/window-fixture.ts';

/**
 * The pages that list incidents (a component's page, the history) and a team's own incident card,
 * read at different times of the reader's clock, as time-true.test.ts reads the home page. The window
 * site is built at 17:10 UTC on 10 November with maintenance on email delivery from 18:00 to 19:00 UTC.
 */
const windowSite = browserSite(makeWindowFixture, WINDOW_NOW, '/');
const bareCardSite = browserSite(makeOutageFixture, OUTAGE_NOW, '/', { config: 'test/helpers/bare-card.config.mjs' });

const at = (time: string) => `2026-11-10T${time}:00Z`;

async function read(site: BrowserSite, path: string, options: OpenOptions) {
  const opened = await openPage(site.browser, site.url + path, options);
  const visible = async (selector: string) =>
    (await opened.page.locator(selector).filter({ visible: true }).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  return { ...opened, visible };
}

const STATES = [
  { time: '17:30', status: 'Operational', pill: 'Scheduled' },
  { time: '18:30', status: 'Under maintenance', pill: 'In progress' },
  { time: '19:30', status: 'Operational', pill: 'Completed' },
] as const;

describe('a component’s page, read before, during and after a maintenance window', () => {
  it.each(STATES)('at $time UTC says $status, the maintenance $pill, axe clean', async ({ time, status, pill }) => {
    const { page, errors, visible, close } = await read(windowSite, 'components/email/', { now: at(time) });
    expect(await visible('p:has-text("Current status") .pill')).toEqual([status]);
    expect(await visible('ul.ilist li .pill')).toEqual([pill]);
    expect(await visible('ul.ilist li .muted')).toEqual(['Maintenance, Nov 10, 2026, 18:00 UTC to 19:00 UTC · Email delivery']);
    expect(await visible('[data-asof]')).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('moves on by itself while the page stays open', async () => {
    const { page, visible, close } = await read(windowSite, 'components/email/', { now: at('17:59') });
    expect(await visible('p:has-text("Current status") .pill')).toEqual(['Operational']);
    await page.clock.runFor('02:00');
    expect(await visible('p:has-text("Current status") .pill')).toEqual(['Under maintenance']);
    expect(await visible('ul.ilist li .pill')).toEqual(['In progress']);
    await close();
  });

  it('without JavaScript says what held at the build, and as of when', async () => {
    const { visible, close } = await read(windowSite, 'components/email/', { now: at('18:30'), javaScriptEnabled: false });
    expect(await visible('p:has-text("Current status")')).toEqual(['Current status: Operational (as of 17:10 UTC)']);
    expect(await visible('ul.ilist li .pill')).toEqual(['Scheduled']);
    expect(await visible('[data-asof]')).toEqual(['(as of 17:10 UTC)', '(as of 17:10 UTC)']);
    await close();
  });

  it('a component the maintenance does not touch stays as built, with no "as of" and no states to come', async () => {
    const { page, visible, close } = await read(windowSite, 'components/api/', { now: at('18:30'), javaScriptEnabled: false });
    expect(await visible('p:has-text("Current status")')).toEqual(['Current status: Operational']);
    expect(await page.locator('template[data-from]').count()).toBe(0);
    await close();
  });
});

describe('the history, read before, during and after a maintenance window', () => {
  it.each(STATES)('at $time UTC lists the maintenance as $pill, axe clean', async ({ time, pill }) => {
    const { page, errors, visible, close } = await read(windowSite, 'history/', { now: at(time) });
    expect(await visible('ul.ilist li .pill')).toEqual([pill]);
    expect(await visible(`ul.ilist li a[href$="/incidents/${WINDOW_ID}/"]`)).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('without JavaScript says as of when', async () => {
    const { visible, close } = await read(windowSite, 'history/', { now: at('18:30'), javaScriptEnabled: false });
    expect(await visible('ul.ilist li .pill')).toEqual(['Scheduled']);
    expect(await visible('main > p')).toEqual(['Every incident and scheduled maintenance, newest first. (as of 17:10 UTC)']);
    await close();
  });
});

describe('a team’s own IncidentCard, with nothing about time in it', () => {
  const late = 'The next update is late; the last update was 52 minutes ago.';

  it('the page still calls the next update late once its time has passed, beside the team’s card, axe clean', async () => {
    for (const [time, shown] of [
      ['17:20', []],
      ['17:54', [late]],
    ] as const) {
      const { page, visible, close } = await read(bareCardSite, '', { now: at(time) });
      expect(await visible('article.acme-bare h3')).toEqual(['REST API and dashboard unavailable']);
      expect(await visible('.late')).toEqual(shown);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });

  it('without JavaScript the section says as of when; the notice stays hidden, as the update was not late at the build', async () => {
    const { visible, close } = await read(bareCardSite, '', { now: at('17:54'), javaScriptEnabled: false });
    expect(await visible('main h2')).toEqual(['Open incidents (as of 17:10 UTC)', 'Components (as of 17:10 UTC)', 'Past 14 days']);
    // Not late at 17:10, when it was built: a page without JavaScript cannot know.
    expect(await visible('.late')).toEqual([]);
    await close();
  });
});
