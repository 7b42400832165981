/**
 * Times in content always carry their zone. Accepted (PRODUCT.md): date and time split by a
 * space or `T`, optional seconds, then `UTC`, `Z` or an offset such as `+01:00`, optionally
 * after a space: `2026-11-20 14:05 UTC`, `2026-11-20T14:05Z`, `2026-11-20 14:05 +01:00`.
 */
export type TimeResult = { ok: true; date: Date } | { ok: false; reason: 'no-zone' | 'invalid' | 'not-a-time'; message: string };

const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s?(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/i;

export const TIME_EXAMPLE = '2026-11-20 14:05 UTC';

export function parseTime(input: string): TimeResult {
  const text = input.trim();
  const m = TIME.exec(text);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      return { ok: false, reason: 'not-a-time', message: `"${text}" is a date without a time; write e.g. \`${text} 14:05 UTC\`` };
    }
    return { ok: false, reason: 'not-a-time', message: `"${text}" is not a time; write e.g. \`${TIME_EXAMPLE}\`` };
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!zone) {
    return {
      ok: false,
      reason: 'no-zone',
      message: `"${text}" has no time zone; add one, e.g. \`${text} UTC\` or \`${text} +01:00\``,
    };
  }
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0)] as const;
  const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const back = new Date(utc);
  const valid =
    back.getUTCFullYear() === fields[0] &&
    back.getUTCMonth() === fields[1] - 1 &&
    back.getUTCDate() === fields[2] &&
    back.getUTCHours() === fields[3] &&
    back.getUTCMinutes() === fields[4] &&
    fields[5] < 60;
  if (!valid) return { ok: false, reason: 'invalid', message: `"${text}" is not a real date and time` };
  const offset = offsetMinutes(zone);
  if (offset === undefined) return { ok: false, reason: 'invalid', message: `${offsetProblem(zone)} (in "${text}")` };
  return { ok: true, date: new Date(utc - offset * 60_000) };
}

/** Real offsets run from UTC-12:00 (Baker Island) to UTC+14:00 (Line Islands). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

export function offsetProblem(zone: string): string {
  return `"${zone}" is not a real UTC offset; offsets run from -12:00 to +14:00 with minutes below 60, e.g. +01:00 or -05:30`;
}

/** Minutes east of UTC for `Z`, `UTC`, `+01:00` or `-0530`; undefined for one no place uses (`+99:99`, `+01:60`). */
export function offsetMinutes(zone: string): number | undefined {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const mins = Number(digits.slice(2));
  if (mins >= 60) return undefined;
  const minutes = sign * (hours * 60 + mins);
  return minutes < MIN_OFFSET || minutes > MAX_OFFSET ? undefined : minutes;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Midnight UTC of the day holding `date`. UTC days are always 24 h long. */
export function startOfUtcDay(date: Date | number): number {
  const t = typeof date === 'number' ? date : date.getTime();
  return Math.floor(t / DAY) * DAY;
}

/** `2026-11-20` */
export function utcDateKey(date: Date | number): string {
  return new Date(startOfUtcDay(date)).toISOString().slice(0, 10);
}

/** `2026-11-20 14:05 UTC`, the form the CLI writes and pages show without JavaScript. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "2 h 35 min", "4 days 3 h": durations for people. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} ${days === 1 ? 'day' : 'days'} ${hours} h` : `${days} ${days === 1 ? 'day' : 'days'}`;
  return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
}

export function sameDay(a: Date, b: Date): boolean {
  return startOfUtcDay(a) === startOfUtcDay(b);
}
