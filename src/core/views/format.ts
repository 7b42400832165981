import type { TimeFormat } from '../content/config/config-schema.ts';
import { formatDuration } from '../shared/time.ts';

/**
 * Dates and times as pages print them without JavaScript: always UTC, in the site's language and
 * on the site's clock (`time_format`). The page script re-renders every <time> in the reader's own
 * zone and locale, on the same clock.
 */
const FORMATS = {
  day: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
  month: { timeZone: 'UTC', month: 'long', year: 'numeric' },
  // `numeric`, not `2-digit`: a 12-hour clock reads 4:12 PM, never 04:12 PM.
  time12: { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than using one; a big build formats ~100,000 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, FORMATS[kind]);
    formatters.set(key, f);
  }
  return f;
}

const dayLabels = new Map<string, string>();

/** `Nov 20, 2026` (UTC). A build labels the same few thousand days over and over, so each is formatted once. */
export function dateLabel(date: Date | number, language: string): string {
  const day = Math.floor((typeof date === 'number' ? date : date.getTime()) / 86_400_000);
  const key = `${language}:${day}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = formatter(language, 'day').format(day * 86_400_000);
    dayLabels.set(key, label);
  }
  return label;
}

export function monthLabel(date: Date | number, language: string): string {
  return formatter(language, 'month').format(date);
}

// Every update's time is printed on its incident page, in lists and in feeds, always through the
// model's own Date objects: each is labelled once, looked up by identity (cheaper than by value).
const dateTimeLabels = new Map<string, WeakMap<Date, string>>();

/** `Nov 20, 2026, 14:05 UTC` or `Nov 20, 2026, 2:05 PM UTC`: the date in the site's language, the time on its clock. */
export function dateTimeLabel(date: Date, language: string, clock: TimeFormat): string {
  const key = `${language}:${clock}`;
  let labels = dateTimeLabels.get(key);
  if (!labels) dateTimeLabels.set(key, (labels = new WeakMap()));
  let label = labels.get(date);
  if (label === undefined) {
    label = `${dateLabel(date, language)}, ${timeLabel(date, language, clock)}`;
    labels.set(date, label);
  }
  return label;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** `14:05 UTC`, or on a 12-hour clock `2:05 PM UTC` (its AM and PM in the site's language). */
export function timeLabel(date: Date, language: string, clock: TimeFormat): string {
  if (clock === '12h') return `${formatter(language, 'time12').format(date)} UTC`;
  return `${TWO_DIGITS[date.getUTCHours()]}:${TWO_DIGITS[date.getUTCMinutes()]} UTC`;
}

const isoTimes = new WeakMap<Date, string>();

/** `2026-11-20T14:05:00.000Z`, for `<time datetime>`; a build prints the same times many times. */
export function isoTime(date: Date): string {
  let iso = isoTimes.get(date);
  if (iso === undefined) {
    iso = date.toISOString();
    isoTimes.set(date, iso);
  }
  return iso;
}

/** "99.95%" — never rounds a bad day up to 100%. */
export function percentLabel(fraction: number): string {
  const pct = Math.floor(fraction * 10_000) / 100;
  return `${pct.toFixed(2)}%`;
}

export { formatDuration };

const relatives = new Map<string, Intl.RelativeTimeFormat>();
function relative(language: string): Intl.RelativeTimeFormat {
  let f = relatives.get(language);
  if (!f) relatives.set(language, (f = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  return f;
}

/** "35 minutes ago", relative to the build's now; the page script redoes it against the reader's clock. */
export function agoLabel(date: Date, now: Date, language: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = relative(language);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'minute');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}
