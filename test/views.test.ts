import { describe, expect, it } from 'vitest';
import { searchRecords } from '../src/core/views/search-records.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { agoLabel, dateTimeLabel, isoTime, timeLabel } from '../src/core/views/format.ts';
import { incidentView, REPORT_SUMMARY_LENGTH, reportSummary } from '../src/core/views/incident.ts';
import { byMonth, historyStates, homeView, recentDays, reportStates } from '../src/core/views/pages.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { makeOutageFixture, OUTAGE, OUTAGE_ID, OUTAGE_NOW } from './helpers/outage-fixture.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

const model = readSiteModel(makeSiteFixture(), new Date(SITE_NOW));

describe('formatting for pages', () => {
  it('never rounds a bad day up to 100%, in the language of the page', () => {
    const percentLabel = (f: number, locale = 'en') => createTranslator(locale, {}).percent(f);
    expect(percentLabel(0.99999)).toBe('99.99%');
    expect(percentLabel(1)).toBe('100.00%');
    expect(percentLabel(0.958333)).toBe('95.83%');
    expect(percentLabel(0.99999, 'de')).toBe('99,99\u00a0%');
  });

  it('prints times in the time_zone of the config, its name in the language of the page', () => {
    const d = new Date('2026-11-20T15:20:00Z');
    expect(timeLabel(d, 'de', '24h', undefined, 'Europe/Berlin')).toBe('16:20 MEZ');
    expect(dateTimeLabel(d, 'de', '24h', undefined, 'Europe/Berlin')).toBe('20. Nov. 2026, 16:20 MEZ');
    expect(dateTimeLabel(d, 'en', '12h', undefined, 'America/New_York')).toBe('Nov 20, 2026, 10:20 AM EST');
    expect(dateTimeLabel(new Date('2026-11-20T23:30:00Z'), 'en', '24h', undefined, 'Asia/Tokyo')).toBe('Nov 21, 2026, 08:30 GMT+9');
  });

  it('prints times in UTC, 24-hour by default', () => {
    const d = new Date('2026-11-20T00:05:00Z');
    expect(timeLabel(d, 'en', '24h')).toBe('00:05 UTC');
    expect(dateTimeLabel(d, 'en', '24h')).toBe('Nov 20, 2026, 00:05 UTC');
    expect(dateTimeLabel(d, 'de', '24h')).toBe('20. Nov. 2026, 00:05 UTC');
  });

  it('prints a 12-hour clock without a leading zero', () => {
    expect(timeLabel(new Date('2026-11-10T16:12:00Z'), 'en', '12h')).toBe('4:12 PM UTC');
    expect(timeLabel(new Date('2026-11-10T09:30:00Z'), 'en', '12h')).toBe('9:30 AM UTC');
    expect(timeLabel(new Date('2026-11-10T00:05:00Z'), 'en', '12h')).toBe('12:05 AM UTC');
    expect(timeLabel(new Date('2026-11-10T12:00:00Z'), 'en', '12h')).toBe('12:00 PM UTC');
    expect(dateTimeLabel(new Date('2026-11-10T16:12:00Z'), 'en', '12h')).toBe('Nov 10, 2026, 4:12 PM UTC');
  });

  it('labels one moment by each clock, whichever was asked first (the labels are cached)', () => {
    const d = new Date('2026-11-10T16:12:00Z');
    expect(dateTimeLabel(d, 'en', '24h')).toBe('Nov 10, 2026, 16:12 UTC');
    expect(dateTimeLabel(d, 'en', '12h')).toBe('Nov 10, 2026, 4:12 PM UTC');
    expect(dateTimeLabel(d, 'en', '24h')).toBe('Nov 10, 2026, 16:12 UTC');
  });

  it('labels every minute of a day as the ISO time says, however often it is asked (the labels are cached)', () => {
    const twelve = (iso: string) => {
      const h = Number(iso.slice(11, 13));
      return `${h % 12 || 12}:${iso.slice(14, 16)} ${h < 12 ? 'AM' : 'PM'} UTC`;
    };
    for (let pass = 0; pass < 2; pass++) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const d = new Date(Date.UTC(2026, 10, 20, 0, minute, 30));
        const iso = d.toISOString();
        expect(isoTime(d)).toBe(iso);
        expect(timeLabel(d, 'en', '24h')).toBe(`${iso.slice(11, 16)} UTC`);
        expect(dateTimeLabel(d, 'en', '24h')).toBe(`Nov 20, 2026, ${iso.slice(11, 16)} UTC`);
        expect(timeLabel(d, 'en', '12h')).toBe(twelve(iso));
        expect(dateTimeLabel(d, 'en', '12h')).toBe(`Nov 20, 2026, ${twelve(iso)}`);
      }
    }
    expect(dateTimeLabel(new Date('2026-11-20T23:59:00Z'), 'de', '24h')).toBe('20. Nov. 2026, 23:59 UTC');
  });

  it('says how long ago something happened', () => {
    const now = new Date('2026-11-20T14:30:00Z');
    expect(agoLabel(new Date('2026-11-20T13:50:00Z'), now, 'en')).toBe('40 minutes ago');
    expect(agoLabel(new Date('2026-11-20T11:30:00Z'), now, 'en')).toBe('3 hours ago');
    expect(agoLabel(new Date('2026-11-18T14:30:00Z'), now, 'en')).toBe('2 days ago');
    expect(agoLabel(new Date('2026-11-20T14:29:40Z'), now, 'en')).toBe('this minute');
  });
});

describe('incident view', () => {
  const open = incidentView(model, model.byId.get('2026-11-20-api-errors')!);

  it('promises the next update one policy interval after the latest', () => {
    expect(open.latest.at.toISOString()).toBe('2026-11-20T14:05:00.000Z');
    expect(open.nextUpdateBy?.toISOString()).toBe('2026-11-20T14:35:00.000Z');
    expect(open.durationText).toBe('40 min');
  });

  it('gives the next update by the time the latest update promised, not the policy interval', () => {
    const m = readSiteModel(makeOutageFixture(), new Date(OUTAGE_NOW));
    const v = incidentView(m, m.byId.get(OUTAGE_ID)!);
    expect(v.latest.at.toISOString()).toBe('2026-11-10T17:02:00.000Z');
    // "… Next update by 17:30 UTC." where the 30-minute interval alone would say 17:32.
    expect(v.nextUpdateBy?.toISOString()).toBe('2026-11-10T17:30:00.000Z');
  });

  it('counts a promise such as "within 45 minutes" from the latest update', () => {
    const text = OUTAGE.replace('Next update by 17:30 UTC.', 'We will post another update within 45 minutes.');
    const m = readSiteModel(makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: text }), new Date(OUTAGE_NOW));
    expect(incidentView(m, m.byId.get(OUTAGE_ID)!).nextUpdateBy?.toISOString()).toBe('2026-11-10T17:47:00.000Z');
  });

  it('reads a promise on a 12-hour clock, as a site with `time_format: 12h` writes it', () => {
    for (const [promise, at] of [
      ['Next update by 5:30 PM UTC.', '2026-11-10T17:30:00.000Z'],
      ['Next update by 5:30 p.m. UTC.', '2026-11-10T17:30:00.000Z'],
      ['Next update by 12:10 AM UTC.', '2026-11-11T00:10:00.000Z'],
    ] as const) {
      const text = OUTAGE.replace('Next update by 17:30 UTC.', promise);
      const m = readSiteModel(makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: text }), new Date(OUTAGE_NOW));
      expect(incidentView(m, m.byId.get(OUTAGE_ID)!).nextUpdateBy?.toISOString(), promise).toBe(at);
    }
  });

  it('falls back to the policy interval when the latest update promises nothing, even if an earlier one did', () => {
    const text = OUTAGE.replace(' Next update by 17:30 UTC.', '');
    const m = readSiteModel(makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: text }), new Date(OUTAGE_NOW));
    expect(incidentView(m, m.byId.get(OUTAGE_ID)!).nextUpdateBy?.toISOString()).toBe('2026-11-10T17:32:00.000Z');
  });

  it('gives no next-update time once resolved', () => {
    expect(incidentView(model, model.byId.get('2026-11-17-dashboard-outage')!).nextUpdateBy).toBeUndefined();
  });

  it('lists affected components in config order with their worst and current status', () => {
    const v = incidentView(model, model.byId.get('2026-11-17-dashboard-outage')!);
    expect(v.components.map((c) => [c.id, c.worst, c.now])).toEqual([
      ['api', 'degraded_performance', 'operational'],
      ['dashboard', 'major_outage', 'operational'],
    ]);
  });

  it('reads the summary of a report', () => {
    expect(reportSummary('### Summary\nWhat happened.\n\nMore.\n### Timeline\n- 10:00')).toBe('What happened. More.');
    expect(reportSummary('First paragraph without headings.\n\nSecond.')).toBe('First paragraph without headings.');
    expect(reportSummary('### Root cause\nx')).toBe('');
  });

  it('summarises a report in its first sentences, not the whole of it (issue 18)', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} says what happened at step ${i + 1}.`).join(' ');
    expect(reportSummary(`### Summary\n${long}\n\n### Root cause\nA bug.`)).toBe(
      'Sentence 1 says what happened at step 1. Sentence 2 says what happened at step 2. Sentence 3 says what happened at step 3.',
    );
    // A prose report with no headings: the first paragraph's sentences, within the length.
    const wordy = `${'A very long first sentence that goes on and on about the outage '.repeat(8)}ends here. Second.`;
    const summary = reportSummary(`${wordy}\n\nMore paragraphs.`);
    expect(summary.length).toBe(REPORT_SUMMARY_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    expect(reportSummary('Short one. Short two? Short three! Short four.')).toBe('Short one. Short two? Short three!');
  });
});

describe('the overall status', () => {
  const outage = readSiteModel(makeOutageFixture(), new Date(OUTAGE_NOW));

  it('says what the components show, not the worst the incident was (Statuspage: partial outage is `major`)', () => {
    expect(outage.overall).toMatchObject({ indicator: 'major', description: 'Partial outage' });
    const home = homeView(outage);
    expect(home.groups.flatMap((g) => g.components.map((c) => [c.id, c.statusLabel]))).toEqual([
      ['api', 'Partial outage'],
      ['dashboard', 'Partial outage'],
      ['email', 'Operational'],
    ]);
    // The incident itself keeps the impact its frontmatter gives it.
    expect(home.openIncidents[0]!.impactText).toBe('Critical impact');
  });

  it('is the worst component status while it lasts', () => {
    const before = OUTAGE.replace(/## 2026-11-10 17:02[^]*?(?=## 2026-11-10 16:41)/, '');
    const earlier = readSiteModel(makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: before }), new Date('2026-11-10T16:50:00Z'));
    expect(earlier.overall).toMatchObject({ indicator: 'critical', description: 'Major outage' });
  });

  it('goes by the impact of an open incident that names no component', () => {
    const text =
      '---\ntitle: Some customers cannot sign in\nimpact: major\n---\n## 2026-11-10 17:00 UTC · Investigating\nSome customers cannot sign in. Next update by 17:30 UTC.\n';
    const m = readSiteModel(makeContentRoot({ 'incidents/sign-in.md': text }), new Date(OUTAGE_NOW));
    expect(m.overall).toMatchObject({ indicator: 'major', description: 'Partial outage' });
  });

  it('is operational again once the open incident has set every component back to operational', () => {
    const text = OUTAGE.replace(
      '## 2026-11-10 17:02 UTC · Update\nComponents: api = partial_outage, dashboard = partial_outage',
      '## 2026-11-10 17:02 UTC · Monitoring\nComponents: api = operational, dashboard = operational',
    );
    const m = readSiteModel(makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: text }), new Date(OUTAGE_NOW));
    expect(m.overall).toMatchObject({ indicator: 'none', description: 'All systems operational' });
    expect(homeView(m).openIncidents.map((i) => i.statusLabel)).toEqual(['Monitoring']);
  });
});

describe('page views', () => {
  it('puts open incidents and maintenance where they belong on the home page', () => {
    const home = homeView(model);
    expect(home.openIncidents.map((i) => i.id)).toEqual(['2026-11-20-api-errors']);
    expect(home.activeMaintenance.map((i) => i.id)).toEqual(['2026-11-20-email-switch']);
    expect(home.upcomingMaintenance.map((i) => i.id)).toEqual(['2026-11-22-dashboard-upgrade']);
    expect(home.groups.map((g) => [g.name, g.status])).toEqual([
      ['Platform', 'partial_outage'],
      ['', 'under_maintenance'],
    ]);
  });

  it('lists what went on each of the last days, upcoming maintenance excluded', () => {
    const days = recentDays(model, 4);
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2026-11-20', ['2026-11-20-email-switch', '2026-11-20-api-errors']],
      ['2026-11-19', []],
      ['2026-11-18', []],
      ['2026-11-17', ['2026-11-17-dashboard-outage']],
    ]);
  });

  it('groups history by month, newest first', () => {
    const months = byMonth(model, historyStates(model));
    expect(months.map((m) => [m.key, m.label])).toEqual([
      ['2026-11', 'November 2026'],
      ['2026-10', 'October 2026'],
      ['2026-09', 'September 2026'],
    ]);
    expect(months[0]!.items[0]!.id).toBe('2026-11-22-dashboard-upgrade');
  });

  it('archives only incidents with a report', () => {
    expect(reportStates(model).map((r) => [r.id, r.reportSummary])).toEqual([
      ['2026-11-17-dashboard-outage', 'The dashboard was down for one hour because a certificate expired.'],
    ]);
  });
});

describe('search records', () => {
  it('give every incident its URL under the base, its words as text, and what a result shows as metadata', () => {
    const records = searchRecords(model, '/status/');
    expect(records).toHaveLength(model.states.length);
    const outage = records.find((r) => r.url === '/status/incidents/2026-11-17-dashboard-outage/')!;
    expect(outage.meta).toEqual({
      title: 'Dashboard outage',
      impact: 'Critical impact',
      date: 'Nov 17, 2026',
      datetime: '2026-11-17T10:00:00.000Z',
      components: 'REST API and Dashboard',
    });
    expect(outage.language).toBe('en');
    // Title and components are metadata, not text that would run into the excerpt; report headings end as sentences.
    expect(outage.content).toBe(
      'Everything works again.\nThe dashboard does not load. The API is slow.\nSummary.\nThe dashboard was down for one hour because a certificate expired.\nRoot cause.\nA certificate expired.',
    );
  });
});

describe('impact wording', () => {
  it('says "No impact", never "No impact impact"', async () => {
    const { makeContentRoot } = await import('./helpers/content-root.ts');
    const { summarise } = await import('../src/core/views/incident.ts');
    const root = makeContentRoot({
      'incidents/x.md':
        '---\ntitle: Wrong counts\nimpact: none\ncomponents: [dashboard]\n---\n## 2026-11-20 10:00 UTC · Resolved\nFixed.\n\n## 2026-11-20 09:30 UTC · Investigating\nCounts are wrong.\n',
    });
    const m = readSiteModel(root, new Date(SITE_NOW));
    expect(summarise(m, m.byId.get('x')!).impactText).toBe('No impact');
    expect(summarise(model, model.byId.get('2026-11-17-dashboard-outage')!).impactText).toBe('Critical impact');
    expect(summarise(model, model.byId.get('2026-11-20-email-switch')!).impactText).toBe('Scheduled maintenance');
  });
});
