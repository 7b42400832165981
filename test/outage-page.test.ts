import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { makeOutageFixture, OUTAGE_ID, OUTAGE_NOW } from './helpers/outage-fixture.ts';

/** A time as a page prints it without JavaScript on a 12-hour clock: no leading zero, UTC. */
const TWELVE_HOUR = /^(?:[A-Z][a-z]{2} \d{1,2}, \d{4}, )?(?:[1-9]|1[0-2]):[0-5]\d [AP]M UTC$/;

describe("the README screenshot's outage, built with `time_format: 12h`", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(makeOutageFixture('time_format: 12h\n'), OUTAGE_NOW);
  });

  it('says in its banner what the components say', () => {
    const $ = site.html('index.html');
    const banner = $('main h1').first();
    expect(banner.text().trim()).toBe('Partial outage');
    expect(banner.attr('data-indicator')).toBe('major');
    const rows = $('.components > li')
      .toArray()
      .map((li) => [$(li).find('a.name').text(), $(li).find('.crow .pill').text()]);
    expect(rows).toEqual([
      ['REST API', 'Partial outage'],
      ['Dashboard', 'Partial outage'],
      ['Email delivery', 'Operational'],
    ]);
    // The API's clients read the same status as the page's readers.
    expect(JSON.parse(site.text('api/v2/status.json')).status).toEqual({ indicator: 'major', description: 'Partial outage' });
    expect(JSON.parse(site.text('api/v2/incidents/unresolved.json')).incidents.map((i: { impact: string }) => i.impact)).toEqual([
      'critical',
    ]);
  });

  it('gives the next update by the time the latest update promised, on the home and incident pages', () => {
    const home = site.html('index.html');
    const card = home('#open-incidents').parent().find('article');
    expect(card.find('.prose').text()).toContain('Next update by 17:30 UTC.');
    for (const $ of [home, site.html(`incidents/${OUTAGE_ID}/index.html`)]) {
      const next = $('dt')
        .filter((_, dt) => $(dt).text() === 'Next update')
        .next('dd');
      expect(next.text()).toBe('by 5:30 PM UTC');
      expect(next.find('time').attr('datetime')).toBe('2026-11-10T17:30:00.000Z');
    }
  });

  it('prints every time on the 12-hour clock, without a leading zero, and tells the page script so', () => {
    for (const path of ['index.html', `incidents/${OUTAGE_ID}/index.html`, 'history/index.html']) {
      const $ = site.html(path);
      expect($('html').attr('data-time-format'), path).toBe('12h');
      const times = $('time[data-f="datetime"], time[data-f="time"]')
        .toArray()
        .map((t) => $(t).text());
      expect(times.length, path).toBeGreaterThan(0);
      for (const t of times) expect(t, path).toMatch(TWELVE_HOUR);
    }
    const $ = site.html(`incidents/${OUTAGE_ID}/index.html`);
    expect(
      $('ol.timeline > li > h3 > time')
        .toArray()
        .map((t) => $(t).text()),
    ).toEqual(['Nov 10, 2026, 5:02 PM UTC', 'Nov 10, 2026, 4:41 PM UTC', 'Nov 10, 2026, 4:20 PM UTC']);
  });
});
