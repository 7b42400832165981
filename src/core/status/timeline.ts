import type { AffectedComponent, Incident } from '../content/model.ts';
import type { ComponentStatus, UpdateStatus } from '../content/statuses.ts';

/** A stretch of time in which an incident or maintenance gave a component a status. */
export interface Segment {
  component: string;
  from: number;
  /** Exclusive; `now` for what is still going on. */
  to: number;
  status: ComponentStatus;
  incident: string;
}

export type MaintenanceState = 'upcoming' | 'in_progress' | 'completed' | 'cancelled';

export interface IncidentState {
  incident: Incident;
  /** The status in force at `now`: the latest update's, or for maintenance the state the window implies. */
  status: UpdateStatus;
  /** An incident not yet resolved, or a maintenance in progress. */
  open: boolean;
  maintenance?: MaintenanceState;
  start: Date;
  /** When it ended (resolved, completed), if it has by `now`. */
  end?: Date;
  /** From start to end, or to `now` while it goes on (0 for upcoming maintenance). */
  durationMs: number;
  /** Each affected component's status at `now` (operational once it has ended). */
  current: Map<string, ComponentStatus>;
  segments: Segment[];
}

interface Event {
  at: number;
  set: { component: string; status: ComponentStatus }[];
  /** Return every component to operational. */
  clear?: boolean;
  update?: { affected: AffectedComponent[] };
}

/** Where an incident stands at `now`. Fills each update's `affected` (old and new component statuses). */
export function deriveState(incident: Incident, now: Date): IncidentState {
  return incident.kind === 'maintenance' ? deriveMaintenance(incident, now) : deriveIncident(incident, now);
}

function deriveIncident(incident: Incident, now: Date): IncidentState {
  const chronological = [...incident.updates].reverse();
  // The first update announces the components' starting statuses (Statuspage's affected_components).
  const events: Event[] = [
    { at: incident.started.getTime(), set: incident.components, ...(chronological[0] ? { update: chronological[0] } : {}) },
  ];
  let resolvedByUpdate = false;
  for (const u of chronological) {
    const ends = u.effectiveStatus === 'resolved' && u.status === 'resolved';
    if (ends) resolvedByUpdate = true;
    events.push({ at: u.at.getTime(), set: u.changes, clear: ends, update: u });
  }
  const end = incident.resolved;
  if (end && !resolvedByUpdate) events.push({ at: end.getTime(), set: [], clear: true });
  // Only what was published by `now` counts, so the state can be asked for any moment.
  const latest = incident.updates.find((u) => u.at <= now);
  const status: UpdateStatus = end && end <= now ? 'resolved' : (latest?.effectiveStatus ?? 'investigating');
  const open = status !== 'resolved';
  return finish(incident, now, events, { status, open, start: incident.started, ...(open || !end ? {} : { end }) });
}

function deriveMaintenance(incident: Incident, now: Date): IncidentState {
  const window = incident.window!;
  const chronological = [...incident.updates].reverse();
  const firstActive = chronological.find((u) => u.status === 'in_progress' || u.status === 'verifying');
  // Work that began early starts with its "In progress" update; otherwise the window's start begins it,
  // even if no one wrote "In progress".
  const startedByUpdate = firstActive !== undefined && firstActive.at <= window.start;
  const activeFrom = startedByUpdate ? firstActive.at.getTime() : window.start.getTime();
  const completedAt = incident.resolved?.getTime() ?? window.end.getTime();
  const t = now.getTime();
  const latestPast = incident.updates.find((u) => u.at <= now);
  const cancelled = latestPast?.effectiveStatus === 'cancelled';
  const state: MaintenanceState = cancelled ? 'cancelled' : t >= completedAt ? 'completed' : t >= activeFrom ? 'in_progress' : 'upcoming';
  const events: Event[] = [];
  if (!startedByUpdate) events.push({ at: activeFrom, set: incident.components });
  for (const u of chronological) {
    const set = startedByUpdate && u === firstActive ? [...incident.components, ...u.changes] : u.changes;
    events.push({ at: u.at.getTime(), set, clear: u.status === 'completed' || u.status === 'cancelled', update: u });
  }
  if (!incident.resolved) events.push({ at: completedAt, set: [], clear: true });
  events.sort((a, b) => a.at - b.at);
  const latest = incident.updates[0]!;
  const status: UpdateStatus =
    state === 'completed' || state === 'cancelled'
      ? state
      : state === 'upcoming'
        ? 'scheduled'
        : latest.effectiveStatus === 'verifying'
          ? 'verifying'
          : 'in_progress';
  return finish(incident, now, events, {
    status,
    open: state === 'in_progress',
    maintenance: state,
    start: new Date(activeFrom),
    ...(state === 'completed' || state === 'cancelled' ? { end: new Date(completedAt) } : {}),
  });
}

function finish(
  incident: Incident,
  now: Date,
  events: Event[],
  base: Pick<IncidentState, 'status' | 'open' | 'start' | 'end' | 'maintenance'>,
): IncidentState {
  const t = now.getTime();
  const current = new Map<string, ComponentStatus>();
  const since = new Map<string, number>();
  const segments: Segment[] = [];
  const close = (component: string, at: number) => {
    const status = current.get(component);
    const from = since.get(component);
    const to = Math.min(at, t);
    if (status && status !== 'operational' && from !== undefined && to > from) {
      segments.push({ component, from, to, status, incident: incident.id });
    }
  };
  for (const e of events) if (e.update) e.update.affected = [];
  for (const e of events) {
    const affected: AffectedComponent[] = e.update?.affected ?? [];
    const apply = (component: string, status: ComponentStatus) => {
      const old = current.get(component) ?? 'operational';
      if (old === status && current.has(component)) return;
      close(component, e.at);
      current.set(component, status);
      since.set(component, e.at);
      affected.push({ component, old_status: old, new_status: status });
    };
    for (const c of e.set) apply(c.component, c.status);
    if (e.clear) for (const component of [...current.keys()]) if (current.get(component) !== 'operational') apply(component, 'operational');
  }
  const endAt = base.end?.getTime() ?? t;
  for (const component of current.keys()) close(component, endAt);
  const atNow = new Map<string, ComponentStatus>();
  for (const c of incident.components) atNow.set(c.component, 'operational');
  if (base.open) {
    // Replay only what happened up to now.
    for (const e of events) {
      if (e.at > t) break;
      for (const c of e.set) atNow.set(c.component, c.status);
      if (e.clear) for (const k of atNow.keys()) atNow.set(k, 'operational');
    }
  }
  const durationMs = base.maintenance === 'upcoming' ? 0 : Math.max(0, endAt - base.start.getTime());
  return { incident, ...base, durationMs, current: atNow, segments };
}
