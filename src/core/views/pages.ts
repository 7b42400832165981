import { cacheOf } from '../shared/caches.ts';
import { listedStates } from '../site/listed.ts';
import type { ComponentConfig } from '../content/config/config-schema.ts';
import type { SiteModel } from '../site/site.ts';
import { COMPONENT_STATUS_MESSAGE, compareStatus, type ComponentStatus } from '../content/statuses.ts';
import { translatorOf } from '../site/translator.ts';
import { DAY, startOfUtcDay, utcDateKey } from '../shared/time.ts';
import type { IncidentState } from '../status/timeline.ts';
import { dateLabel, monthLabel } from './format.ts';
import { incidentView, summarise, type IncidentSummary, type IncidentView } from './incident.ts';
import { uptimeView, type UptimeView } from './uptime.ts';

/** A component's status at the model's `now`. */
export interface ComponentStatusView {
  id: string;
  status: ComponentStatus;
  statusLabel: string;
}

export interface ComponentRow extends ComponentStatusView {
  name: string;
  description?: string;
  uptime: UptimeView;
}

export interface GroupStatusView<C extends ComponentStatusView = ComponentStatusView> {
  id: string;
  name: string;
  /** The worst status in the group, for its heading. */
  status: ComponentStatus;
  statusLabel: string;
  components: C[];
}

export type GroupView = GroupStatusView<ComponentRow>;

export interface DayHistory {
  date: string;
  label: string;
  items: IncidentSummary[];
  /** On the home page, a busy day's items past the first few: how many, and the history page that lists them. */
  more?: { text: string; path: string };
}

export interface HomeView {
  openIncidents: IncidentView[];
  activeMaintenance: IncidentView[];
  upcomingMaintenance: IncidentView[];
  groups: GroupView[];
  /** The last 14 UTC days, newest first, with what happened on each. */
  recent: DayHistory[];
}

export const RECENT_DAYS = 14;
/** A busy day on the home page lists this many and links the rest, so the page stays light at any history size. */
export const RECENT_PER_DAY = 3;
export const HISTORY_PAGE_SIZE = 25;
/** The reports' archive pages like the history. */
export const REPORTS_PAGE_SIZE = HISTORY_PAGE_SIZE;

export function componentRow(model: SiteModel, c: ComponentConfig): ComponentRow {
  return {
    ...componentStatus(model, c.id),
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    uptime: uptimeView(model, model.uptime.get(c.id)!, c.name),
  };
}

/** Each group of components with its components' statuses at `now`; `row` says what else a row carries. */
export function groupStatuses<C extends ComponentStatusView>(model: SiteModel, row: (c: ComponentConfig) => C): GroupStatusView<C>[] {
  return model.site.groups.map((g) => {
    const components = g.components.map(row);
    const worst = components.reduce<ComponentStatus>((w, c) => (compareStatus(c.status, w) > 0 ? c.status : w), 'operational');
    return { id: g.id, name: g.name, status: worst, statusLabel: translatorOf(model).t(COMPONENT_STATUS_MESSAGE[worst]), components };
  });
}

export function componentStatus(model: SiteModel, id: string): ComponentStatusView {
  const status = model.overall.components.get(id) ?? 'operational';
  return { id, status, statusLabel: translatorOf(model).t(COMPONENT_STATUS_MESSAGE[status]) };
}

export function homeView(model: SiteModel): HomeView {
  const groups = groupStatuses(model, (c) => componentRow(model, c));
  return {
    openIncidents: model.openIncidents.map((s) => incidentView(model, s)),
    activeMaintenance: model.activeMaintenance.map((s) => incidentView(model, s)),
    upcomingMaintenance: model.upcomingMaintenance.map((s) => incidentView(model, s)),
    groups,
    recent: shortenDays(model, recentDays(model, RECENT_DAYS), RECENT_PER_DAY),
  };
}

/** Keeps each day's first `keep` items, and links the history page where the first of the others stands. */
export function shortenDays(model: SiteModel, days: DayHistory[], keep: number): DayHistory[] {
  if (days.every((d) => d.items.length <= keep)) return days;
  const history = historyStates(model);
  const position = new Map(history.map((s, i) => [s.incident.id, i]));
  return days.map((d) => {
    if (d.items.length <= keep) return d;
    const hidden = d.items.slice(keep);
    const first = Math.min(...hidden.map((i) => position.get(i.id) ?? 0));
    const page = Math.floor(first / HISTORY_PAGE_SIZE) + 1;
    const month = `#m-${history[first]!.start.toISOString().slice(0, 7)}`;
    const text = translatorOf(model).t('home.more_on_day', { count: hidden.length, date: d.label });
    return { ...d, items: d.items.slice(0, keep), more: { text, path: `${page === 1 ? 'history/' : `history/${page}/`}${month}` } };
  });
}

/** Days newest first; an incident appears on every day it was going on (maintenance: its window days). */
export function recentDays(model: SiteModel, days: number, states: IncidentState[] = listedStates(model)): DayHistory[] {
  const today = startOfUtcDay(model.now);
  const out: DayHistory[] = [];
  for (let i = 0; i < days; i++) {
    const from = today - i * DAY;
    const to = from + DAY;
    const items = states
      .filter((s) => s.maintenance !== 'upcoming' && !(s.maintenance === 'cancelled' && s.durationMs === 0))
      .filter((s) => s.start.getTime() < to && (s.end?.getTime() ?? model.now.getTime()) >= from)
      .map((s) => summarise(model, s));
    out.push({ date: utcDateKey(from), label: dateLabel(from, model.site.locale, model.caches), items });
  }
  return out;
}

export interface MonthGroup {
  key: string;
  label: string;
  items: IncidentSummary[];
}

/** Every incident and maintenance, newest first, grouped by the month it started in. */
export function byMonth(model: SiteModel, states: IncidentState[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const s of states) {
    const key = s.start.toISOString().slice(0, 7);
    let g = groups[groups.length - 1];
    if (!g || g.key !== key) {
      g = { key, label: monthLabel(s.start, model.site.locale, model.caches), items: [] };
      groups.push(g);
    }
    g.items.push(summarise(model, s));
  }
  return groups;
}

// Sorted once per model: each component's pages, the history and the reports all start from it.
const HISTORY_ORDER = cacheOf('incidents in history order', () => ({ states: undefined as readonly IncidentState[] | undefined }));

/** History order: upcoming maintenance is news only when it starts, so it sorts by its window's start. */
export function historyStates(model: SiteModel): IncidentState[] {
  const held = model.caches.get(HISTORY_ORDER);
  held.states ??= listedStates(model).sort((a, b) => b.start.getTime() - a.start.getTime() || a.incident.id.localeCompare(b.incident.id));
  return [...held.states];
}

export function componentStates(model: SiteModel, componentId: string): IncidentState[] {
  return historyStates(model).filter((s) => summarise(model, s).components.some((c) => c.id === componentId));
}

/** Incidents with a post-incident report, newest first. */
export function reportStates(model: SiteModel): IncidentView[] {
  return historyStates(model)
    .filter((s) => s.incident.report)
    .map((s) => incidentView(model, s));
}
