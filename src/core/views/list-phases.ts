/**
 * A page that lists incidents (a page of `/history/`, a component's page) read between builds: what
 * of it reads differently at each later phase (`pagePhases`), so the page can carry just that in its
 * `<template data-from>` and the reader's browser show the state its clock is in (see index.astro).
 */
import type { SiteModel } from '../site/site.ts';
import type { IncidentState } from '../status/timeline.ts';
import { summarise, type IncidentSummary } from './incident.ts';
import { byMonth, componentStatus, type ComponentStatusView, type MonthGroup } from './pages.ts';
import { pagePhases } from './time-phases.ts';

/** A list changes by itself when it holds maintenance still ahead or under way: its status moves with the clock. */
export function listChangesByItself(states: readonly IncidentState[]): boolean {
  return states.some((s) => s.maintenance === 'upcoming' || s.maintenance === 'in_progress');
}

/** A day's incidents, as a component's page lists them under the day. */
export interface ListedDay {
  date: string;
  items: IncidentSummary[];
}

export interface ListPhase {
  from: Date;
  /** The months whose items read differently in this phase than as built, as they read then. */
  months: MonthGroup[];
  /** The days (a component's recent days with incidents) whose items read differently, as they read then. */
  days: ListedDay[];
  /** The component's status in this phase, when it differs from the build's. */
  status?: ComponentStatusView;
}

export interface ListedPage {
  /** The incidents the page lists, in its order. */
  states: readonly IncidentState[];
  /** A component's first page: its status, and its days with incidents (by id). */
  component?: { id: string; days: readonly { date: string; incidents: readonly { id: string }[] }[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Each phase after the build, with what of the page differs from the page as built; none when the
 * list does not change by itself. A phase with nothing different is kept: from its time on, the page
 * reads as built again.
 */
export function listPhases(model: SiteModel, page: ListedPage): ListPhase[] {
  if (!listChangesByItself(page.states)) return [];
  const built = byMonth(model, [...page.states]);
  const dayItems = (m: SiteModel): ListedDay[] =>
    (page.component?.days ?? []).map((d) => ({ date: d.date, items: d.incidents.map((x) => summarise(m, m.byId.get(x.id)!)) }));
  const builtDays = dayItems(model);
  const builtStatus = page.component && componentStatus(model, page.component.id);
  return pagePhases(model)
    .slice(1)
    .map(({ from, model: later }) => {
      const status = page.component && componentStatus(later, page.component.id);
      return {
        from,
        months: byMonth(
          later,
          page.states.map((s) => later.byId.get(s.incident.id)!),
        ).filter((m, n) => !same(m, built[n])),
        days: dayItems(later).filter((d, n) => !same(d, builtDays[n])),
        ...(status && !same(status, builtStatus) ? { status } : {}),
      };
    });
}
