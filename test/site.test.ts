import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

const BASE = '/status/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
}

describe('the built site (fixture with an open incident, maintenance and a base path)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(makeSiteFixture(), SITE_NOW);
  });

  it('builds every page type', () => {
    const files = htmlFiles(site.dir);
    for (const page of [
      'index.html',
      '404.html',
      'history/index.html',
      'history/2/index.html',
      'reports/index.html',
      'components/api/index.html',
      'components/email/index.html',
      'components/email/2/index.html',
      'incidents/2026-11-20-api-errors/index.html',
      'incidents/2026-11-22-dashboard-upgrade/index.html',
    ]) {
      expect(files).toContain(page);
    }
  });

  describe('home page', () => {
    it('leads with the overall status in words', () => {
      const $ = site.html('index.html');
      const banner = $('main h1').first();
      expect(banner.text().trim()).toBe('Partial outage');
      expect(banner.attr('data-indicator')).toBe('major');
      expect(banner.find('svg').attr('aria-hidden')).toBe('true');
    });

    it('shows the open incident with status, impact, workaround, ETA and the next update time', () => {
      const $ = site.html('index.html');
      // The first: the page as it stands at the build (the <template>s after it hold the states to come).
      const card = $('#open-incidents').first().parent().find('article');
      expect(card).toHaveLength(1);
      const text = card.text().replace(/\s+/g, ' ');
      expect(card.find('h3').text()).toBe('Elevated error rates on the <REST> API & "more"');
      expect(text).toContain('Identified');
      expect(text).toContain('Major impact');
      expect(text).toContain('REST API (partial outage)');
      expect(text).toContain('Workaround Retry failed requests; most succeed on the <second> try.');
      expect(text).toContain('Expected fix Nov 20, 2026, 16:00 UTC');
      // Latest update 14:05 + the 30-minute policy interval.
      expect(text).toContain('Next update by 14:35 UTC');
      expect(text).toContain('Some requests fail. We found the cause and are fixing it.');
      expect(card.find('time[data-f="ago"]').first().text()).toBe('40 minutes ago');
    });

    it('shows maintenance in progress and upcoming maintenance in their own sections', () => {
      const $ = site.html('index.html');
      // The first of each: the page as it stands at the build (the <template>s after it hold the states to come).
      expect($('#active-maintenance').first().parent().find('article h3').text()).toBe('Email provider switch');
      expect($('#upcoming-maintenance').first().parent().find('article h3').text()).toBe('Dashboard upgrade');
      expect($('#upcoming-maintenance').first().parent().text()).toContain('Nov 22, 2026, 02:00 UTC to 03:00 UTC');
    });

    it('shows every component with its current status, grouped', () => {
      const $ = site.html('index.html');
      const rows = $('.components > li')
        .toArray()
        .map((li) => [$(li).find('a.name').text(), $(li).find('.crow .pill').text()]);
      expect(rows).toEqual([
        ['REST API', 'Partial outage'],
        ['Dashboard', 'Operational'],
        ['Email delivery', 'Under maintenance'],
      ]);
      expect($('.group > h3').first().text()).toContain('Platform');
    });

    it("has a light 90-day uptime bar per component, coloured day by day, that links to the component page's days", () => {
      const $ = site.html('index.html');
      expect($('ol.bar')).toHaveLength(0);
      const bars = $('a.strip');
      expect(bars).toHaveLength(3);
      const dashboard = bars.eq(1);
      expect(dashboard.attr('href')).toBe(`${BASE}components/dashboard/#uptime`);
      expect(dashboard.children()).toHaveLength(1);
      expect(dashboard.text()).toMatch(/^Dashboard: \d+\.\d\d% uptime over the last 90 days, 1 day with incidents: uptime day by day$/);
      // Nov 17 is day 87 of 90 (Aug 23 – Nov 20): ok for 86 days, critical for one, then ok.
      expect(dashboard.attr('style')).toBe('--n:90;--days:linear-gradient(90deg,var(--o) 0 95.56%,var(--c) 0 96.67%,var(--o) 0 100%)');
    });

    it('keeps the full day-by-day bar, with tooltips and links, on the component page', () => {
      const $ = site.html('components/dashboard/index.html');
      const bar = $('ol.bar');
      expect(bar).toHaveLength(1);
      expect(bar.children('li')).toHaveLength(90);
      const outageDay = bar
        .children('li')
        .toArray()
        .find((li) => $(li).text().includes('Nov 17, 2026'))!;
      expect($(outageDay).text()).toBe('Nov 17, 2026: 95.83% uptime, Dashboard outage');
      expect($(outageDay).find('a').attr('href')).toBe(`${BASE}incidents/2026-11-17-dashboard-outage/`);
      expect($(outageDay).find('span.d').hasClass('l-critical')).toBe(true);
      expect(bar.attr('aria-label')).toMatch(/^Dashboard: \d+\.\d\d% uptime over the last 90 days$/);
      expect(bar.prev('h2').attr('id')).toBe('uptime');
    });

    it('lists the last 14 days, saying so on quiet days', () => {
      const $ = site.html('index.html');
      const days = $('ol.days > li');
      expect(days).toHaveLength(14);
      expect(days.eq(0).find('h3').text()).toBe('Nov 20, 2026');
      expect(days.eq(0).text()).toContain('Elevated error rates');
      expect(days.eq(1).text()).toContain('No incidents reported.');
      expect(days.eq(3).text()).toContain('Dashboard outage');
    });

    it('puts the banner and the open incidents in the first 14 KB of HTML', () => {
      const html = site.text('index.html');
      const end = html.indexOf('id="active-maintenance"');
      expect(end).toBeGreaterThan(0);
      expect(Buffer.byteLength(html.slice(0, end))).toBeLessThan(14 * 1024);
    });

    it('uses the configured accent colour, links and support contact', () => {
      const $ = site.html('index.html');
      expect($('head style').text()).toContain('@media (prefers-color-scheme: light){:root{--accent:#6a1b9a}}');
      expect($('nav a[href="https://acme.example"]').text()).toBe('Acme home');
      expect($('footer a[href="mailto:help@acme.example"]')).toHaveLength(1);
    });
  });

  describe('incident page', () => {
    it('shows status, impact, times and the timeline newest first with permalinks', () => {
      const $ = site.html('incidents/2026-11-17-dashboard-outage/index.html');
      expect($('main h1').text()).toBe('Dashboard outage');
      const facts = $('dl.facts').text().replace(/\s+/g, ' ');
      expect(facts).toContain('Started Nov 17, 2026, 10:00 UTC');
      expect(facts).toContain('Resolved Nov 17, 2026, 11:00 UTC');
      expect(facts).toContain('Duration 1 h');
      const updates = $('ol.timeline > li');
      expect(updates.toArray().map((li) => $(li).attr('id'))).toEqual(['update-2026-11-17-11-00', 'update-2026-11-17-10-00']);
      expect(updates.eq(0).find('a.perma').attr('href')).toBe('#update-2026-11-17-11-00');
      expect(
        updates
          .eq(1)
          .find('.changes li')
          .toArray()
          .map((li) => $(li).text()),
      ).toEqual(
        ['API: operational → degraded performance', 'Dashboard: operational → major outage'].map((t) => t.replace('API', 'REST API')),
      );
    });

    it('includes the post-incident report', () => {
      const $ = site.html('incidents/2026-11-17-dashboard-outage/index.html');
      expect($('#report').text()).toBe('Post-incident report');
      expect($('section.report').text()).toContain('a certificate expired');
      expect($('section.report h3#report-summary')).toHaveLength(1);
    });

    it('shows what is affected for an open incident, without a "now" that repeats its status', () => {
      const $ = site.html('incidents/2026-11-20-api-errors/index.html');
      const affected = $('#affected').next('ul').text().replace(/\s+/g, ' ');
      expect(affected).toContain('REST API: partial outage');
      expect(affected).not.toContain(', now');
      expect($('dl.facts').text().replace(/\s+/g, ' ')).toContain('Resolved Not yet');
    });
  });

  describe('history, reports and component pages', () => {
    it('paginates the history newest first, grouped by month', () => {
      const first = site.html('history/index.html');
      expect(first('main section h2').first().text()).toBe('November 2026');
      // Not the lists in the <template>s of the states to come (maintenance ahead).
      expect(first('main section .ilist > li')).toHaveLength(25);
      expect(first('a[rel="next"]').attr('href')).toBe(`${BASE}history/2/`);
      const second = site.html('history/2/index.html');
      expect(second('.ilist > li')).toHaveLength(34 - 25);
      expect(second('a[rel="prev"]').attr('href')).toBe(`${BASE}history/`);
    });

    it('lists reports with their summary', () => {
      const $ = site.html('reports/index.html');
      const items = $('main .ilist > li');
      expect(items).toHaveLength(1);
      expect(items.find('a').attr('href')).toBe(`${BASE}incidents/2026-11-17-dashboard-outage/#report`);
      expect(items.find('p').text()).toBe('The dashboard was down for one hour because a certificate expired.');
    });

    it("paginates a component's incidents like the history, with the status and uptime on page 1 only", () => {
      const first = site.html('components/email/index.html');
      // It lists maintenance ahead, so without JavaScript it says as of when.
      expect(first('#all').text()).toBe('Incidents and maintenance (31) (as of 14:30 UTC)');
      expect(first('#all').parent().find('.ilist > li')).toHaveLength(25);
      expect(first('a[rel="next"]').attr('href')).toBe(`${BASE}components/email/2/`);
      const second = site.html('components/email/2/index.html');
      expect(second('main h1').text()).toBe('Email delivery · page 2 of 2');
      expect(second('#all').parent().find('.ilist > li')).toHaveLength(6);
      expect(second('ol.bar')).toHaveLength(0);
      expect(second('a[rel="prev"]').attr('href')).toBe(`${BASE}components/email/`);
    });

    it('gives each component its status, uptime and incidents', () => {
      const $ = site.html('components/dashboard/index.html');
      expect($('main h1').text()).toBe('Dashboard');
      expect($('main').text()).toContain('Current status: Operational');
      expect($('main h2').first().text()).toMatch(/^Uptime over 90 days: 99\.\d\d%$/);
      const titles = $('#all')
        .parent()
        .find('.ilist a')
        .toArray()
        .map((a) => $(a).text());
      expect(titles).toEqual(['Dashboard upgrade', 'Dashboard outage']);
      // Every day with incidents is listed, for readers who cannot use the bar's tooltips.
      expect($('#day-2026-11-17 h3').text()).toMatch(/^Nov 17, 2026: 95\.83% uptime$/);
      expect($('#day-2026-11-17 a').attr('href')).toBe(`${BASE}incidents/2026-11-17-dashboard-outage/`);
      expect($('link[rel="alternate"][href="/status/components/dashboard/history.rss"]')).toHaveLength(1);
    });
  });

  it('has a full-text search index of every incident page', () => {
    const entry = JSON.parse(site.text('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(34);
    const $ = site.html('reports/index.html');
    expect($('form#search').attr('hidden')).toBeDefined();
    expect($('form#search').attr('data-bundle')).toBe(`${BASE}pagefind/`);
  });

  it('is byte-for-byte the same when built again from the same content and STATUS_NOW', () => {
    const again = buildSite(makeSiteFixture(), SITE_NOW);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    expect(files(again.dir)).toEqual(files(site.dir));
    for (const f of files(site.dir)) expect(readFileSync(join(again.dir, f)).equals(readFileSync(join(site.dir, f))), f).toBe(true);
  });

  describe('every page', () => {
    it('links the feeds, honours the base path, and every internal link resolves', () => {
      for (const file of htmlFiles(site.dir)) {
        const $ = load(readFileSync(join(site.dir, file), 'utf8'));
        const alternates = $('link[rel="alternate"]')
          .toArray()
          .map((l) => $(l).attr('href'));
        expect(alternates, file).toEqual(expect.arrayContaining([`${BASE}history.rss`, `${BASE}history.atom`, `${BASE}feed.json`]));
        for (const el of $('a[href], link[href], img[src]').toArray()) {
          const url = $(el).attr('href') ?? $(el).attr('src')!;
          if (/^(https?:|mailto:|tel:|webcal:|#)/.test(url)) continue;
          expect(url.startsWith(BASE), `${file}: ${url}`).toBe(true);
          const path = decodeURIComponent(url.slice(BASE.length).split('#')[0]!);
          if (/\.(rss|atom|json|ics|svg)$/.test(path) && !path.endsWith('favicon.svg')) continue; // machine outputs: their own tests
          const target = join(site.dir, path);
          const exists =
            path === '' || path.endsWith('/')
              ? statSync(join(target, 'index.html'), { throwIfNoEntry: false })
              : statSync(target, { throwIfNoEntry: false });
          expect(exists, `${file} links to a missing ${url}`).toBeTruthy();
        }
      }
    });

    it('carries no script but the local-time enhancement (and search on the reports page), and no inline event handlers', () => {
      for (const file of htmlFiles(site.dir)) {
        const $ = load(readFileSync(join(site.dir, file), 'utf8'));
        // The words those scripts say, in the page's language: data a browser never runs, each valid JSON.
        const data = $('script[type="application/json"]').toArray();
        expect(data.map((s) => $(s).attr('id')).sort(), file).toEqual(
          file === 'reports/index.html' ? ['search-words', 'statusmark-messages'] : ['statusmark-messages'],
        );
        for (const s of data) expect(JSON.parse($(s).text()), file).toBeTypeOf('object');
        const scripts = $('script:not([type="application/json"])')
          .toArray()
          .map((s) => $(s).text());
        expect(
          scripts.filter((s) => s.includes("querySelectorAll('time[data-f]')")),
          file,
        ).toHaveLength(1);
        expect(
          scripts.filter((s) => s.includes('pagefind.js')),
          file,
        ).toHaveLength(file === 'reports/index.html' ? 1 : 0);
        expect(scripts.length, file).toBe(file === 'reports/index.html' ? 2 : 1);
        for (const el of $('*').toArray()) {
          for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}))
            expect(name.startsWith('on'), `${file}: ${name}`).toBe(false);
        }
      }
    });

    it('prints every time in UTC inside <time datetime>', () => {
      const $ = site.html('index.html');
      const times = $('time[data-f="datetime"], time[data-f="time"]').toArray();
      expect(times.length).toBeGreaterThan(5);
      for (const t of times) {
        expect($(t).text()).toMatch(/\d\d:\d\d UTC$/);
        expect(new Date($(t).attr('datetime')!).toISOString()).toBe($(t).attr('datetime'));
      }
    });
  });
});
