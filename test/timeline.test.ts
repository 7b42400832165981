import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/content/config/config.ts';
import { overallStatus } from '../src/core/status/overall.ts';
import { deriveState } from '../src/core/status/timeline.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';
import { parseOk } from './helpers/parse.ts';

const site = parseConfig(BASE_CONFIG).loaded!;
const at = (iso: string) => new Date(iso);

const OUTAGE = `---
title: API outage
impact: critical
components: [api, dashboard]
---
## 2026-11-20 15:00 UTC · Resolved
Fixed.
## 2026-11-20 14:30 UTC · Monitoring
Components: api = operational, dashboard = degraded_performance

The API is back; the dashboard is still slow.
## 2026-11-20 14:00 UTC · Investigating
The API and dashboard are down.
`;

describe('an incident over time', () => {
  const incident = parseOk(OUTAGE, 'incidents/outage.md', at('2026-11-21T00:00:00Z'));

  it('is open and down before it is resolved', () => {
    const s = deriveState(incident, at('2026-11-20T14:10:00Z'));
    expect(s).toMatchObject({ status: 'investigating', open: true, durationMs: 10 * 60_000 });
    expect(Object.fromEntries(s.current)).toEqual({ api: 'major_outage', dashboard: 'major_outage' });
    const overall = overallStatus(site, [s]);
    expect(overall).toMatchObject({ indicator: 'critical', description: 'Major outage' });
    expect(overall.components.get('email')).toBe('operational');
  });

  it('follows the latest update that set a component', () => {
    const s = deriveState(incident, at('2026-11-20T14:45:00Z'));
    expect(Object.fromEntries(s.current)).toEqual({ api: 'operational', dashboard: 'degraded_performance' });
    // The overall status says what the components show now, not the frontmatter's `impact: critical`.
    expect(overallStatus(site, [s])).toMatchObject({ indicator: 'minor', description: 'Degraded performance' });
  });

  it('is resolved with everything operational afterwards', () => {
    const s = deriveState(incident, at('2026-11-20T16:00:00Z'));
    expect(s).toMatchObject({ status: 'resolved', open: false, durationMs: 60 * 60_000 });
    expect(s.end?.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(overallStatus(site, [s])).toMatchObject({ indicator: 'none', description: 'All systems operational' });
  });

  it('records old and new statuses per update, like Statuspage affected_components', () => {
    deriveState(incident, at('2026-11-21T00:00:00Z'));
    const [resolved, monitoring, investigating] = incident.updates;
    expect(investigating!.affected).toEqual([
      { component: 'api', old_status: 'operational', new_status: 'major_outage' },
      { component: 'dashboard', old_status: 'operational', new_status: 'major_outage' },
    ]);
    expect(monitoring!.affected).toEqual([
      { component: 'api', old_status: 'major_outage', new_status: 'operational' },
      { component: 'dashboard', old_status: 'major_outage', new_status: 'degraded_performance' },
    ]);
    expect(resolved!.affected).toEqual([{ component: 'dashboard', old_status: 'degraded_performance', new_status: 'operational' }]);
  });

  it('cuts segments at each status change', () => {
    const s = deriveState(incident, at('2026-11-21T00:00:00Z'));
    expect(s.segments.map((x) => [x.component, x.status, (x.to - x.from) / 60_000])).toEqual([
      ['api', 'major_outage', 30],
      ['dashboard', 'major_outage', 30],
      ['dashboard', 'degraded_performance', 30],
    ]);
  });

  it('ends at `resolved` from the frontmatter even without a Resolved update', () => {
    const text = `---\ntitle: Backfilled\ncomponents: { email: partial_outage }\nresolved: 2026-11-20 10:30 UTC\n---\n## 2026-11-20 10:00 UTC · Identified\nMail is late.\n`;
    const s = deriveState(parseOk(text), at('2026-11-21T00:00:00Z'));
    expect(s).toMatchObject({ status: 'resolved', open: false, durationMs: 30 * 60_000 });
    expect(s.segments).toHaveLength(1);
  });
});

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
components: [api]
window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }
---
## 2026-11-15 09:00 UTC · Scheduled
We will upgrade the database. The API will be read-only.
`;

describe('scheduled maintenance', () => {
  const m = parseOk(MAINTENANCE, 'incidents/m.md', at('2026-11-16T00:00:00Z'));

  it('is upcoming before its window', () => {
    const s = deriveState(m, at('2026-11-19T00:00:00Z'));
    expect(s).toMatchObject({ maintenance: 'upcoming', status: 'scheduled', open: false, durationMs: 0 });
    expect(overallStatus(site, [s]).indicator).toBe('none');
  });

  it('is in progress once the window starts, even if no one wrote "In progress"', () => {
    const s = deriveState(m, at('2026-11-20T02:30:00Z'));
    expect(s).toMatchObject({ maintenance: 'in_progress', status: 'in_progress', open: true });
    expect(s.current.get('api')).toBe('under_maintenance');
    expect(overallStatus(site, [s])).toMatchObject({ indicator: 'maintenance', description: 'Under maintenance' });
  });

  it('is completed when the window ends', () => {
    const s = deriveState(m, at('2026-11-20T04:00:00Z'));
    expect(s).toMatchObject({ maintenance: 'completed', status: 'completed', open: false });
    expect(s.end?.toISOString()).toBe('2026-11-20T04:00:00.000Z');
  });

  it('is completed early by a Completed update, and begins early with an In progress update', () => {
    const text = MAINTENANCE.replace(
      '## 2026-11-15',
      '## 2026-11-20 03:00 UTC · Completed\nDone early.\n## 2026-11-20 01:50 UTC · In progress\nStarting now.\n## 2026-11-15',
    );
    const early = parseOk(text, 'incidents/m.md', at('2026-11-21T00:00:00Z'));
    expect(deriveState(early, at('2026-11-20T01:55:00Z'))).toMatchObject({ maintenance: 'in_progress' });
    const done = deriveState(early, at('2026-11-20T03:30:00Z'));
    expect(done).toMatchObject({ maintenance: 'completed', durationMs: 70 * 60_000 });
    expect(early.updates[1]!.affected).toEqual([{ component: 'api', old_status: 'operational', new_status: 'under_maintenance' }]);
  });

  it('shows an incident over maintenance on the same component', () => {
    const incident = parseOk(
      `---\ntitle: Upgrade went wrong\ncomponents: { api: major_outage }\n---\n## 2026-11-20 02:40 UTC · Investigating\nThe API is down.\n`,
      'incidents/x.md',
      at('2026-11-20T03:00:00Z'),
    );
    const states = [deriveState(m, at('2026-11-20T03:00:00Z')), deriveState(incident, at('2026-11-20T03:00:00Z'))];
    const overall = overallStatus(site, states);
    expect(overall.components.get('api')).toBe('major_outage');
    expect(overall.indicator).toBe('critical');
  });
});

describe('cancelled maintenance', () => {
  it('is cancelled, not upcoming, when called off before its window, and never under maintenance', () => {
    const text = MAINTENANCE.replace(
      '## 2026-11-15',
      '## 2026-11-18 10:00 UTC · Cancelled\nWe have called this off; nothing will change.\n## 2026-11-15',
    );
    const m = parseOk(text, 'incidents/m.md', at('2026-11-19T00:00:00Z'));
    const before = deriveState(m, at('2026-11-17T00:00:00Z'));
    expect(before).toMatchObject({ maintenance: 'upcoming', status: 'scheduled' });
    const s = deriveState(m, at('2026-11-20T03:00:00Z'));
    expect(s).toMatchObject({ maintenance: 'cancelled', status: 'cancelled', open: false, durationMs: 0 });
    expect(s.segments).toEqual([]);
    expect(overallStatus(site, [s]).indicator).toBe('none');
  });

  it('ends the maintenance when called off during its window', () => {
    const text = MAINTENANCE.replace(
      '## 2026-11-15',
      '## 2026-11-20 02:30 UTC · Cancelled\nWe stopped the work; everything is as before.\n## 2026-11-15',
    );
    const m = parseOk(text, 'incidents/m.md', at('2026-11-21T00:00:00Z'));
    const s = deriveState(m, at('2026-11-20T03:00:00Z'));
    expect(s).toMatchObject({ maintenance: 'cancelled', open: false, durationMs: 30 * 60_000 });
    expect(s.end?.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    expect(s.current.get('api')).toBe('operational');
  });
});
