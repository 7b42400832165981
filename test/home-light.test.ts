import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { BUSY_COMPONENTS, BUSY_DAYS, BUSY_NOW, BUSY_PER_DAY, makeBusyFixture } from './helpers/busy-fixture.ts';

// The home page's budget at any history size (issue 13): what a phone on a bad network can take.
const MAX_ELEMENTS = 1000;
const MAX_GZIPPED = 15 * 1024;

describe('the home page of a busy history (20 components, an incident every day on each, 4 a day)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(makeBusyFixture(), BUSY_NOW);
  }, 120_000);

  it(`has at most ${MAX_ELEMENTS} elements and ${MAX_GZIPPED / 1024} KB gzipped`, () => {
    const $ = site.html('index.html');
    expect($('*').length).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(gzipSync(readFileSync(join(site.dir, 'index.html'))).length).toBeLessThanOrEqual(MAX_GZIPPED);
  });

  it("draws each component's 90 days as one link to its component page's day-by-day uptime", () => {
    const $ = site.html('index.html');
    const strips = $('a.strip');
    expect(strips).toHaveLength(BUSY_COMPONENTS);
    expect($('ol.bar')).toHaveLength(0);
    const first = strips.first();
    expect(first.attr('href')).toBe('/components/service-00/#uptime');
    expect(first.text()).toMatch(/^Service number 1: \d+\.\d\d% uptime over the last 90 days, 90 days with incidents: uptime day by day$/);
    // A colour stop per day: neighbouring days differ, so none are merged.
    expect(first.attr('style')!.match(/var\(--[yjc]\)/g)).toHaveLength(BUSY_DAYS);
  });

  it('keeps every day of every component reachable without JavaScript on the component page', () => {
    const $ = site.html('components/service-07/index.html');
    expect($('h2#uptime').text()).toMatch(/^Uptime over 90 days: \d+\.\d\d%$/);
    const days = $('ol.bar > li');
    expect(days).toHaveLength(BUSY_DAYS);
    for (const li of days.toArray()) {
      expect($(li).find('.tip').text()).toMatch(
        /^\w{3} \d{1,2}, 2026: \d+\.\d\d% uptime, Elevated error rates on a group of services, number 4 of the day$/,
      );
      expect($(li).find('a').attr('href')).toMatch(/^\/incidents\/2026-\d\d-\d\d-busy-3\/$/);
    }
    expect($('section[aria-labelledby="days"] > div[id^="day-"]')).toHaveLength(BUSY_DAYS);
  });

  it('lists three incidents of a busy day and links the history page that has the others', () => {
    const $ = site.html('index.html');
    const days = $('ol.days > li');
    expect(days).toHaveLength(14);
    for (const day of days.toArray()) {
      expect($(day).find('.ilist > li')).toHaveLength(3);
      const more = $(day).find('p > a');
      expect(more.text()).toMatch(/^1 more incident on \w{3} \d{1,2}, 2026, in the history$/);
      const [path, anchor] = more.attr('href')!.split('#');
      const history = site.html(`${path!.slice(1)}index.html`);
      expect(history(`#${anchor}`)).toHaveLength(1);
      const shown = $(day)
        .find('.ilist > li > a')
        .toArray()
        .map((a) => $(a).attr('href'));
      const hidden = Array.from(
        { length: BUSY_PER_DAY },
        (_, j) => `/incidents/${$(day).find('time').attr('datetime')!.slice(0, 10)}-busy-${j}/`,
      ).filter((href) => !shown.includes(href));
      expect(hidden).toHaveLength(1);
      expect(history(`a[href="${hidden[0]}"]`)).toHaveLength(1);
    }
  });
});
