import { describe, expect, it } from 'vitest';
import { nextTimeChange, timeChanges, WATCHDOG_GRACE_MINUTES } from '../src/core/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
components: [api]
window: { start: 2026-11-20 16:00 UTC, end: 2026-11-20 17:00 UTC }
---

## 2026-11-19 10:00 UTC · Scheduled
We will upgrade the database. The API may be slow.
`;
const OPEN = `---
title: Elevated error rates
impact: major
components: [api]
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail. Next update by 14:35 UTC.
`;
const RESOLVED = `---
title: Email delays
impact: major
components: [email]
---

## 2026-11-20 13:10 UTC · Resolved
Email is delivered on time again.

## 2026-11-20 12:40 UTC · Investigating
Some email arrives late. Next update by 13:10 UTC.
`;
const ROOT = makeContentRoot({
  'incidents/2026-11-20-db.md': MAINTENANCE,
  'incidents/2026-11-20-errors.md': OPEN,
  'incidents/2026-11-20-email.md': RESOLVED,
});
const at = (now: string) => {
  const model = readSiteModel(ROOT, new Date(now));
  return { states: model.states, policy: model.site.config.policy, now: model.now };
};
const listed = (now: string) => timeChanges(at(now)).map((c) => [c.at.toISOString(), c.kind, c.incident]);

describe('timeChanges', () => {
  it('lists every instant the clock alone changes something, soonest first', () => {
    expect(listed('2026-11-20T14:06:00Z')).toEqual([
      ['2026-11-20T14:10:00.000Z', 'report-due', '2026-11-20-email'],
      ['2026-11-20T14:35:00.000Z', 'update-late', '2026-11-20-errors'],
      [`2026-11-20T14:${35 + WATCHDOG_GRACE_MINUTES}:00.000Z`, 'watchdog-reminds', '2026-11-20-errors'],
      ['2026-11-20T16:00:00.000Z', 'maintenance-starts', '2026-11-20-db'],
      ['2026-11-20T17:00:00.000Z', 'maintenance-ends', '2026-11-20-db'],
    ]);
  });

  it('counts only what is after now: a change at now has happened', () => {
    expect(listed('2026-11-20T14:10:00Z')[0]).toEqual(['2026-11-20T14:35:00.000Z', 'update-late', '2026-11-20-errors']);
    expect(listed('2026-11-20T14:37:00Z').map((c) => c[1])).toEqual(['watchdog-reminds', 'maintenance-starts', 'maintenance-ends']);
    expect(listed('2026-11-20T16:30:00Z').map((c) => c[1])).toEqual(['maintenance-ends']);
    expect(listed('2026-11-20T17:00:00Z')).toEqual([]);
  });

  it('uses the policy interval when the latest update promised nothing, and the policy’s report time', () => {
    const root = makeContentRoot(
      { 'incidents/2026-11-20-errors.md': OPEN.replace(' Next update by 14:35 UTC.', ''), 'incidents/2026-11-20-email.md': RESOLVED },
      `name: Test Status
url: https://status.test.example
components:
  - { id: api, name: REST API }
  - { id: email, name: Email delivery }
policy: { update_interval_minutes: 20, report_due_minutes: 120 }
`,
    );
    const model = readSiteModel(root, new Date('2026-11-20T14:06:00Z'));
    expect(
      timeChanges({ states: model.states, policy: model.site.config.policy, now: model.now }).map((c) => [c.at.toISOString(), c.kind]),
    ).toEqual([
      ['2026-11-20T14:25:00.000Z', 'update-late'],
      ['2026-11-20T14:30:00.000Z', 'watchdog-reminds'],
      ['2026-11-20T15:10:00.000Z', 'report-due'],
    ]);
  });

  it('owes no report for a minor incident or one that has its report, and nothing for cancelled maintenance', () => {
    const root = makeContentRoot({
      'incidents/2026-11-20-email.md': RESOLVED.replace('impact: major', 'impact: minor'),
      'incidents/2026-11-20-other.md': `${RESOLVED}\n## Post-incident report\n### Summary\nEmail was late for 30 minutes.\n`,
      'incidents/2026-11-20-db.md': MAINTENANCE.replace(
        '\n## 2026-11-19 10:00',
        '\n## 2026-11-19 12:00 UTC · Cancelled\nThe upgrade is called off.\n\n## 2026-11-19 10:00',
      ),
    });
    const model = readSiteModel(root, new Date('2026-11-20T13:30:00Z'));
    expect(timeChanges({ states: model.states, policy: model.site.config.policy, now: model.now })).toEqual([]);
  });

  it('gives the next instant with every change at it', () => {
    const root = makeContentRoot({
      'incidents/2026-11-20-db.md': MAINTENANCE,
      'incidents/2026-11-20-web.md': MAINTENANCE.replace('Database upgrade', 'Web upgrade').replace(
        'components: [api]',
        'components: [dashboard]',
      ),
    });
    const model = readSiteModel(root, new Date('2026-11-20T15:00:00Z'));
    const next = nextTimeChange({ states: model.states, policy: model.site.config.policy, now: model.now })!;
    expect(next.at.toISOString()).toBe('2026-11-20T16:00:00.000Z');
    expect(next.changes.map((c) => [c.kind, c.incident, c.title])).toEqual([
      ['maintenance-starts', '2026-11-20-db', 'Database upgrade'],
      ['maintenance-starts', '2026-11-20-web', 'Web upgrade'],
    ]);
    expect(nextTimeChange({ states: [], policy: model.site.config.policy, now: model.now })).toBeUndefined();
  });
});
