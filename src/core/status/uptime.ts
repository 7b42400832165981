import type { Segment } from './timeline.ts';
import { DAY, startOfUtcDay, utcDateKey } from '../shared/time.ts';
import { compareStatus, type ComponentStatus } from '../content/statuses.ts';

/**
 * How much of a minute in each status counts as downtime. Statuspage's convention: a major
 * outage is fully down, a partial outage 30 % down; degraded performance and maintenance count
 * as up (the service answers, slowly or as announced).
 */
export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

export const UPTIME_DAYS = 90;

export interface DayUptime {
  /** `2026-11-20` (UTC) */
  date: string;
  /** 0–1 over the part of the day observed (today: up to now). */
  uptime: number;
  downtimeMs: number;
  /** The worst status the component had that day. */
  worst: ComponentStatus;
  /** Incidents and maintenance that touched the component that day. */
  incidents: string[];
}

export interface ComponentUptime {
  component: string;
  /** Oldest first, `days` long, the last is today. */
  days: DayUptime[];
  /** 0–1 over the whole window. */
  uptime: number;
}

/** Per-day and window uptime of one component from the segments of every incident that touched it. */
export function componentUptime(component: string, segments: readonly Segment[], now: Date, days = UPTIME_DAYS): ComponentUptime {
  const mine = segments.filter((s) => s.component === component);
  const t = now.getTime();
  const today = startOfUtcDay(t);
  const result: DayUptime[] = [];
  let down = 0;
  let observed = 0;
  for (let i = days - 1; i >= 0; i--) {
    const from = today - i * DAY;
    const to = Math.min(from + DAY, t);
    const overlapping = mine.filter((s) => s.from < to && s.to > from);
    const downtimeMs = weightedDowntime(overlapping, from, to);
    const span = Math.max(0, to - from);
    down += downtimeMs;
    observed += span;
    let worst: ComponentStatus = 'operational';
    for (const s of overlapping) if (compareStatus(s.status, worst) > 0) worst = s.status;
    result.push({
      date: utcDateKey(from),
      uptime: span > 0 ? 1 - downtimeMs / span : 1,
      downtimeMs,
      worst,
      incidents: [...new Set(overlapping.map((s) => s.incident))],
    });
  }
  return { component, days: result, uptime: observed > 0 ? 1 - down / observed : 1 };
}

/**
 * Downtime in [from, to): where segments overlap (two incidents at once), each moment counts
 * once, at the heaviest weight in force.
 */
export function weightedDowntime(segments: readonly Segment[], from: number, to: number): number {
  const points = new Set<number>([from, to]);
  for (const s of segments) {
    if (s.from > from && s.from < to) points.add(s.from);
    if (s.to > from && s.to < to) points.add(s.to);
  }
  const sorted = [...points].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    let weight = 0;
    for (const s of segments) if (s.from <= a && s.to >= b) weight = Math.max(weight, DOWNTIME_WEIGHT[s.status]);
    total += weight * (b - a);
  }
  return total;
}
