import { describe, expect, it } from 'vitest';
import { readSiteModel } from '../src/core/pipeline.ts';
import { homeView, recentDays, shortenDays } from '../src/core/views/pages.ts';
import { levelRuns } from '../src/core/views/uptime.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

const model = readSiteModel(makeSiteFixture(), new Date(SITE_NOW));

describe("the home page's light uptime bar", () => {
  it('merges neighbouring days of one colour into a run', () => {
    expect(levelRuns(['ok', 'ok', 'minor', 'minor', 'ok', 'critical'])).toEqual([
      { level: 'ok', from: 0, to: 2 },
      { level: 'minor', from: 2, to: 4 },
      { level: 'ok', from: 4, to: 5 },
      { level: 'critical', from: 5, to: 6 },
    ]);
    expect(levelRuns([])).toEqual([]);
  });

  it('counts the days with incidents in words', () => {
    const rows = homeView(model).groups.flatMap((g) => g.components);
    expect(rows.map((r) => [r.id, r.uptime.incidentDaysText])).toEqual([
      ['api', '2 days with incidents'],
      ['dashboard', '1 day with incidents'],
      ['email', expect.stringMatching(/^\d+ days with incidents$/)],
    ]);
  });
});

describe("the home page's recent days", () => {
  it('keeps a quiet history as it is', () => {
    expect(homeView(model).recent).toEqual(recentDays(model, 14));
  });

  it('cuts a busy day to its first items and links the history page and month of the first one left out', () => {
    const [day] = shortenDays(model, recentDays(model, 1), 1);
    expect(day!.items.map((i) => i.id)).toEqual(['2026-11-20-email-switch']);
    expect(day!.more).toEqual({ text: '1 more incident on Nov 20, 2026, in the history', path: 'history/#m-2026-11' });
  });
});
