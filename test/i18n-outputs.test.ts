/**
 * The outputs in the page's language: the API's status.description and page.time_zone, the
 * badge, the feeds' own texts and the calendar, read back with real parsers; the duration words
 * and the page script's messages per plural category.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserMessage, countedBrowserMessage } from '../src/core/i18n/browser-messages.ts';
import { englishCatalog, shippedCatalog } from '../src/core/i18n/catalog-files.ts';
import { durationText } from '../src/core/i18n/duration.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { apiDocument } from '../src/core/outputs/api/index.ts';
import { overallBadge } from '../src/core/outputs/badge.ts';
import { feedFile } from '../src/core/outputs/feeds/index.ts';
import { maintenanceCalendar } from '../src/core/outputs/ical.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { assertApiDocument, assertJsonFeed, parseXml, readCalendar, readFeed } from './helpers/outputs.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

function modelIn(extra: string) {
  const root = makeSiteFixture();
  appendFileSync(join(root, 'status.config.yaml'), extra);
  return readSiteModel(root, new Date(SITE_NOW));
}

describe('outputs in German, in Berlin time', () => {
  const model = modelIn('locale: de\ntime_zone: Europe/Berlin\n');

  it('the API says the status in German and names the zone', () => {
    const summary = apiDocument(model, 'summary') as { page: { time_zone: string }; status: { description: string } };
    assertApiDocument('summary', summary);
    expect(summary.page.time_zone).toBe('Europe/Berlin');
    expect(summary.status.description).toBe('Teilausfall');
  });

  it('the badge reads in German', () => {
    expect(parseXml(overallBadge(model)).svg.title).toBe('Status: Teilausfall');
  });

  it('the feeds carry the language and German fixed texts', () => {
    const rss = readFeed(feedFile(model, { kind: 'history' }, 'rss'));
    expect(rss.title).toBe('Test Status – Störungsverlauf');
    const json = JSON.parse(feedFile(model, { kind: 'history' }, 'json')) as { language: string; items: { content_html: string }[] };
    assertJsonFeed(json);
    expect(json.language).toBe('de');
    const report = json.items.find((i) => i.content_html.includes('<strong>Ende:</strong>'));
    expect(report?.content_html).toContain('<li><strong>Auswirkung:</strong> Kritisch</li>');
    expect(report?.content_html).toMatch(/<strong>Ende:<\/strong> 2026-11-17 11:00 UTC \(1 Std\.\)/);
  });

  it('the calendar describes each window in German', () => {
    const calendar = readCalendar(maintenanceCalendar(model));
    expect(calendar.name).toBe('Test Status – geplante Wartungen');
    expect(calendar.events[0]!.description).toMatch(/^Status: (Geplant|Läuft)\nZeitraum: .+ bis .+\nBetroffene Komponenten: /);
  });
});

describe('English outputs keep their words', () => {
  const model = modelIn('');

  it('API, badge and feed as before', () => {
    expect((apiDocument(model, 'summary') as { page: { time_zone: string } }).page.time_zone).toBe('Etc/UTC');
    expect(parseXml(overallBadge(model)).svg.title).toBe('status: Partial outage');
    expect(JSON.parse(feedFile(model, { kind: 'history' }, 'json')).language).toBe('en');
  });
});

describe('durations', () => {
  const en = createTranslator('en', englishCatalog());
  const de = createTranslator('de', { ...englishCatalog(), ...shippedCatalog('de') });

  it('in minutes, hours and days, in the language of the page', () => {
    const cases: [number, string, string][] = [
      [0, '0 min', '0 Min.'],
      [45, '45 min', '45 Min.'],
      [60, '1 h', '1 Std.'],
      [125, '2 h 5 min', '2 Std. 5 Min.'],
      [1440, '1 day', '1 Tag'],
      [3 * 1440 + 4 * 60 + 10, '3 days 4 h', '3 Tage 4 Std.'],
    ];
    for (const [minutes, english, german] of cases) {
      expect(durationText(en, minutes * 60_000)).toBe(english);
      expect(durationText(de, minutes * 60_000)).toBe(german);
    }
  });
});

describe('the page script’s messages', () => {
  it('give each plural category of the language its text, the count left as {count}', () => {
    const en = createTranslator('en', englishCatalog());
    expect(countedBrowserMessage(en, 'duration.days')).toEqual({ one: '{count} day', other: '{count} days' });
    const ar = createTranslator('ar', {
      ...englishCatalog(),
      'duration.days': '{count, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}',
    });
    expect(countedBrowserMessage(ar, 'duration.days')).toEqual({
      zero: 'لا أيام',
      one: 'يوم واحد',
      two: 'يومان',
      few: '{count} أيام',
      many: '{count} يومًا',
      other: '{count} يوم',
    });
  });

  it('leave the other placeholders for the script to fill in', () => {
    const en = createTranslator('en', englishCatalog());
    expect(browserMessage(en, 'search.results_first_shown', ['results', 'shown'])).toBe('{results}, the first {shown} shown');
  });
});
