import type { AffectedView } from './incident.ts';

/**
 * Whether an affected component's line says "…, now …" beside its worst status: only while the
 * incident is open and the status has changed since ("partial outage, now partial outage" says nothing).
 */
export function showsStatusNow(open: boolean, component: Pick<AffectedView, 'worst' | 'now'>): boolean {
  return open && component.worst !== component.now;
}
