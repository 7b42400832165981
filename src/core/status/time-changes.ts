/**
 * The instants after `now` at which what Statusmark publishes changes with no new commit: the
 * clock alone moves maintenance from Scheduled to In progress to Completed, makes a promised
 * update late (on the page, then for the watchdog), and makes a post-incident report due. The
 * timekeeper waits for these, and the API says until when its state holds.
 *
 * Midnight UTC (a new day in the uptime bars) is left out on purpose: waiting for it every day
 * would cost up to the horizon in runner minutes daily, and a day's bar a few minutes late
 * misleads nobody; the scheduled rebuild brings it.
 */
import type { Policy } from '../content/config/config-schema.ts';
import { MINUTE } from '../shared/time.ts';
import { nextUpdateDue } from './next-update.ts';
import type { IncidentState } from './timeline.ts';

/** The watchdog reminds an incident's owners once its next update is this many minutes late. */
export const WATCHDOG_GRACE_MINUTES = 5;

export type TimeChangeKind = 'maintenance-starts' | 'maintenance-ends' | 'update-late' | 'watchdog-reminds' | 'report-due';

export interface TimeChange {
  /** The instant the change happens: state derived at any time after it differs from before it. */
  at: Date;
  kind: TimeChangeKind;
  /** The incident or maintenance it belongs to. */
  incident: string;
  title: string;
}

/** What the state of a site depends on: each incident's state at `now` and the communication policy. */
export interface TimedContent {
  states: readonly IncidentState[];
  policy: Pick<Policy, 'update_interval_minutes' | 'report_due_minutes'>;
  now: Date;
}

/** Every change after `now`, soonest first (ties in a fixed order: by kind, then incident id). */
export function timeChanges({ states, policy, now }: TimedContent): TimeChange[] {
  const out: TimeChange[] = [];
  const add = (at: Date, kind: TimeChangeKind, state: IncidentState) => {
    if (at > now) out.push({ at, kind, incident: state.incident.id, title: state.incident.title });
  };
  for (const state of states) {
    const { incident } = state;
    if (incident.kind === 'maintenance') {
      for (const change of maintenanceChanges(state)) add(change.at, change.kind, state);
      continue;
    }
    const due = nextUpdateDue(state, policy, now);
    if (due) {
      add(due.at, 'update-late', state);
      add(new Date(due.at.getTime() + WATCHDOG_GRACE_MINUTES * MINUTE), 'watchdog-reminds', state);
    }
    if (reportIsOwed(state)) add(new Date(incident.resolved!.getTime() + policy.report_due_minutes * MINUTE), 'report-due', state);
  }
  const order: readonly TimeChangeKind[] = ['maintenance-starts', 'maintenance-ends', 'update-late', 'watchdog-reminds', 'report-due'];
  return out.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || order.indexOf(a.kind) - order.indexOf(b.kind) || a.incident.localeCompare(b.incident),
  );
}

/** The soonest instant after `now` at which something changes, and every change at that instant. */
export function nextTimeChange(content: TimedContent): { at: Date; changes: TimeChange[] } | undefined {
  const all = timeChanges(content);
  const first = all[0];
  if (!first) return undefined;
  return { at: first.at, changes: all.filter((c) => c.at.getTime() === first.at.getTime()) };
}

/** A maintenance's start (if still ahead of its state) and end, whether or not they are after now. */
export function maintenanceChanges(state: IncidentState): { at: Date; kind: 'maintenance-starts' | 'maintenance-ends' }[] {
  const { incident } = state;
  if (state.maintenance !== 'upcoming' && state.maintenance !== 'in_progress') return [];
  const ends = { at: incident.resolved ?? incident.window!.end, kind: 'maintenance-ends' as const };
  if (state.maintenance === 'upcoming') return [{ at: state.start, kind: 'maintenance-starts' }, ends];
  return [ends];
}

/** As the `policy-report-due` rule has it: a resolved major or critical incident without a report, not opened in error. */
function reportIsOwed({ incident }: IncidentState): boolean {
  return (
    incident.kind === 'incident' &&
    !incident.report &&
    !incident.openedInError &&
    (incident.impact === 'major' || incident.impact === 'critical') &&
    incident.resolved !== undefined
  );
}
