import { makeContentRoot } from './content-root.ts';
import { OUTAGE, OUTAGE_ID } from './outage-fixture.ts';

/**
 * A page built at 17:10 UTC on 10 November with one maintenance ahead: a window from 18:00 to 19:00
 * UTC on email delivery. Its title carries `</script>`, which no reader's browser may take for code.
 */
export const WINDOW_NOW = '2026-11-10T17:10:00Z';
export const WINDOW_ID = '2026-11-10-mail-relay';
export const WINDOW_TITLE = 'Mail relay move </script><script>window.__pwned = 1</script>';

export const WINDOW = `---
title: "${WINDOW_TITLE}"
kind: maintenance
window: { start: 2026-11-10 18:00 UTC, end: 2026-11-10 19:00 UTC }
components:
  - email
---

## 2026-11-08 09:00 UTC · Scheduled
We will move email delivery to new mail relays on 10 November, from 18:00 to 19:00 UTC. Emails may arrive a few minutes late during the window.
`;

export function makeWindowFixture(): string {
  return makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: WINDOW });
}

/** The same window, with the outage of outage-fixture.ts open beside it (both built at 17:10 UTC). */
export function makeWindowAndOutageFixture(): string {
  return makeContentRoot({ [`incidents/${WINDOW_ID}.md`]: WINDOW, [`incidents/${OUTAGE_ID}.md`]: OUTAGE });
}
