import { BASE_CONFIG, makeContentRoot } from './content-root.ts';

/**
 * The moment of the README's screenshot, recreated: a critical outage whose latest update has
 * brought every component down to a partial outage and promises the next update by 17:30 UTC,
 * 28 minutes after it, where the policy interval alone would say 17:32.
 */
export const OUTAGE_NOW = '2026-11-10T17:10:00Z';
export const OUTAGE_ID = '2026-11-10-outage';

export const OUTAGE = `---
title: REST API and dashboard unavailable
impact: critical
started: 2026-11-10 16:12 UTC
components:
  api: major_outage
  dashboard: major_outage
---

## 2026-11-10 17:02 UTC · Update
Components: api = partial_outage, dashboard = partial_outage

About half of API requests now succeed, and the dashboard loads for some users. Next update by 17:30 UTC.

## 2026-11-10 16:41 UTC · Identified
Our servers cannot reach the database. We are pointing them to its standby copy. Next update by 17:05 UTC.

## 2026-11-10 16:20 UTC · Investigating
The REST API and the dashboard are unavailable. Next update by 16:45 UTC.
`;

/** A content root holding only that outage; `config` is appended to the base config (e.g. `time_format: 12h`). */
export function makeOutageFixture(config = ''): string {
  return makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: OUTAGE }, `${BASE_CONFIG}${config}`);
}
