/**
 * A static page read between builds: the states it will pass through with nothing new written, so
 * the reader's browser can show the one its clock is in (and say when the page may be out of date).
 * The states are worked out here, by the same status code as the build's; the page script only
 * compares the reader's clock with the instants these carry.
 */
import { cacheOf } from '../shared/caches.ts';
import { MINUTE } from '../shared/time.ts';
import { siteModelAt, type SiteModel } from '../site/site.ts';
import { browserStateChanges } from '../status/browser-state-changes.ts';
import { incidentView, type IncidentView } from './incident.ts';
import { componentStatus, groupStatuses, type GroupStatusView } from './pages.ts';
import { OVERALL_MESSAGE } from '../status/overall.ts';
import { translatorOf } from '../site/translator.ts';

export interface PagePhase {
  /** When this state begins: the build's `now` for the first. */
  from: Date;
  /** The next phase's `from`; none for the last. */
  until?: Date;
  /** The model as it stands in this phase. */
  model: SiteModel;
  /** An incident is open or a maintenance in progress (the page goes stale sooner). */
  open: boolean;
}

/** A stretch of the reader's time in which the page says it may be out of date; open-ended without `until`. */
export interface StaleSpan {
  from: Date;
  until?: Date;
}

const PHASES = cacheOf('page phases', () => new Map<SiteModel, PagePhase[]>());

/**
 * The build's state, then one phase per change ahead (`browserStateChanges`) within the quiet
 * `stale_after`: a page read after that says it may be out of date whatever it shows.
 */
export function pagePhases(model: SiteModel): PagePhase[] {
  const cache = model.caches.get(PHASES);
  let phases = cache.get(model);
  if (phases) return phases;
  const changes = browserStateChanges(model.states, model.now, model.site.config.stale_after.quiet_minutes * MINUTE);
  const models = [model, ...changes.map((at) => siteModelAt(model, at))];
  phases = models.map((m, n) => ({
    from: m.now,
    ...(changes[n] ? { until: changes[n] } : {}),
    model: m,
    open: m.openIncidents.length > 0 || m.activeMaintenance.length > 0,
  }));
  cache.set(model, phases);
  return phases;
}

/**
 * When the page is out of date: built more than `stale_after.open_minutes` ago while something is
 * open, `quiet_minutes` otherwise, judged in each phase by what is open in it.
 */
export function staleSpans(model: SiteModel, phases: readonly PagePhase[] = pagePhases(model)): StaleSpan[] {
  const { open_minutes, quiet_minutes } = model.site.config.stale_after;
  const built = model.now.getTime();
  const spans: StaleSpan[] = [];
  for (const p of phases) {
    const from = Math.max(p.from.getTime(), built + (p.open ? open_minutes : quiet_minutes) * MINUTE);
    const until = p.until?.getTime();
    if (until !== undefined && from >= until) continue;
    const last = spans[spans.length - 1];
    if (last?.until && last.until.getTime() === from) {
      if (until === undefined) delete last.until;
      else last.until = new Date(until);
    } else spans.push({ from: new Date(from), ...(until !== undefined ? { until: new Date(until) } : {}) });
  }
  return spans;
}

/** `from/until` or `from` for an open end (ISO 8601 intervals), space-separated: the page's `data-stale-during`. */
export function staleSpansAttribute(spans: readonly StaleSpan[]): string {
  return spans.map((s) => (s.until ? `${s.from.toISOString()}/${s.until.toISOString()}` : s.from.toISOString())).join(' ');
}

/** What of the home page changes from phase to phase: the banner, the open and maintenance cards, the statuses. */
export interface LiveHomeView {
  indicator: SiteModel['overall']['indicator'];
  description: string;
  openIncidents: IncidentView[];
  activeMaintenance: IncidentView[];
  upcomingMaintenance: IncidentView[];
  groups: GroupStatusView[];
}

export function liveHomeView(model: SiteModel): LiveHomeView {
  return {
    indicator: model.overall.indicator,
    description: translatorOf(model).t(OVERALL_MESSAGE[model.overall.indicator]),
    openIncidents: model.openIncidents.map((s) => incidentView(model, s)),
    activeMaintenance: model.activeMaintenance.map((s) => incidentView(model, s)),
    upcomingMaintenance: model.upcomingMaintenance.map((s) => incidentView(model, s)),
    groups: groupStatuses(model, (c) => componentStatus(model, c.id)),
  };
}

/**
 * What of a later phase's home page differs from the page as built, so its template carries only
 * that and the page script restores the rest from the page as built: the banner, the groups and
 * components whose status changed, and (`keep`) the cards that stand unchanged in the same section.
 */
export interface LiveHomeChanges {
  banner: boolean;
  groups: Set<string>;
  components: Set<string>;
  keep: Set<string>;
}

export function liveHomeChanges(first: LiveHomeView, later: LiveHomeView): LiveHomeChanges {
  const statuses = (v: LiveHomeView) =>
    new Map(v.groups.flatMap((g) => [[`g ${g.id}`, g.status], ...g.components.map((c) => [`c ${c.id}`, c.status] as const)]));
  const cards = (v: LiveHomeView) =>
    new Map(
      (['openIncidents', 'activeMaintenance', 'upcomingMaintenance'] as const).flatMap((list) =>
        v[list].map((i) => [i.id, `${list} ${i.status} ${i.components.map((c) => c.now).join(' ')}`] as const),
      ),
    );
  const before = statuses(first);
  const changed = [...statuses(later)].filter(([key, status]) => before.get(key) !== status).map(([key]) => key);
  const firstCards = cards(first);
  return {
    banner: first.indicator !== later.indicator || first.description !== later.description,
    groups: new Set(changed.filter((k) => k.startsWith('g ')).map((k) => k.slice(2))),
    components: new Set(changed.filter((k) => k.startsWith('c ')).map((k) => k.slice(2))),
    keep: new Set([...cards(later)].filter(([id, card]) => firstCards.get(id) === card).map(([id]) => id)),
  };
}
