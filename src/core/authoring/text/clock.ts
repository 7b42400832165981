/**
 * Times in the text the CLI writes for customers (next update, report due, maintenance window,
 * report timeline), on the site's clock (`time_format`) through the label the pages print.
 * In English, as every sentence the CLI writes; "2:35 PM UTC" is also what the policy's
 * `promisedBy` (next-update.ts) reads. Update headings are not text for customers: they stay in the content
 * format, `2026-11-20 14:35 UTC`.
 */
import type { TimeFormat } from '../../content/config/config-schema.ts';
import { DAY, utcDateKey } from '../../shared/time.ts';
import { timeLabel } from '../../views/format.ts';

/** `14:35 UTC`, or `2:35 PM UTC` on a 12-hour clock. */
export function clockLabel(date: Date, clock: TimeFormat): string {
  return timeLabel(date, 'en', clock);
}

/** `14:35` or `2:35 PM`: the first of two times that share their zone ("from 2:00 AM to 4:00 AM UTC"). */
export function clockTime(date: Date, clock: TimeFormat): string {
  return clockLabel(date, clock).replace(/ UTC$/, '');
}

/**
 * A time promised in an update posted at `from`: the time alone when it comes within a day,
 * which readers and the policy take as the next such time; else with its date.
 */
export function promisedLabel(due: Date, from: Date, clock: TimeFormat): string {
  const label = clockLabel(due, clock);
  return due.getTime() - from.getTime() < DAY ? label : `${utcDateKey(due)} ${label}`;
}
