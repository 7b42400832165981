/**
 * `opened_in_error: true` (issue 18): an incident opened by mistake ends at its latest update, needs
 * no report, counts for no downtime, and with `opened_in_error: hide` in the config stays out of the
 * history and the feeds' items (its page stays, for links already shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { API_DOCUMENTS, apiFile } from '../src/core/outputs/api/index.ts';
import { feedFile } from '../src/core/outputs/feeds/index.ts';
import { maintenanceCalendar } from '../src/core/outputs/ical.ts';
import { overallBadge } from '../src/core/outputs/badge.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { currentItems, newSince } from '../src/core/publish/notify/announcements.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { incidentView, summarise } from '../src/core/views/incident.ts';

const UNLISTED_NOTICE =
  'This incident was opened in error, so it is not listed in the history, the feeds or the API. This page stays so that links to it keep working.';
import { componentStates, historyStates, homeView, recentDays, reportStates } from '../src/core/views/pages.ts';
import { searchRecords } from '../src/core/views/search-records.ts';
import { buildSite } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { codes, lint } from './helpers/lint.ts';
import { assertApiDocument, assertJsonFeed, readCalendar, readFeed } from './helpers/outputs.ts';

const IN_ERROR = `---
title: REST API unavailable
impact: critical
components: [api]
opened_in_error: true
---

## 2026-11-20 14:20 UTC · Update
This incident was opened in error: a monitoring probe failed, the API did not. No customer was affected.

## 2026-11-20 14:05 UTC · Investigating
We are investigating reports that the API is unavailable.
`;

const REAL = `---
title: Slow dashboard
impact: minor
components: [dashboard]
---

## 2026-11-19 10:30 UTC · Resolved
Fixed.

## 2026-11-19 10:05 UTC · Investigating
The dashboard is slow. Next update by 10:30 UTC.
`;

const NOW = new Date('2026-11-21T00:00:00Z');
const files = { 'incidents/2026-11-20-api.md': IN_ERROR, 'incidents/2026-11-19-dash.md': REAL };

describe('an incident opened in error', () => {
  it('ends at its latest update: not open, no overdue, no report due, no missing Resolved update', () => {
    const found = lint(IN_ERROR, { now: '2026-11-21T00:00:00Z' });
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(codes(found).filter((c) => c.startsWith('policy-'))).toEqual([]);
    const model = readSiteModel(makeContentRoot(files), NOW);
    const state = model.byId.get('2026-11-20-api')!;
    expect([state.open, state.status, state.end?.toISOString()]).toEqual([false, 'resolved', '2026-11-20T14:20:00.000Z']);
    expect(summarise(model, state).statusLabel).toBe('Opened in error');
  });

  it('without the flag the same file needs a report and is still open', () => {
    const found = codes(lint(IN_ERROR.replace('opened_in_error: true\n', ''), { now: '2026-11-21T00:00:00Z' }));
    expect(found).toContain('policy-update-overdue');
  });

  it('has no report to check, even a stub', () => {
    expect(codes(lint(`${IN_ERROR}\n## Post-incident report\n### Summary\nNothing happened.\n`))).not.toContain('policy-report-sections');
  });

  it('counts for no downtime', () => {
    const model = readSiteModel(makeContentRoot(files), NOW);
    const day = model.uptime.get('api')!.days.find((d) => d.date === '2026-11-20')!;
    expect([day.downtimeMs, day.worst]).toEqual([0, 'operational']);
    const without = readSiteModel(
      makeContentRoot({ ...files, 'incidents/2026-11-20-api.md': IN_ERROR.replace('opened_in_error: true\n', '') }),
      NOW,
    );
    expect(without.uptime.get('api')!.days.find((d) => d.date === '2026-11-20')!.downtimeMs).toBeGreaterThan(0);
  });

  it('stays in the history and the feeds by default', async () => {
    const model = readSiteModel(makeContentRoot(files), NOW);
    expect(historyStates(model).map((s) => s.incident.id)).toEqual(['2026-11-20-api', '2026-11-19-dash']);
    const feed = await parseWithRssParser(feedFile(model, { kind: 'history' }, 'rss'));
    expect(feed.items.length).toBe(4);
  });

  it('with `opened_in_error: hide`, leaves the history, the recent days and the feeds, and keeps its page', async () => {
    const model = readSiteModel(makeContentRoot(files, `${BASE_CONFIG}opened_in_error: hide\n`), NOW);
    expect(historyStates(model).map((s) => s.incident.id)).toEqual(['2026-11-19-dash']);
    expect(recentDays(model, 7).flatMap((d) => d.items.map((i) => i.id))).toEqual(['2026-11-19-dash']);
    const feed = await parseWithRssParser(feedFile(model, { kind: 'history' }, 'rss'));
    expect(feed.items.map((i) => i.title)).toEqual(['Slow dashboard — Resolved', 'Slow dashboard — Investigating']);
    expect(model.byId.has('2026-11-20-api')).toBe(true);
  });

  it('is refused in a form other than true or false, with the words to write', () => {
    const root = makeContentRoot({
      'incidents/2026-11-20-api.md': IN_ERROR.replace('opened_in_error: true', 'opened_in_error: yes please'),
    });
    const found = checkContentRoot(root, { now: NOW }).diagnostics.filter((d) => d.severity === 'error');
    expect(found.map((d) => [d.line, d.code, d.message, d.hint])).toEqual([
      [
        5,
        'invalid-field',
        'opened_in_error: must be true or false, not "yes please"',
        'true when the incident was opened by mistake: it ends at its latest update, needs no report and counts for no downtime',
      ],
    ]);
  });

  it('the config’s `opened_in_error` is `list` or `hide`', () => {
    const root = makeContentRoot(files, `${BASE_CONFIG}opened_in_error: hidden\n`);
    const found = checkContentRoot(root, { now: NOW }).diagnostics.filter((d) => d.severity === 'error');
    expect(found.map((d) => d.message)).toEqual(['opened_in_error: "hidden" is not one of: list, hide']);
  });
});

// The incident opened in error is the newest thing on the page, so any output that still counts it shows its times.
const WINDOW = `---
title: Database upgrade
kind: maintenance
components: [api]
window: { start: 2026-11-18 02:00 UTC, end: 2026-11-18 03:00 UTC }
---

## 2026-11-18 03:00 UTC · Completed
Done.

## 2026-11-16 09:00 UTC · Scheduled
We will upgrade the database.
`;
const ALL = { ...files, 'incidents/2026-11-18-db.md': WINDOW };
const HIDDEN = '2026-11-20-api';
const withConfig = (choice: 'list' | 'hide') => readSiteModel(makeContentRoot(ALL, `${BASE_CONFIG}opened_in_error: ${choice}\n`), NOW);

/** The URL of every page in a Pagefind index built from the search records, read back from its fragment files. */
async function indexedUrls(model: SiteModel): Promise<string[]> {
  const { index } = await createIndex({});
  for (const record of searchRecords(model, '/')) expect((await index!.addCustomRecord(record)).errors).toEqual([]);
  const { files: written } = await index!.getFiles();
  await close();
  return written
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => fragmentUrl(f.content))
    .sort();
}

const fragmentUrl = (gzipped: Uint8Array) =>
  (
    JSON.parse(
      gunzipSync(gzipped)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string }
  ).url;

describe('`opened_in_error: hide`: no output lists the incident', () => {
  const listed = withConfig('list');
  const hidden = withConfig('hide');

  it('the pages: history, recent days, the component’s page, reports', () => {
    for (const [model, expected] of [
      [listed, [HIDDEN, '2026-11-19-dash', '2026-11-18-db']],
      [hidden, ['2026-11-19-dash', '2026-11-18-db']],
    ] as const) {
      expect(historyStates(model).map((s) => s.incident.id)).toEqual(expected);
      expect(homeView(model).recent.flatMap((d) => d.items.map((i) => i.id))).toEqual(expected);
      expect(componentStates(model, 'api').map((s) => s.incident.id)).toEqual(expected.filter((id) => id !== '2026-11-19-dash'));
    }
    const reported = (model: SiteModel) => reportStates(model).map((v) => v.id);
    const withReport = (choice: string) =>
      readSiteModel(
        makeContentRoot(
          { ...ALL, [`incidents/${HIDDEN}.md`]: `${IN_ERROR}\n## Post-incident report\n### Summary\nA probe failed.\n` },
          `${BASE_CONFIG}opened_in_error: ${choice}\n`,
        ),
        NOW,
      );
    expect([reported(withReport('list')), reported(withReport('hide'))]).toEqual([[HIDDEN], []]);
  });

  it('its own page stays, says why no list shows it, and only when hidden', () => {
    expect(incidentView(hidden, hidden.byId.get(HIDDEN)!).unlistedNotice).toBe(
      'This incident was opened in error, so it is not listed in the history, the feeds or the API. This page stays so that links to it keep working.',
    );
    expect(UNLISTED_NOTICE).toBe(incidentView(hidden, hidden.byId.get(HIDDEN)!).unlistedNotice);
    expect(incidentView(listed, listed.byId.get(HIDDEN)!).unlistedNotice).toBeUndefined();
    expect(incidentView(hidden, hidden.byId.get('2026-11-19-dash')!).unlistedNotice).toBeUndefined();
  });

  it('the feeds: RSS, Atom and JSON Feed, the history’s and the component’s', async () => {
    const titles = (model: SiteModel) => ({
      rss: parseWithRssParser(feedFile(model, { kind: 'history' }, 'rss')),
      atom: readFeed(feedFile(model, { kind: 'component', component: 'api' }, 'atom')).items.map((i) => i.title),
      json: (() => {
        const doc = JSON.parse(feedFile(model, { kind: 'history' }, 'json')) as { items: { title: string }[] };
        assertJsonFeed(doc);
        return doc.items.map((i) => i.title);
      })(),
    });
    const shown = titles(listed);
    const gone = titles(hidden);
    expect((await shown.rss).items.map((i) => i.title)).toContain('REST API unavailable — Update');
    expect(shown.atom).toContain('REST API unavailable — Investigating');
    expect(shown.json).toContain('REST API unavailable — Update');
    expect((await gone.rss).items.map((i) => i.title).filter((t) => t?.startsWith('REST API'))).toEqual([]);
    expect(gone.atom).toEqual(['Database upgrade — Completed', 'Database upgrade — Scheduled']);
    expect(gone.json.filter((t) => t.startsWith('REST API'))).toEqual([]);
  });

  it('the Statuspage API: no document names it, and no time comes from it', () => {
    for (const name of API_DOCUMENTS) {
      for (const model of [listed, hidden]) assertApiDocument(name, JSON.parse(apiFile(model, name)));
      expect(apiFile(hidden, name), name).not.toContain('REST API unavailable');
      expect(apiFile(hidden, name), name).not.toContain('2026-11-20T14:');
    }
    const incidents = (model: SiteModel) =>
      (JSON.parse(apiFile(model, 'incidents')) as { incidents: { name: string }[] }).incidents.map((i) => i.name);
    expect([incidents(listed), incidents(hidden)]).toEqual([['REST API unavailable', 'Slow dashboard'], ['Slow dashboard']]);
    const summary = (model: SiteModel) =>
      JSON.parse(apiFile(model, 'summary')) as { page: { updated_at: string }; components: { name: string; updated_at: string }[] };
    // The page's updated_at is the build's time either way (see test/api.test.ts); a component's comes from what is listed.
    expect(summary(hidden).page.updated_at).toBe(summary(listed).page.updated_at);
    expect(summary(hidden).components.find((c) => c.name === 'REST API')!.updated_at).toBe('2026-11-18T03:00:00.000Z');
  });

  it('the search index: Pagefind holds no page of it', async () => {
    expect(await indexedUrls(listed)).toEqual(['/incidents/2026-11-18-db/', '/incidents/2026-11-19-dash/', `/incidents/${HIDDEN}/`]);
    expect(await indexedUrls(hidden)).toEqual(['/incidents/2026-11-18-db/', '/incidents/2026-11-19-dash/']);
  });

  it('notifications: only who was told it began is told how it ended', () => {
    const before = withConfig('list');
    const began = new Set(
      currentItems(before)
        .filter((i) => i.title !== 'REST API unavailable — Update')
        .map((i) => i.id),
    );
    const announced = (previous: Set<string>) => newSince(currentItems(hidden, previous), previous).map((i) => i.title);
    expect(announced(began)).toEqual(['REST API unavailable — Update']);
    const never = new Set([...began].filter((id) => !id.includes(HIDDEN)));
    expect(announced(never)).toEqual([]);
    // The feed that deploy publishes still leaves it out.
    expect(currentItems(hidden).filter((i) => i.incident === HIDDEN)).toEqual([]);
  });

  it('the calendar, the badge and the uptime never counted it (maintenance is never opened in error)', () => {
    expect(readCalendar(maintenanceCalendar(hidden)).events.map((e) => e.summary)).toEqual(['Database upgrade']);
    expect(maintenanceCalendar(hidden)).toBe(maintenanceCalendar(listed));
    expect(overallBadge(hidden)).toBe(overallBadge(listed));
    expect(hidden.uptime.get('api')!.days.find((d) => d.date === '2026-11-20')!.downtimeMs).toBe(0);
  });
});

describe('`opened_in_error: hide` in a real build', () => {
  it('keeps the incident’s page, with the notice and out of search engines, and links it from no page or index', () => {
    const site = buildSite(makeContentRoot(ALL, `${BASE_CONFIG}opened_in_error: hide\n`), NOW.toISOString());
    const page = site.html(`incidents/${HIDDEN}/index.html`);
    expect(page('main p[role="note"]').text()).toBe(UNLISTED_NOTICE);
    expect(page('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(site.html('incidents/2026-11-19-dash/index.html')('meta[name="robots"]').length).toBe(0);
    for (const path of ['index.html', 'history/index.html', 'components/api/index.html', 'reports/index.html']) {
      expect(site.html(path)(`a[href*="${HIDDEN}"]`).length, path).toBe(0);
    }
    const fragments = join(site.dir, 'pagefind/fragment');
    const urls = readdirSync(fragments).map((f) => fragmentUrl(readFileSync(join(fragments, f))));
    expect(urls.some((u) => u.includes('2026-11-19-dash'))).toBe(true);
    expect(urls.filter((u) => u.includes(HIDDEN))).toEqual([]);
  }, 180_000);
});
