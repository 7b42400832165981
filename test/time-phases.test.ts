import { describe, expect, it } from 'vitest';
import { readSiteModel } from '../src/core/pipeline.ts';
import { siteModelAt } from '../src/core/site/site.ts';
import { browserStateChanges } from '../src/core/status/browser-state-changes.ts';
import { incidentView } from '../src/core/views/incident.ts';
import { incidentPageKey } from '../src/core/views/page-keys.ts';
import { homeView } from '../src/core/views/pages.ts';
import { liveHomeChanges, liveHomeView, pagePhases, staleSpans, staleSpansAttribute } from '../src/core/views/time-phases.ts';
import { englishCatalog } from '../src/core/i18n/catalog-files.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { makeOutageFixture, OUTAGE_ID, OUTAGE_NOW } from './helpers/outage-fixture.ts';
import { makeWindowAndOutageFixture, makeWindowFixture, WINDOW, WINDOW_ID, WINDOW_NOW } from './helpers/window-fixture.ts';

const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString());
const windowModel = (now = WINDOW_NOW, root = makeWindowFixture()) => readSiteModel(root, new Date(now));

describe('the instants ahead at which a page changes by itself', () => {
  it("are a maintenance window's start and end, of what is still ahead or under way", () => {
    const at = (now: string) => iso(browserStateChanges(windowModel(now).states, new Date(now)));
    expect(at(WINDOW_NOW)).toEqual(['2026-11-10T18:00:00.000Z', '2026-11-10T19:00:00.000Z']);
    expect(at('2026-11-10T18:30:00Z')).toEqual(['2026-11-10T19:00:00.000Z']);
    expect(at('2026-11-10T19:30:00Z')).toEqual([]);
  });

  it('start with an early "In progress" update, end with a "Completed" one, and never come from cancelled maintenance', () => {
    const early = WINDOW.replace('## 2026-11-08', '## 2026-11-10 17:05 UTC · In progress\nWe started early.\n\n## 2026-11-08');
    const m = windowModel(WINDOW_NOW, makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: early }));
    expect(m.activeMaintenance).toHaveLength(1);
    expect(iso(browserStateChanges(m.states, m.now))).toEqual(['2026-11-10T19:00:00.000Z']);
    const cancelled = WINDOW.replace(
      '## 2026-11-08',
      '## 2026-11-10 17:00 UTC · Cancelled\nWe will not move the relays today.\n\n## 2026-11-08',
    );
    const c = windowModel(WINDOW_NOW, makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: cancelled }));
    expect(browserStateChanges(c.states, c.now)).toEqual([]);
  });

  it('are at most `limit`, the soonest first, and none past the horizon', () => {
    const m = windowModel();
    expect(iso(browserStateChanges(m.states, m.now, Number.POSITIVE_INFINITY, 1))).toEqual(['2026-11-10T18:00:00.000Z']);
    expect(iso(browserStateChanges(m.states, m.now, 60 * 60_000))).toEqual(['2026-11-10T18:00:00.000Z']);
  });

  it('reach as far as the quiet `stale_after`, after which the page says it may be out of date anyway', () => {
    const config = `${BASE_CONFIG}stale_after: { quiet_minutes: 60 }\n`;
    const m = windowModel(WINDOW_NOW, makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: WINDOW }, config));
    expect(pagePhases(m).map((p) => p.from.toISOString())).toEqual(['2026-11-10T17:10:00.000Z', '2026-11-10T18:00:00.000Z']);
  });

  it('are none for an open incident, whose state changes only with an update', () => {
    const m = readSiteModel(makeOutageFixture(), new Date(OUTAGE_NOW));
    expect(browserStateChanges(m.states, m.now)).toEqual([]);
    expect(pagePhases(m)).toHaveLength(1);
  });
});

describe("each phase of a page is what a build at the phase's start would show", () => {
  it('on the home page: banner, maintenance cards and component statuses', () => {
    const root = makeWindowFixture();
    const model = windowModel(WINDOW_NOW, root);
    const phases = pagePhases(model);
    expect(phases.map((p) => [p.from.toISOString(), p.until?.toISOString(), p.open])).toEqual([
      ['2026-11-10T17:10:00.000Z', '2026-11-10T18:00:00.000Z', false],
      ['2026-11-10T18:00:00.000Z', '2026-11-10T19:00:00.000Z', true],
      ['2026-11-10T19:00:00.000Z', undefined, false],
    ]);
    const shown = (v: ReturnType<typeof liveHomeView>) => ({
      banner: v.description,
      active: v.activeMaintenance.map((i) => `${i.id} ${i.statusLabel}`),
      upcoming: v.upcomingMaintenance.map((i) => `${i.id} ${i.statusLabel}`),
      statuses: v.groups.flatMap((g) => [g.statusLabel, ...g.components.map((c) => `${c.id} ${c.statusLabel}`)]),
    });
    const inPhase = phases.map((p) => shown(liveHomeView(p.model)));
    const rebuilt = phases.map((p) =>
      shown({ ...homeView(windowModel(p.from.toISOString(), root)), ...overallOf(windowModel(p.from.toISOString(), root)) }),
    );
    expect(inPhase).toEqual(rebuilt);
    expect(inPhase.map((s) => s.banner)).toEqual(['All systems operational', 'Under maintenance', 'All systems operational']);
    expect(inPhase.map((s) => s.statuses.at(-1))).toEqual(['email Operational', 'email Under maintenance', 'email Operational']);
    expect(inPhase.map((s) => [...s.upcoming, ...s.active])).toEqual([[`${WINDOW_ID} Scheduled`], [`${WINDOW_ID} In progress`], []]);
  });

  it("on the maintenance's own page: its status", () => {
    const model = windowModel();
    const labels = pagePhases(model).map((p) => incidentView(p.model, p.model.byId.get(WINDOW_ID)!).statusLabel);
    expect(labels).toEqual(['Scheduled', 'In progress', 'Completed']);
  });

  it("keeps the build's uptime and caches, and leaves the build's model as it was", () => {
    const model = windowModel();
    const later = siteModelAt(model, new Date('2026-11-10T18:30:00Z'));
    expect(later.uptime).toBe(model.uptime);
    expect(later.caches).toBe(model.caches);
    expect(model.upcomingMaintenance).toHaveLength(1);
    expect(later.activeMaintenance).toHaveLength(1);
  });
});

function overallOf(model: ReturnType<typeof windowModel>) {
  return { indicator: model.overall.indicator, description: model.overall.description };
}

describe('when a page may be out of date', () => {
  it('a day after the build with nothing open, 30 minutes while maintenance is in progress', () => {
    const spans = staleSpans(windowModel());
    expect(staleSpansAttribute(spans)).toBe('2026-11-10T18:00:00.000Z/2026-11-10T19:00:00.000Z 2026-11-11T17:10:00.000Z');
  });

  it('30 minutes after the build while an incident is open', () => {
    expect(staleSpansAttribute(staleSpans(readSiteModel(makeOutageFixture(), new Date(OUTAGE_NOW))))).toBe('2026-11-10T17:40:00.000Z');
  });

  it('after `stale_after` from the config, merging spans that meet', () => {
    const config = `${BASE_CONFIG}stale_after: { open_minutes: 5, quiet_minutes: 20 }\n`;
    const m = windowModel(WINDOW_NOW, makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: WINDOW }, config));
    // Quiet until 18:00 (stale from 17:30), open from 18:00 (stale already), quiet again after 19:00.
    expect(staleSpansAttribute(staleSpans(m))).toBe('2026-11-10T17:30:00.000Z');
  });
});

describe('a promised update', () => {
  it('is late only once its time has passed', () => {
    const late = (now: string) => {
      const m = readSiteModel(makeOutageFixture(), new Date(now));
      return incidentView(m, m.byId.get(OUTAGE_ID)!).nextUpdateLate;
    };
    expect(late('2026-11-10T17:10:00Z')).toBe(false);
    expect(late('2026-11-10T17:30:00Z')).toBe(false);
    expect(late('2026-11-10T17:31:00Z')).toBe(true);
  });
});

describe('the words about time', () => {
  it('are pinned', () => {
    const { t, parts } = createTranslator('en', englishCatalog());
    expect(t('notice.late_update', { ago: '52 minutes ago' })).toBe('The next update is late; the last update was 52 minutes ago.');
    expect(parts('notice.stale_page', ['time', 'ago'])).toEqual([
      'Last updated ',
      { slot: 'time' },
      ' (',
      { slot: 'ago' },
      '). This page may be out of date.',
    ]);
    expect(t('time.as_of', { time: '14:05 UTC' })).toBe('as of 14:05 UTC');
  });
});

describe("the incremental build's key of an incident page", () => {
  it('has the build time in it while the page says "as of" and when it goes stale, and not once it is over', () => {
    const key = (now: string) => {
      const m = windowModel(now);
      return incidentPageKey(m, m.byId.get(WINDOW_ID)!);
    };
    // Upcoming: the state is the same at 17:10 and 17:20, but the page's build time is not.
    expect(key('2026-11-10T17:10:00Z')).not.toBe(key('2026-11-10T17:20:00Z'));
    expect(key('2026-11-11T10:00:00Z')).toBe(key('2026-11-11T11:00:00Z'));
  });
});

describe('what a later phase of the home page carries', () => {
  it('only what differs from the page as built: the banner, changed statuses, and the cards that changed', () => {
    const model = windowModel(WINDOW_NOW, makeWindowAndOutageFixture());
    const [first, during, after] = pagePhases(model).map((p) => liveHomeView(p.model));
    const changes = (later: typeof first) => {
      const c = liveHomeChanges(first!, later!);
      return { banner: c.banner, groups: [...c.groups], components: [...c.components], keep: [...c.keep] };
    };
    // The outage keeps the banner at "Partial outage"; its card never changes, so every phase keeps it.
    expect(changes(during)).toEqual({ banner: false, groups: [''], components: ['email'], keep: [OUTAGE_ID] });
    expect(changes(after)).toEqual({ banner: false, groups: [], components: [], keep: [OUTAGE_ID] });
    expect(liveHomeChanges(first!, first!).keep).toEqual(new Set([OUTAGE_ID, WINDOW_ID]));
  });
});
