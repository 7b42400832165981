/**
 * policy-report-sections reads a post-incident report by what it says, not only by its headings
 * (issue 18): complete prose reports, as teams publish them, pass; one that leaves out the cause
 * is told exactly that.
 */
import { describe, expect, it } from 'vitest';
import { reportGaps, sectionsCoveredByContent } from '../src/core/checks/policy/report-content.ts';
import { lint } from './helpers/lint.ts';

const PROSE_DB = `On November 20, between 14:05 and 15:10 UTC, we experienced an outage of the REST API and the dashboard.
During this time about 40% of API requests failed with 503 errors, and customers were unable to load the dashboard.

The incident was caused by a configuration change to our database connection pooler, which lowered the connection
limit for the primary database. When traffic rose in the afternoon, the pool was exhausted and new requests waited
until they timed out.

We mitigated the incident by reverting the configuration change at 14:52 UTC, and error rates returned to normal
by 15:10 UTC.

To prevent this from happening again, we are adding a check that compares pooler limits with the database's own
limits before a change is deployed, and an alert on pool saturation that fires well before requests fail.`;

const PROSE_QUEUE = `**What happened**: Between 09:12 and 11:40 UTC on 3 March, webhook deliveries were delayed by up to two hours.
Some customers also saw duplicate deliveries after the backlog cleared.

A bug in a release of our delivery workers meant that a worker which lost its lease kept processing its batch, so
batches were retried while still in flight. This was triggered by a routine scale-down of the worker fleet.

The team rolled back the release at 10:55 UTC and drained the backlog; deliveries were back to normal at 11:40 UTC.

Going forward we will fence workers on lease loss, and we have added an alert on delivery lag. If you received
duplicate webhooks and need help reconciling them, contact support@acme.example.`;

const WITHOUT_CAUSE = `On November 20, between 14:05 and 15:10 UTC, we experienced an outage of the REST API.
About 40% of API requests failed, and customers were unable to load the dashboard.

We reverted a configuration change at 14:52 UTC, and error rates returned to normal by 15:10 UTC.

To prevent this from happening again, we are adding an alert on pool saturation.`;

const incident = (report: string) =>
  `---\ntitle: API outage\nimpact: major\ncomponents: [api]\n---\n\n## 2026-11-20 15:10 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nErrors. Next update by 14:30 UTC.\n\n## Post-incident report\n${report}\n`;
const sections = (report: string) => lint(incident(report)).filter((d) => d.code === 'policy-report-sections');

describe('a prose post-incident report', () => {
  it.each([
    ['a database outage, in four paragraphs', PROSE_DB],
    ['a delivery backlog, with a bold lead-in instead of headings', PROSE_QUEUE],
  ])('that covers what happened, impact, cause, resolution and prevention passes: %s', (_name, report) => {
    expect(reportGaps(report)).toEqual({ missing: [], empty: [] });
    expect(sections(report)).toEqual([]);
  });

  it('recognises sections by what each paragraph says; one paragraph may cover several', () => {
    expect([...sectionsCoveredByContent(PROSE_DB)].sort()).toEqual([
      'impact',
      'nextSteps',
      'resolution',
      'rootCause',
      'summary',
      'timeline',
    ]);
    expect(sectionsCoveredByContent('We rolled back the release, and to prevent a repeat we now test releases on live traffic.')).toEqual(
      new Set(['resolution', 'nextSteps']),
    );
  });

  it('that leaves out the cause is told only that', () => {
    const found = sections(WITHOUT_CAUSE);
    expect(found.map((d) => [d.line, d.message, d.hint])).toEqual([
      [
        13,
        'the post-incident report has no “Root cause” section',
        'say it in the report, in a paragraph or under `### Root cause`; the handbook’s sections are: Summary, Timeline, Root cause, Impact, Resolution, Next steps, Further updates, Support',
      ],
    ]);
  });

  it('does not read the skeleton’s comments as content', () => {
    expect(sectionsCoveredByContent('<!-- What went wrong, in plain language: the root cause, and how we fixed it. -->')).toEqual(
      new Set(),
    );
  });

  it('a report written to the skeleton’s headings is held to all of them, and a paragraph may stand in for one', () => {
    const headed = '### Summary\nThe API was down.\n\n### Root cause\nA bad release.\n\n### Resolution\nWe rolled it back.\n';
    expect(reportGaps(headed).missing).toEqual(['Timeline', 'Impact', 'Next steps', 'Further updates', 'Support']);
    const more = `${headed}\nCustomers were unable to sign in. Questions? Contact support@acme.example.\n`;
    expect(reportGaps(more).missing).toEqual(['Timeline', 'Next steps', 'Further updates']);
  });
});
