import { BASE_CONFIG, makeContentRoot } from './content-root.ts';

/** The moment fixture sites are built at. */
export const SITE_NOW = '2026-11-20T14:30:00Z';

export const SITE_CONFIG = `${BASE_CONFIG.replace('https://status.test.example', 'https://acme.github.io/status/')}support: { email: help@acme.example, url: https://acme.example/help }
links:
  - { label: Acme home, url: https://acme.example }
theme: { accent: "#6a1b9a" }
`;

const OPEN = `---
title: Elevated error rates on the <REST> API & "more"
impact: major
components: { api: partial_outage }
eta: 2026-11-20 16:00 UTC
workaround: Retry failed requests; most succeed on the <second> try.
---
## 2026-11-20 14:05 UTC · Identified
Some requests fail. We found the cause and are fixing it.

## 2026-11-20 13:50 UTC · Investigating
Some API requests fail with errors.
`;

const ACTIVE_MAINTENANCE = `---
title: Email provider switch
kind: maintenance
components: [email]
window: { start: 2026-11-20 14:00 UTC, end: 2026-11-20 16:00 UTC }
---
## 2026-11-15 09:00 UTC · Scheduled
Emails may be delayed by a few minutes during the switch.
`;

const UPCOMING_MAINTENANCE = `---
title: Dashboard upgrade
kind: maintenance
components: [dashboard]
window: { start: 2026-11-22 02:00 UTC, end: 2026-11-22 03:00 UTC }
---
## 2026-11-18 09:00 UTC · Scheduled
The dashboard will be read-only for up to 15 minutes.
`;

const WITH_REPORT = `---
title: Dashboard outage
impact: critical
components: { dashboard: major_outage }
---
## 2026-11-17 11:00 UTC · Resolved
Everything works again.

## 2026-11-17 10:00 UTC · Investigating
Components: dashboard = major_outage, api = degraded_performance

The dashboard does not load. The API is slow.

## Post-incident report
### Summary
The dashboard was down for one hour because a certificate expired.

### Root cause
A certificate expired.
`;

/** Old, resolved incidents: enough to need a second history page. */
function filler(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(9 + Math.floor(i / 28)).padStart(2, '0');
    files[`incidents/old/2026-${month}-${day}-filler-${i}.md`] =
      `---\ntitle: Filler incident ${i}\nimpact: minor\ncomponents: [email]\n---\n## 2026-${month}-${day} 09:30 UTC · Resolved\nFixed.\n\n## 2026-${month}-${day} 09:00 UTC · Investigating\nEmails are slow.\n`;
  }
  return files;
}

export function makeSiteFixture(): string {
  return makeContentRoot(
    {
      'incidents/2026-11-20-api-errors.md': OPEN,
      'incidents/2026-11-20-email-switch.md': ACTIVE_MAINTENANCE,
      'incidents/2026-11-22-dashboard-upgrade.md': UPCOMING_MAINTENANCE,
      'incidents/2026-11-17-dashboard-outage.md': WITH_REPORT,
      ...filler(30),
    },
    SITE_CONFIG,
  );
}
