import type { TimeFormat } from '../content/config/config-schema.ts';
import { cacheOf, remembered, type Caches } from '../shared/caches.ts';

/**
 * Dates and times as pages print them without JavaScript: in the site's `time_zone` (UTC unless
 * set), its language and on its clock (`time_format`). Days (the home page's, the uptime bars')
 * are UTC days. The page script re-renders every <time> in the reader's own zone, in the page's
 * language, on the same clock.
 */
const FORMATS = {
  day: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
  month: { timeZone: 'UTC', month: 'long', year: 'numeric' },
  // `numeric`, not `2-digit`: a 12-hour clock reads 4:12 PM, never 04:12 PM.
  time12: { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than using one; a big build formats ~100,000 dates.
const FORMATTERS = cacheOf('date formatters', () => new Map<string, Intl.DateTimeFormat>());
const DAY_LABELS = cacheOf('day labels', () => new Map<string, string>());
// Every update's time is printed on its incident page, in lists and in feeds, always through the
// model's own Date objects: each is labelled once, looked up by identity (cheaper than by value).
const DATE_TIME_LABELS = cacheOf('date and time labels', () => new Map<string, Map<Date, string>>());
const ISO_TIMES = cacheOf('ISO times', () => new Map<Date, string>());
const RELATIVE_FORMATTERS = cacheOf('relative time formatters', () => new Map<string, Intl.RelativeTimeFormat>());

function formatter(language: string, kind: keyof typeof FORMATS, caches: Caches | undefined, zone = 'UTC'): Intl.DateTimeFormat {
  return remembered(
    caches?.get(FORMATTERS),
    `${language}:${kind}:${zone}`,
    () => new Intl.DateTimeFormat(language, { ...FORMATS[kind], timeZone: zone }),
  );
}

/** A time in another zone than UTC, with the zone's short name in the site's language ("16:20 MEZ"). */
function zonedTime(language: string, clock: TimeFormat, zone: string, caches: Caches | undefined): Intl.DateTimeFormat {
  return remembered(
    caches?.get(FORMATTERS),
    `${language}:zoned-${clock}:${zone}`,
    () =>
      new Intl.DateTimeFormat(language, {
        timeZone: zone,
        ...(clock === '12h' ? { hour: 'numeric', hourCycle: 'h12' } : { hour: '2-digit', hourCycle: 'h23' }),
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  );
}

/**
 * `Nov 20, 2026` (UTC). A build labels the same few thousand days over and over: with the site
 * model's caches, each is formatted once.
 */
export function dateLabel(date: Date | number, language: string, caches?: Caches): string {
  const day = Math.floor((typeof date === 'number' ? date : date.getTime()) / 86_400_000);
  return remembered(caches?.get(DAY_LABELS), `${language}:${day}`, () => formatter(language, 'day', caches).format(day * 86_400_000));
}

export function monthLabel(date: Date | number, language: string, caches?: Caches): string {
  return formatter(language, 'month', caches).format(date);
}

/** Date and time in one formatter, so the language joins them ("20 نوفمبر 2026، 14:05", "2026年11月20日 14:05"). */
function dateTimeFormatter(language: string, clock: TimeFormat, zone: string, caches: Caches | undefined): Intl.DateTimeFormat {
  return remembered(
    caches?.get(FORMATTERS),
    `${language}:datetime-${clock}:${zone}`,
    () =>
      new Intl.DateTimeFormat(language, {
        timeZone: zone,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        ...(clock === '12h' ? { hour: 'numeric', hourCycle: 'h12' } : { hour: '2-digit', hourCycle: 'h23' }),
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  );
}

/**
 * `Nov 20, 2026, 14:05 UTC` or `Nov 20, 2026, 2:05 PM UTC`: the date in the site's language, the time on its clock,
 * both in `zone`, joined as the language joins them.
 */
export function dateTimeLabel(date: Date, language: string, clock: TimeFormat, caches?: Caches, zone = 'UTC'): string {
  if (zone !== 'UTC') return dateTimeFormatter(language, clock, zone, caches).format(date);
  let labels: Map<Date, string> | undefined;
  if (caches) {
    const byClock = caches.get(DATE_TIME_LABELS);
    const key = `${language}:${clock}`;
    labels = byClock.get(key);
    if (!labels) byClock.set(key, (labels = new Map<Date, string>()));
  }
  return remembered(labels, date, () => dateTimeFormatter(language, clock, zone, caches).format(date));
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** `14:05 UTC`, or on a 12-hour clock `2:05 PM UTC` (its AM and PM in the site's language); in another `zone`, its name. */
export function timeLabel(date: Date, language: string, clock: TimeFormat, caches?: Caches, zone = 'UTC'): string {
  if (zone !== 'UTC') return zonedTime(language, clock, zone, caches).format(date);
  if (clock === '12h') return `${formatter(language, 'time12', caches).format(date)} UTC`;
  return `${TWO_DIGITS[date.getUTCHours()]}:${TWO_DIGITS[date.getUTCMinutes()]} UTC`;
}

/** `2026-11-20T14:05:00.000Z`, for `<time datetime>`; a build prints the same times many times. */
export function isoTime(date: Date, caches?: Caches): string {
  return remembered(caches?.get(ISO_TIMES), date, () => date.toISOString());
}

function relative(language: string, caches: Caches | undefined): Intl.RelativeTimeFormat {
  return remembered(caches?.get(RELATIVE_FORMATTERS), language, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
}

/** "35 minutes ago", relative to the build's now; the page script redoes it against the reader's clock. */
export function agoLabel(date: Date, now: Date, language: string, caches?: Caches): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = relative(language, caches);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'minute');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}
