import { maintenanceChanges } from './time-changes.ts';
import type { IncidentState } from './timeline.ts';

/** How many changes ahead a page carries at most; past the last, the page shows that last state. */
export const MAX_BROWSER_STATE_CHANGES = 8;

/**
 * The instants after `now` at which the state the page shows changes with no update written: a
 * maintenance window's start (In progress) and end (Completed), as the timekeeper has them (time-changes.ts). Sorted, at most `limit`. The page
 * carries the state at each, so a reader's browser shows the right one between builds. Only those
 * before `horizon` (a page read later says it may be out of date anyway; views/time-phases.ts passes
 * the quiet `stale_after`). An overdue promised update is not among them: it changes no state, only
 * adds a notice, which carries its own time.
 */
export function browserStateChanges(
  states: readonly IncidentState[],
  now: Date,
  horizon = Number.POSITIVE_INFINITY,
  limit = MAX_BROWSER_STATE_CHANGES,
): Date[] {
  const t = now.getTime();
  const until = t + horizon;
  const at = new Set<number>();
  for (const s of states) {
    for (const { at: change } of maintenanceChanges(s)) if (change.getTime() > t && change.getTime() <= until) at.add(change.getTime());
  }
  return [...at]
    .sort((a, b) => a - b)
    .slice(0, limit)
    .map((n) => new Date(n));
}
