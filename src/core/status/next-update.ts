/**
 * When the next update of an open incident is due: the one answer the page, the policy rules,
 * the watchdog and `status list` all give, so a responder is reminded at the time customers
 * were told.
 */
import type { Policy } from '../content/config/config-schema.ts';
import { markdownToText } from '../content/markdown/markdown.ts';
import type { Update } from '../content/model.ts';
import { HOUR, MINUTE, parseTime } from '../shared/time.ts';
import type { IncidentState } from './timeline.ts';
import { hour24, SPOKEN_AMOUNT, spokenAmount } from '../shared/spoken-amounts.ts';

export interface NextUpdateDue {
  /** The instant the next update is due by. */
  at: Date;
  /** `promised`: the latest update said when ("Next update by 17:30 UTC"); `interval`: it did not, so the policy's interval counts. */
  why: 'promised' | 'interval';
  /** The latest update published by `now`, which the time counts from. */
  latest: Update;
}

/**
 * For an open incident (not maintenance): its latest update's own promise, which the page must not
 * contradict, else that update plus `policy.update_interval_minutes`. Undefined for maintenance, a
 * resolved incident, or one with nothing published by `now`.
 */
export function nextUpdateDue(state: IncidentState, policy: Pick<Policy, 'update_interval_minutes'>, now: Date): NextUpdateDue | undefined {
  if (state.incident.kind !== 'incident' || !state.open) return undefined;
  const latest = state.incident.updates.find((u) => u.at <= now);
  if (!latest) return undefined;
  const promised = promisedBy(latest);
  if (promised) return { at: promised, why: 'promised', latest };
  return { at: new Date(latest.at.getTime() + policy.update_interval_minutes * MINUTE), why: 'interval', latest };
}

/** Whether the next update is late at `now`. */
export function isOverdue(due: NextUpdateDue, now: Date): boolean {
  return due.at < now;
}

/**
 * When an update says the next one comes: "next update by 14:35 (UTC)" (or "2:35 PM") is the next 14:35 UTC at or
 * after the update; "(next update|another update) in/within 30 minutes|2 hours" counts from it.
 */

export function promisedBy(update: Update): Date | undefined {
  const text = markdownToText(update.markdown);
  // More than a day ahead, the CLI writes the date too: "Next update by 2026-11-21 3:00 PM UTC."
  const dated =
    /\bnext (?:update|post)\b[^.!?]*?\b(?:by|at|before|on)\s+(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b\.?)?(?:\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})\b)?/i.exec(
      text,
    );
  if (dated) {
    const time = parseTime(`${dated[1]} ${String(hour24(Number(dated[2]), dated[4])).padStart(2, '0')}:${dated[3]} ${dated[5] ?? 'UTC'}`);
    if (time.ok) return time.date;
  }
  const clockTime =
    /\bnext (?:update|post)\b[^.!?]*?\b(?:by|at|before)\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b\.?)?(?:\s*(?:UTC|GMT|Z)\b)?/i.exec(text);
  if (clockTime) {
    const day = Date.UTC(update.at.getUTCFullYear(), update.at.getUTCMonth(), update.at.getUTCDate());
    // A site with `time_format: 12h` writes "by 5:30 PM UTC".
    const hour = hour24(Number(clockTime[1]), clockTime[3]);
    let promise = day + (hour * 60 + Number(clockTime[2])) * MINUTE;
    if (promise < update.at.getTime()) promise += 24 * HOUR;
    return new Date(promise);
  }
  const within = /\b(?:next|another|further)\s+update\b[^.!?]*?\b(?:in|within)\s+(\d+|an?|one|half an)\s*(minutes?|mins?|hours?|h)\b/i.exec(
    text,
  );
  if (within) {
    const n = /^\d+$/.test(within[1]!) ? Number(within[1]) : /half/i.test(within[1]!) ? 0.5 : 1;
    const unit = /^h/i.test(within[2]!) ? HOUR : MINUTE;
    return new Date(update.at.getTime() + n * unit);
  }
  return undefined;
}

/**
 * A stated estimate tells customers when they will hear next as surely as a promised update does:
 * "we expect full recovery in about three hours", "estimated resolution by 17:30 UTC".
 */
export function estimatedBy(update: Update): Date | undefined {
  const text = markdownToText(update.markdown);
  const cue = String.raw`\b(?:expect|expected|expecting|estimate|estimated|anticipate|anticipated|eta)\b[^.!?]*?`;
  const within = new RegExp(
    cue + String.raw`\b(?:in|within)\s+(?:about|around|approximately|roughly|the next)?\s*${SPOKEN_AMOUNT}\s*(minutes?|mins?|hours?|h)\b`,
    'i',
  ).exec(text);
  if (within) {
    const n = spokenAmount(within[1]!);
    if (n !== undefined) return new Date(update.at.getTime() + n * (/^h/i.test(within[2]!) ? HOUR : MINUTE));
  }
  const clockTime = new RegExp(
    cue + String.raw`\b(?:by|at|around|before)\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b\.?)?(?:\s*(?:UTC|GMT|Z)\b)`,
    'i',
  ).exec(text);
  if (clockTime) {
    const day = Date.UTC(update.at.getUTCFullYear(), update.at.getUTCMonth(), update.at.getUTCDate());
    let at = day + (hour24(Number(clockTime[1]), clockTime[3]) * 60 + Number(clockTime[2])) * MINUTE;
    if (at < update.at.getTime()) at += 24 * HOUR;
    return new Date(at);
  }
  return undefined;
}

/** When an update told customers they would hear next, if it did: a promised update, else a stated estimate. */
export function toldNextBy(update: Update): Date | undefined {
  return promisedBy(update) ?? estimatedBy(update);
}
