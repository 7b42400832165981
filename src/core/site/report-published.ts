import type { IncidentState } from '../status/timeline.ts';

/**
 * When an incident's post-incident report counts as published, or undefined when it has none (or
 * nothing of the incident is published by `now`). A report is written after the fact, so it is
 * dated when the incident ended, or at its latest published update. The feeds' report item and the
 * API's `postmortem_published_at` both say this.
 */
export function reportPublishedAt(state: IncidentState, now: Date): Date | undefined {
  const { incident } = state;
  if (!incident.report) return undefined;
  const latest = incident.updates.find((u) => u.at <= now);
  if (!latest) return undefined;
  return state.end ?? latest.at;
}
