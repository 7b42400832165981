import { describe, expect, it } from 'vitest';
import type { Segment } from '../src/core/status/timeline.ts';
import { deriveState } from '../src/core/status/timeline.ts';
import { componentUptime, weightedDowntime } from '../src/core/status/uptime.ts';
import { parseOk } from './helpers/parse.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const t = (iso: string) => new Date(iso).getTime();
const seg = (from: string, to: string, status: Segment['status'], incident = 'x', component = 'api'): Segment => ({
  component,
  from: t(from),
  to: t(to),
  status,
  incident,
});

describe('weightedDowntime', () => {
  it('counts a major outage fully, a partial outage at 30 %, degraded and maintenance not at all', () => {
    const day = [t('2026-11-20T00:00:00Z'), t('2026-11-21T00:00:00Z')] as const;
    expect(weightedDowntime([seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'major_outage')], ...day)).toBe(60 * MIN);
    expect(weightedDowntime([seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'partial_outage')], ...day)).toBe(18 * MIN);
    expect(weightedDowntime([seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'degraded_performance')], ...day)).toBe(0);
    expect(weightedDowntime([seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'under_maintenance')], ...day)).toBe(0);
  });

  it('counts overlapping incidents once, at the heaviest weight', () => {
    const overlapping = [
      seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'partial_outage', 'a'),
      seg('2026-11-20T10:30Z', '2026-11-20T10:45Z', 'major_outage', 'b'),
    ];
    // 45 min partial (13.5 min) + 15 min major (15 min)
    expect(weightedDowntime(overlapping, t('2026-11-20T00:00Z'), t('2026-11-21T00:00Z'))).toBe(28.5 * MIN);
  });
});

describe('componentUptime', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('has 90 days, oldest first, the last being today', () => {
    const u = componentUptime('api', [], now);
    expect(u.days).toHaveLength(90);
    expect(u.days[89]!.date).toBe('2026-11-21');
    expect(u.days[0]!.date).toBe('2026-08-24');
    expect(u.uptime).toBe(1);
  });

  it('splits an incident across midnight between its two days', () => {
    const u = componentUptime('api', [seg('2026-11-19T23:00Z', '2026-11-20T01:00Z', 'major_outage', 'night')], now);
    const [d19, d20] = [u.days[87]!, u.days[88]!];
    expect([d19.date, d19.downtimeMs, d19.incidents]).toEqual(['2026-11-19', 60 * MIN, ['night']]);
    expect([d20.date, d20.downtimeMs, d20.incidents]).toEqual(['2026-11-20', 60 * MIN, ['night']]);
    expect(d19.uptime).toBeCloseTo(1 - 1 / 24, 10);
    expect(d19.worst).toBe('major_outage');
  });

  it('counts only the part of an incident inside the 90-day window', () => {
    const windowStart = t('2026-08-24T00:00Z');
    const u = componentUptime('api', [{ ...seg('2026-08-23T00:00Z', '2026-08-24T06:00Z', 'major_outage'), from: windowStart - DAY }], now);
    expect(u.days[0]!.downtimeMs).toBe(6 * 60 * MIN);
    const observed = 89 * DAY + 12 * 60 * MIN;
    expect(u.uptime).toBeCloseTo(1 - (6 * 60 * MIN) / observed, 12);
  });

  it('counts today only up to now, so an ongoing outage weighs on the elapsed part', () => {
    const u = componentUptime('api', [seg('2026-11-21T06:00Z', '2026-11-21T12:00Z', 'major_outage')], now);
    expect(u.days[89]!.uptime).toBeCloseTo(0.5, 12);
  });

  it('ignores other components', () => {
    const u = componentUptime('api', [seg('2026-11-20T10:00Z', '2026-11-20T11:00Z', 'major_outage', 'x', 'email')], now);
    expect(u.uptime).toBe(1);
  });

  it('works from parsed incidents end to end', () => {
    const incident = parseOk(
      `---\ntitle: T\ncomponents: { api: partial_outage }\n---\n## 2026-11-20 11:00 UTC · Resolved\nOk.\n## 2026-11-20 10:00 UTC · Investigating\nSlow.\n`,
    );
    const u = componentUptime('api', deriveState(incident, now).segments, now);
    expect(u.days[88]!.downtimeMs).toBe(18 * MIN);
  });
});
