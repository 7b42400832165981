/**
 * `opened_in_error: true` (issue 18): an incident opened by mistake ends at its latest update, needs
 * no report, counts for no downtime, and with `opened_in_error: hide` in the config stays out of the
 * history and the feeds' items (its page stays, for links already shared).
 */
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { feedFile } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { summarise } from '../src/core/views/incident.ts';
import { historyStates, recentDays } from '../src/core/views/pages.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { codes, lint } from './helpers/lint.ts';

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
