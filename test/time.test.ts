import { describe, expect, it } from 'vitest';
import { formatDuration, formatUtc, parseTime, startOfUtcDay, utcDateKey } from '../src/core/shared/time.ts';
import { parseAt } from '../src/core/authoring/plan/flag-values.ts';

const iso = (text: string) => {
  const t = parseTime(text);
  if (!t.ok) throw new Error(t.message);
  return t.date.toISOString();
};

describe('parseTime', () => {
  it.each([
    ['2026-11-20 14:05 UTC', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05Z', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05:00+01:00', '2026-11-20T13:05:00.000Z'],
    ['2026-11-20 14:05 +01:00', '2026-11-20T13:05:00.000Z'],
    ['2026-11-20 14:05:30 UTC', '2026-11-20T14:05:30.000Z'],
    ['2026-11-20 14:05 -05:30', '2026-11-20T19:35:00.000Z'],
    ['2026-11-20 14:05utc', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T00:30+02:00', '2026-11-19T22:30:00.000Z'],
    ['  2026-11-20 14:05 Z  ', '2026-11-20T14:05:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('refuses a time without a zone and says how to add one', () => {
    const t = parseTime('2026-11-20 14:05');
    expect(t).toMatchObject({ ok: false, reason: 'no-zone' });
    if (!t.ok) expect(t.message).toContain('2026-11-20 14:05 UTC');
  });

  it.each(['2026-02-30 10:00 UTC', '2026-11-20 25:00 UTC', '2026-13-01 10:00 UTC', '2026-11-20 10:61 UTC'])(
    'refuses the impossible %s',
    (text) => {
      expect(parseTime(text)).toMatchObject({ ok: false, reason: 'invalid' });
    },
  );

  it.each(['+99:99', '+01:60', '+24:00', '-13:00', '+1430'])(
    'refuses the offset %s, which no place uses, and says which offsets are real',
    (zone) => {
      expect(parseTime(`2026-11-20 14:05 ${zone}`)).toEqual({
        ok: false,
        reason: 'invalid',
        message: `"${zone}" is not a real UTC offset; offsets run from -12:00 to +14:00 with minutes below 60, e.g. +01:00 or -05:30 (in "2026-11-20 14:05 ${zone}")`,
      });
    },
  );

  it.each([
    ['2026-11-20 14:05 +14:00', '2026-11-20T00:05:00.000Z'],
    ['2026-11-20 14:05 -12:00', '2026-11-21T02:05:00.000Z'],
    ['2026-11-20 14:05 +05:45', '2026-11-20T08:20:00.000Z'],
    ['2026-11-20 14:05 +0530', '2026-11-20T08:35:00.000Z'],
  ])('accepts the real offset at the edge or in between: %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(['yesterday', '14:05 UTC', '20/11/2026 14:05 UTC', '2026-11-20', ''])('refuses %j as not a time', (text) => {
    expect(parseTime(text)).toMatchObject({ ok: false, reason: 'not-a-time' });
  });
});

describe('formatting', () => {
  it('formats UTC times and day keys', () => {
    const d = new Date('2026-11-20T23:59:59Z');
    expect(formatUtc(d)).toBe('2026-11-20 23:59 UTC');
    expect(utcDateKey(d)).toBe('2026-11-20');
    expect(new Date(startOfUtcDay(d)).toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it.each([
    [0, '0 min'],
    [35 * 60_000, '35 min'],
    [60 * 60_000, '1 h'],
    [155 * 60_000, '2 h 35 min'],
    [26 * 3_600_000, '1 day 2 h'],
    [72 * 3_600_000, '3 days'],
  ])('formats a duration of %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('the CLI’s --at', () => {
  it('refuses an offset no place uses, in the short form too', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(() => parseAt('14:05 +99:99', now)).toThrow(
      '--at: "+99:99" is not a real UTC offset; offsets run from -12:00 to +14:00 with minutes below 60, e.g. +01:00 or -05:30',
    );
    expect(parseAt('14:05 +14:00', now).toISOString()).toBe('2026-11-21T00:05:00.000Z');
  });
});
