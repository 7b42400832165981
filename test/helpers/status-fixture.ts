import { makeContentRoot } from './content-root.ts';
import { HOSTILE, LONG_WORD } from './outputs.ts';

/**
 * A content root with one of everything the feeds, the API and the calendar carry, under a base
 * path, at a fixed STATUS_NOW: an open incident with a hostile title and body, a resolved one
 * (in a sub-folder) with a post-incident report, and maintenance that is upcoming, in progress
 * and completed.
 */
export const NOW = '2026-11-20T14:30:00Z';
export const SITE = 'https://acme.github.io/status/';
export const HOSTILE_COMPONENT = 'E-mail & "SMS" <fast> 🚀 שלום';

/** The open incident's first update, as Markdown and as the words a reader sees. */
export const HOSTILE_BODY = `Customers see "500" errors & timeouts when latency < 5 s; a literal \`]]>\` and ]]> again. 🚀 مرحبا بالعالم

${LONG_WORD}

### What to do
Retry; see [our help](https://acme.example/help?a=1&b=2).`;

export function fixtureConfig(extra = ''): string {
  return `name: Acme Status
url: ${SITE}
description: Status of Acme & friends
support: { email: support@acme.example }
components:
  - { id: api, name: REST API, group: Platform }
  - { id: dashboard, name: Dashboard, group: Platform }
  - { id: email, name: ${JSON.stringify(HOSTILE_COMPONENT)} }
${extra}`;
}

export const FILES: Record<string, string> = {
  'incidents/2026-11-20-errors.md': `---
title: ${JSON.stringify(HOSTILE)}
impact: major
components: { api: partial_outage }
workaround: Retry & wait
---

## 2026-11-20 14:25 UTC · Identified
Components: dashboard = degraded_performance

We found the cause. The dashboard is slow too. Next update by 14:55 UTC.

## 2026-11-20 14:05 UTC · Investigating
${HOSTILE_BODY}
`,
  'incidents/2026/2026-11-18-email-delay.md': `---
title: Delayed emails
impact: minor
components: [email]
---

## 2026-11-18 10:40 UTC · Resolved
All delayed emails are delivered.

## 2026-11-18 10:10 UTC · Monitoring
A fix is in place; emails are catching up.

## 2026-11-18 09:50 UTC · Investigating
Emails arrive up to 20 minutes late.

## Post-incident report
### Summary
Emails were delayed for 50 minutes. Nothing was lost.

### Root cause
A full queue.
`,
  'incidents/2026-11-25-db-upgrade.md': `---
title: Database upgrade
kind: maintenance
components: [api, dashboard]
window: { start: 2026-11-25 02:00 UTC, end: 2026-11-25 04:00 UTC }
---

## 2026-11-19 09:00 UTC · Scheduled
The API and dashboard will be read-only for up to 20 minutes.
`,
  'incidents/2026-11-20-email-move.md': `---
title: Email system move
kind: maintenance
components: [email]
window: { start: 2026-11-20 14:00 UTC, end: 2026-11-20 15:00 UTC }
---

## 2026-11-20 14:00 UTC · In progress
The move has started.

## 2026-11-19 12:00 UTC · Scheduled
We will move email delivery to a new system.
`,
  'incidents/2026-11-10-cert-renewal.md': `---
title: Certificate renewal
kind: maintenance
components: [api]
window: { start: 2026-11-10 01:00 UTC, end: 2026-11-10 02:00 UTC }
---

## 2026-11-10 01:40 UTC · Completed
Done; nothing for you to do.

## 2026-11-05 09:00 UTC · Scheduled
We will renew certificates.
`,
};

export function makeStatusFixture(options: { files?: Record<string, string>; config?: string } = {}): string {
  return makeContentRoot(options.files ?? FILES, options.config ?? fixtureConfig());
}
