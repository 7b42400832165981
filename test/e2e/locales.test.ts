/**
 * Issue 15: the acme-style fixture built in each language below has no English UI word left on any
 * page, parses as HTML without a single parse error, says its language in <html lang>, is axe
 * clean in Chromium, and its page script writes times in the page's language whatever the reader's
 * browser speaks. Adding a language is one line in LOCALES.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, openPage, serve } from '../../scripts/lib/browser.ts';
import { englishCatalog } from '../../src/core/i18n/catalog-files.ts';
import { readSiteModel } from '../../src/core/pipeline.ts';
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { makeSiteFixture, SITE_NOW } from '../helpers/site-fixture.ts';

/** Each shipped language to check, with how its page script writes "25 minutes ago" and the build's month. */
const LOCALES: { locale: string; ago: string; month: RegExp }[] = [
  { locale: 'de', ago: 'vor 25 Minuten', month: /\bNov\. 2026\b/ },
  { locale: 'ar', ago: 'قبل 25 دقيقة', month: /نوفمبر 2026/ },
  { locale: 'ja', ago: '25 分前', month: /2026年11月/ },
];

/** The English UI labels that must not be left on a page in another language (content aside). */
const ENGLISH_LABELS = [
  'Operational',
  'Degraded performance',
  'Partial outage',
  'Major outage',
  'Under maintenance',
  'All systems operational',
  'Investigating',
  'Identified',
  'Monitoring',
  'Resolved',
  'Scheduled',
  'In progress',
  'Completed',
  'Cancelled',
  'Open incidents',
  'Maintenance in progress',
  'Upcoming maintenance',
  'Components',
  'Past',
  'No incidents reported',
  'Last updated',
  'as of',
  'Next update',
  'Expected fix',
  'Workaround',
  'Affected',
  'Started',
  'Duration',
  'so far',
  'Window',
  'Latest update',
  'lasted',
  'ongoing',
  'impact',
  'History',
  'Reports',
  'Post-incident report',
  'Updates',
  'Incident',
  'Questions about',
  'Contact',
  'Skip to content',
  'Need help',
  'Help centre',
  'Times are shown',
  'Powered by',
  'Subscribe',
  'Maintenance calendar',
  'Status API',
  'uptime',
  'Uptime',
  'Today',
  'no incidents',
  'Newer',
  'Older',
  'page',
  'Show one component only',
  'Every incident',
  'Page not found',
  'Search all incidents',
  'Search results',
  'All reports',
  'day',
  'days',
  ' to ',
  'Current status',
  'Component changes',
  'The next update is late',
  'may be out of date',
];

describe('the list of English labels', () => {
  it('holds words of the English catalog, so it finds what an untranslated page would show', () => {
    const english = Object.values(englishCatalog()).join(' · ');
    expect(ENGLISH_LABELS.filter((label) => !englishLeft(english).includes(label))).toEqual([]);
    expect(englishLeft('Started 3 days ago')).toEqual(['Started', 'days', 'days ago']);
  });
});

/** English that Intl would write if a page were formatted in the browser's language instead of its own. */
const ENGLISH_FROM_INTL = ['minutes ago', 'hours ago', 'days ago', 'this minute', 'in 2 days'];

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** The words the team wrote (incident titles, component and site names), which stay in their language. */
function contentWords(root: string): string[] {
  const model = readSiteModel(root, new Date(SITE_NOW));
  const { config } = model.site;
  return [
    ...model.states.flatMap((s) => [s.incident.title, s.incident.workaround ?? '']),
    ...config.components.flatMap((c) => [c.name, c.group ?? '']),
    config.name,
    ...(config.links ?? []).map((l) => l.label),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** What a reader sees or hears of a page without its content: text, labels, titles, the description. */
function uiText(html: string, content: readonly string[]): string {
  const $ = load(html);
  // Update bodies, summaries and reports are the team's own words.
  $('.prose, script, style, template').remove();
  const attributes = $('[aria-label], [title], [alt], meta[name="description"]')
    .map((_, e) => [$(e).attr('aria-label'), $(e).attr('title'), $(e).attr('alt'), $(e).attr('content')].filter(Boolean).join(' '))
    .get();
  const templates = load(html)('template')
    .map((_, e) => load(load(html)(e).html() ?? '')('body').text())
    .get();
  let text = [$('title').text(), $('body').text(), ...attributes, ...templates].join(' ');
  for (const c of content) text = text.split(c).join(' ');
  return text.replace(/\s+/g, ' ');
}

function englishLeft(text: string): string[] {
  return [...ENGLISH_LABELS, ...ENGLISH_FROM_INTL].filter((label) =>
    new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  );
}

describe.each(LOCALES)('the fixture in $locale', ({ locale, ago, month }) => {
  const root = makeSiteFixture();
  appendFileSync(join(root, 'status.config.yaml'), `locale: ${locale}\n`);
  let built: BuiltSite;
  let content: string[];
  let pages: string[];
  const site = {} as { browser: Browser; url: string; close: () => Promise<void> };
  beforeAll(async () => {
    built = buildSite(root, SITE_NOW);
    content = contentWords(root);
    pages = htmlPages(built.dir);
    const served = await serve(built.dir, '/status/');
    Object.assign(site, { url: served.url, close: served.close, browser: await launchChromium() });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.close?.();
  });

  it('has no English UI word left on any page', () => {
    expect(pages.length).toBeGreaterThan(10);
    const left = pages.flatMap((p) => englishLeft(uiText(built.text(p), content)).map((w) => `${p}: ${w}`));
    expect(left).toEqual([]);
  });

  it('says its language, and every page parses as HTML without an error', () => {
    for (const p of pages) {
      const errors: string[] = [];
      parse(built.text(p), { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
      expect(errors, p).toEqual([]);
      const $ = built.html(p);
      expect($('html').attr('lang'), p).toBe(locale);
      // A <template>'s parts are not in the document until the page script puts them in place of the page's own.
      $('template').remove();
      const ids = $('[id]')
        .map((_, e) => $(e).attr('id'))
        .get();
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        p,
      ).toEqual([]);
    }
  });

  it('has no English fixed text in the feeds, the API, the calendar or the badge', () => {
    const strip = (text: string) => content.reduce((t, c) => t.split(c).join(' '), text);
    const rss = load(built.text('history.rss'), { xml: true });
    const fixed = [
      rss('channel > title').first().text(),
      rss('channel > description').first().text(),
      ...rss('item > description')
        .map((_, e) => load(rss(e).text())('ul').text())
        .get(),
      JSON.parse(built.text('api/v2/status.json')).status.description,
      load(built.text('badge.svg'), { xml: true })('title').text(),
      ...built
        .text('maintenance.ics')
        .split(/\r?\n/)
        .filter((l) => /^(X-WR-CALNAME|X-WR-CALDESC|DESCRIPTION)/.test(l)),
    ];
    expect(englishLeft(strip(fixed.join(' ')))).toEqual([]);
    expect(JSON.parse(built.text('feed.json')).language).toBe(locale);
    expect(rss('channel > language').text()).toBe(locale);
  });

  describe('in Chromium', () => {
    const PAGES = [
      '',
      'history/',
      'reports/',
      'components/api/',
      'incidents/2026-11-20-api-errors/',
      'incidents/2026-11-22-dashboard-upgrade/',
      'nowhere/',
    ];

    it.each(PAGES)('/%s is axe clean', async (path) => {
      const opened = await openPage(site.browser, `${site.url}${path}`, { now: SITE_NOW });
      try {
        expect(await axeViolations(opened.page)).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it('writes times in the page language for an English-speaking reader', async () => {
      const opened = await openPage(site.browser, `${site.url}incidents/2026-11-20-api-errors/`, { now: SITE_NOW, locale: 'en-US' });
      try {
        const { page } = opened;
        const texts = await page.locator('time[data-f]').allTextContents();
        expect(texts.join(' ')).toMatch(month);
        expect(englishLeft(uiText(await page.content(), content))).toEqual([]);
        // The latest update was at 14:05, 25 minutes before the build; the reader's clock is at the build.
        expect(await page.locator('time[data-f="ago"]').allTextContents()).toContain(ago);
      } finally {
        await opened.close();
      }
    });
  });
});
