/**
 * A stated end of the disruption (statedEndBy): what the cadence rules accept as telling customers
 * when to expect news. Phrases from the precision corpus's status pages, and ones that state no end.
 */
import { describe, expect, it } from 'vitest';
import type { Update } from '../src/core/content/model.ts';
import { statedEndBy } from '../src/core/checks/policy/stated-end.ts';

const AT = new Date('2026-11-20T14:00:00Z');
const update = (markdown: string): Update => ({
  anchor: 'update-2026-11-20-1400',
  at: AT,
  status: 'investigating',
  effectiveStatus: 'investigating',
  markdown,
  changes: [],
  affected: [],
  line: 6,
});
const minutesAfter = (text: string) => {
  const end = statedEndBy(update(text));
  return end === undefined ? undefined : (end.getTime() - AT.getTime()) / 60_000;
};

describe('a stated end of the disruption', () => {
  it.each([
    ['Jira will be down for up to 30 minutes so that it can be upgraded.', 30],
    ['The corresponding service may be down for less than one hour.', 60],
    ['A downtime of almost 30 minutes is expected.', 30],
    ['Maintenance details: reboot jira instance. Maitenance duration: 1h.', 60],
    ['Expect a complete downtime of 1 to 6 hours due to the nature of this maintenance.', 360],
    ['Our hosting company has informed us of a failure. They are expecting a 10 hours recovery.', 600],
    ['We are looking into this and hope to have a resolution and fix deployed in about 2 hours.', 120],
    ['We anticipate an at-risk window of up to three hours of unavailability for this region.', 180],
    ['We will perform a brownout operation of 4 hours on the repository.', 240],
    ['The controller will be unavailable between 14:00 UTC and 16:30 UTC.', 150],
    ['A full service disruption between 11h30 and 14h30 UTC.', 30],
    ['Storage upgrade going on until 17:00:00 GMT+1, workloads will be affected.', 120],
  ])('%s → %i min', (text, minutes) => {
    expect(minutesAfter(text)).toBe(minutes);
  });

  it.each([
    'We are investigating and will update here when we know more.',
    'No outage is expected, but there could be an impact on the build queue.',
    'A maintenance on ci.jenkins.io is planned the 1st of November at 13:00 UTC.',
    'Restarted to release the jobs and delete the 150 agents that have been idling for 20 hours.',
  ])('states no end: %s', (text) => {
    expect(minutesAfter(text)).toBeUndefined();
  });
});
