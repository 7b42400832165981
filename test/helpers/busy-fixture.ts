import { makeContentRoot } from './content-root.ts';

/** The moment the busy fixture is built at: the end of its 90th day. */
export const BUSY_NOW = '2026-11-22T23:00:00Z';
export const BUSY_COMPONENTS = 20;
export const BUSY_DAYS = 90;
/** Incidents a day; each covers every fourth component, so every component has one incident a day. */
export const BUSY_PER_DAY = 4;

const STATUSES = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
const DAY = 86_400_000;

const componentId = (k: number) => `service-${String(k).padStart(2, '0')}`;

/**
 * The heaviest home page the history can make: 20 components (in four groups, with descriptions), each
 * with an incident on each of the last 90 days whose status changes from day to day (so no two
 * neighbouring days share a colour), and four incidents on each of the last 14 days.
 */
export function makeBusyFixture(): string {
  const config = `name: Busy Status
url: https://status.busy.example
components:
${Array.from(
  { length: BUSY_COMPONENTS },
  (_, k) =>
    `  - { id: ${componentId(k)}, name: Service number ${k + 1}, group: Group ${(k % 4) + 1}, description: What service ${k + 1} does }`,
).join('\n')}
`;
  const files: Record<string, string> = {};
  const today = Date.parse(BUSY_NOW.slice(0, 10));
  for (let d = 0; d < BUSY_DAYS; d++) {
    const day = new Date(today - d * DAY).toISOString().slice(0, 10);
    for (let j = 0; j < BUSY_PER_DAY; j++) {
      const components = Array.from({ length: BUSY_COMPONENTS }, (_, k) => k)
        .filter((k) => k % BUSY_PER_DAY === j)
        .map((k) => `  ${componentId(k)}: ${STATUSES[(d + k) % STATUSES.length]}`);
      const hour = String(2 + j * 5).padStart(2, '0');
      files[`incidents/${day}-busy-${j}.md`] = `---
title: Elevated error rates on a group of services, number ${j + 1} of the day
components:
${components.join('\n')}
---
## ${day} ${hour}:50 UTC · Resolved
Error rates are back to normal.

## ${day} ${hour}:05 UTC · Investigating
Some requests fail with errors. Retrying usually succeeds.
`;
    }
  }
  return makeContentRoot(files, config);
}
