/**
 * What of a page listing incidents (history, a component's page) reads differently at each phase after
 * its build (views/list-phases.ts), and the list pages' cache keys: a page that changes by itself says
 * when it was built, so its key does too.
 */
import { describe, expect, it } from 'vitest';
import { readSiteModel } from '../src/core/pipeline.ts';
import { listChangesByItself, listPhases } from '../src/core/views/list-phases.ts';
import { historyPageKey } from '../src/core/views/page-keys.ts';
import { componentStates, historyStates } from '../src/core/views/pages.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { makeOutageFixture } from './helpers/outage-fixture.ts';
import { WINDOW, WINDOW_ID, WINDOW_NOW, makeWindowFixture } from './helpers/window-fixture.ts';

const model = (now = WINDOW_NOW, root = makeWindowFixture()) => readSiteModel(root, new Date(now));
const pills = (phase: { months: { items: { statusLabel: string }[] }[] }) => phase.months.flatMap((m) => m.items.map((i) => i.statusLabel));

describe('listPhases', () => {
  it('carries, from the window’s start and end, the month and the component status as they read then', () => {
    const m = model();
    const phases = listPhases(m, { states: componentStates(m, 'email'), component: { id: 'email', days: [] } });
    expect(phases.map((p) => p.from.toISOString())).toEqual(['2026-11-10T18:00:00.000Z', '2026-11-10T19:00:00.000Z']);
    expect(phases.map(pills)).toEqual([['In progress'], ['Completed']]);
    expect(phases.map((p) => p.months.map((g) => g.key))).toEqual([['2026-11'], ['2026-11']]);
    // Back to operational after the window: the build's status, so the page puts back its own.
    expect(phases.map((p) => p.status?.statusLabel)).toEqual(['Under maintenance', undefined]);
  });

  it('keeps a phase with nothing different, so the page reads as built again from then', () => {
    // A second window, on the API, from 18:30 to 18:45: the email window's start changes nothing on the API's page.
    const root = makeContentRoot({
      [`incidents/${WINDOW_ID}.md`]: WINDOW,
      'incidents/2026-11-10-db.md': WINDOW.replace('Mail relay move', 'Database move')
        .replace('2026-11-10 18:00 UTC, end: 2026-11-10 19:00 UTC', '2026-11-10 18:30 UTC, end: 2026-11-10 18:45 UTC')
        .replace('  - email', '  - api'),
    });
    const m = model(WINDOW_NOW, root);
    const api = listPhases(m, { states: componentStates(m, 'api'), component: { id: 'api', days: [] } });
    expect(api.map((p) => [p.from.toISOString(), pills(p), p.status?.statusLabel])).toEqual([
      ['2026-11-10T18:00:00.000Z', [], undefined],
      ['2026-11-10T18:30:00.000Z', ['In progress'], 'Under maintenance'],
      ['2026-11-10T18:45:00.000Z', ['Completed'], undefined],
      ['2026-11-10T19:00:00.000Z', ['Completed'], undefined],
    ]);
    expect(listPhases(m, { states: [] })).toEqual([]);
  });

  it('is empty for a list with nothing ahead or under way: an open incident reads the same until its next update', () => {
    const m = readSiteModel(makeOutageFixture(), new Date('2026-11-10T17:10:00Z'));
    expect(listChangesByItself(historyStates(m))).toBe(false);
    expect(listPhases(m, { states: historyStates(m) })).toEqual([]);
    expect(listChangesByItself(historyStates(model()))).toBe(true);
    expect(listChangesByItself(historyStates(model('2026-11-10T19:30:00Z')))).toBe(false);
  });
});

describe('the history page’s cache key', () => {
  const page = (states: ReturnType<typeof historyStates>) => ({
    currentPage: 1,
    lastPage: 1,
    total: states.length,
    start: 0,
    end: states.length,
    url: {},
    data: states,
  });

  it('changes with the build time while it lists maintenance ahead, and not once that is over', () => {
    const key = (now: string) => {
      const m = model(now);
      return historyPageKey(m, page(historyStates(m)));
    };
    expect(key('2026-11-10T17:10:00Z')).not.toBe(key('2026-11-10T17:20:00Z'));
    expect(key('2026-11-10T19:10:00Z')).toBe(key('2026-11-10T19:20:00Z'));
  });
});
