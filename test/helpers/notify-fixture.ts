import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { buildFeed, renderJsonFeed } from '../../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../../src/core/pipeline.ts';
import { makeContentRoot } from './content-root.ts';

/** A deploy with one new update: the live site served V1's feed, this build publishes V2. */
export const FILE = 'incidents/2026-11-20-api-errors.md';
export const V1 = `---
title: Elevated error rates on the REST API
impact: major
components: { api: partial_outage }
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail. Next update by 14:35 UTC.
`;
export const V2 = V1.replace(
  '\n## 2026-11-20 14:05',
  '\n## 2026-11-20 14:30 UTC · Monitoring\nComponents: api = degraded_performance\n\nA fix is out & we are *watching* errors < 5%. Next update by 15:00 UTC.\n\n## 2026-11-20 14:05',
);
export const NOW = '2026-11-20T14:40:00Z';

/** A content root holding V2, and the previous deploy's `feed.json` (V1's) beside it. */
export function deployFixture(config: string): { root: string; previousFeed: string } {
  const root = makeContentRoot({ [FILE]: V1 }, config);
  const previousFeed = join(root, 'previous-feed.json');
  writeFileSync(previousFeed, renderJsonFeed(buildFeed(readSiteModel(root, new Date('2026-11-20T14:10:00Z')), { kind: 'history' })));
  writeFileSync(join(root, FILE), V2);
  return { root, previousFeed };
}
