/**
 * The communication policy (PRODUCT.md's handbook): for every rule, a file that breaks it and
 * one that keeps it. Times are 2026-11-20 UTC; "now" is given per case.
 */
import { describe, expect, it } from 'vitest';
import { POLICY_RULE_IDS, POLICY_RULES, type PolicyRuleId } from '../src/core/diagnostics/catalog/policy-rules.ts';
import { codes, lint } from './helpers/lint.ts';

const incident = (front: string, body: string) => `---\ntitle: Elevated error rates on the REST API\n${front}\n---\n\n${body}`;
const u = (time: string, status: string, text: string) => `## 2026-11-20 ${time} UTC · ${status}\n${text}\n`;
const NEXT = 'Next update by 15:30 UTC.';

const FULL_REPORT = `## Post-incident report
### Summary
The API failed for 65 minutes.
### Timeline
- 14:05 – First update.
### Root cause
A release had a fault.
### Impact
3% of requests failed.
### Resolution
We reversed the release.
### Next steps
- [ ] Test releases on a copy of live traffic.
### Further updates
We will add notes here.
### Support
Email support@acme.example.
`;

interface Case {
  name: string;
  text: string;
  now?: string;
  /** The line the finding points at, when it fires. */
  line?: number;
  /** More of status.config.yaml. */
  config?: string;
}

const options = (c: Case) => ({ ...(c.now ? { now: c.now } : {}), ...(c.config ? { config: c.config } : {}) });

const CASES: Record<PolicyRuleId, { triggers: Case[]; passes: Case[] }> = {
  'policy-first-update': {
    triggers: [
      {
        name: 'first update 65 min after the start',
        text: incident(
          'impact: minor\nstarted: 2026-11-20 13:00 UTC\ncomponents: [api]',
          u('15:00', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`),
        ),
        line: 11,
      },
    ],
    passes: [
      {
        name: 'first update 10 min after the start',
        text: incident(
          'impact: minor\nstarted: 2026-11-20 13:55 UTC\ncomponents: [api]',
          u('14:20', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
      {
        name: 'no `started`: the first update is the start',
        text: incident('impact: minor', u('14:20', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`)),
      },
    ],
  },
  'policy-update-gap': {
    triggers: [
      {
        name: '35 min between two updates while open',
        text: incident(
          'impact: minor',
          u('15:00', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:40', 'Monitoring', `Better. ${NEXT}`) +
            '\n' +
            u('14:05', 'Investigating', 'Errors. We are looking into it.'),
        ),
        line: 9,
      },
    ],
    passes: [
      {
        name: 'updates every 25 min',
        text: incident(
          'impact: minor',
          u('14:55', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:30', 'Monitoring', `Better. ${NEXT}`) +
            '\n' +
            u('14:05', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
      {
        name: 'a stated ETA covers the gap up to it',
        text: incident(
          'impact: minor',
          u('17:00', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:05', 'Identified', 'We found the fault. We expect full recovery in about three hours.'),
        ),
      },
      {
        name: 'a stated window covers the gap up to its end',
        text: incident(
          'impact: minor',
          u('16:20', 'Resolved', 'Done.') +
            '\n' +
            u('14:05', 'Identified', 'The API is unavailable between 14:00 UTC and 16:30 UTC while we move it.'),
        ),
      },
      {
        name: '“Next update by” covers the gap up to that time',
        text: incident('impact: minor', u('15:30', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`)),
      },
      {
        name: 'the frontmatter’s `eta` covers the gap up to it',
        text: incident(
          'impact: minor\neta: 2026-11-20 16:00 UTC',
          u('15:50', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', 'Errors.'),
        ),
      },
      {
        name: 'a note long after it was resolved',
        text: incident(
          'impact: minor',
          u('18:00', 'Update', 'A report follows.') +
            '\n' +
            u('14:20', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:05', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
    ],
  },
  'policy-update-overdue': {
    triggers: [
      {
        name: 'open, last update 55 min before now, promising nothing',
        now: '2026-11-20T15:00:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Errors.')),
        line: 6,
      },
      {
        name: 'open, “Next update by 14:30 UTC.” and none by 15:00',
        now: '2026-11-20T15:00:00Z',
        text: incident('impact: minor', u('14:25', 'Investigating', 'Errors. Next update by 14:30 UTC.')),
        line: 6,
      },
    ],
    passes: [
      {
        name: 'open, last update 20 min before now',
        now: '2026-11-20T15:00:00Z',
        text: incident(
          'impact: minor',
          u('14:40', 'Identified', `Found it. ${NEXT}`) + '\n' + u('14:15', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
      {
        name: 'open, last update 55 min before now, which promised the next by 15:30 UTC',
        now: '2026-11-20T15:00:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', `Errors. ${NEXT}`)),
      },
      {
        name: 'open, last update 55 min before now, which said the work ends within two hours',
        now: '2026-11-20T15:00:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'The API will be down for up to two hours while we upgrade it.')),
      },
      {
        name: 'resolved long ago',
        text: incident('impact: minor', u('14:20', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`)),
      },
    ],
  },
  'policy-promise-kept': {
    triggers: [
      {
        name: '“by 14:35 UTC”, but the next update came at 14:50',
        text: incident(
          'impact: minor',
          u('15:10', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:50', 'Identified', 'Found it. Next update by 15:20 UTC.') +
            '\n' +
            u('14:30', 'Investigating', 'Errors. Next update by 14:35 UTC.'),
        ),
        line: 12,
      },
      {
        name: '“within 30 minutes”, still open and silent 45 minutes later, with policy-update-overdue off',
        now: '2026-11-20T14:50:00Z',
        config: 'rules: { policy-update-overdue: off }\n',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Errors. We will post another update within 30 minutes.')),
        line: 6,
      },
      {
        name: '“by 00:10 UTC” said at 23:55 means the next day',
        now: '2026-11-21T00:40:00Z',
        config: 'rules: { policy-update-overdue: off }\n',
        text: incident('impact: minor', '## 2026-11-20 23:55 UTC · Investigating\nErrors. Next update by 00:10 UTC.\n'),
        line: 6,
      },
    ],
    passes: [
      {
        name: 'the next update came before the promised time',
        text: incident(
          'impact: minor',
          u('15:00', 'Resolved', 'Fixed.') +
            '\n' +
            u('14:34', 'Identified', 'Found it. Next update by 15:00 UTC.') +
            '\n' +
            u('14:05', 'Investigating', 'Errors. Next update by 14:35 UTC.'),
        ),
      },
      {
        name: 'the minute of the promise itself',
        text: incident(
          'impact: minor',
          u('14:35', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', 'Errors. Next update by 14:35 UTC.'),
        ),
      },
      {
        name: 'open, and the promised time has not come yet',
        now: '2026-11-20T14:20:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Errors. Next update by 14:35 UTC.')),
      },
      {
        name: 'no promise made',
        text: incident(
          'impact: minor',
          u('15:30', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', 'Errors. We are looking into it.'),
        ),
      },
    ],
  },
  'policy-next-update': {
    triggers: [
      {
        name: 'open, no ETA and no next update',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Some requests fail.')),
        line: 6,
      },
    ],
    passes: [
      {
        name: '“Next update by …”',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Some requests fail. Next update by 14:35 UTC.')),
      },
      {
        name: '“we will post another update within 30 minutes”',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'Some requests fail. We will post another update within 30 minutes.')),
      },
      {
        name: 'an `eta` in the frontmatter',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor\neta: 2026-11-20 16:00 UTC', u('14:05', 'Investigating', 'Some requests fail.')),
      },
      {
        name: 'an ETA in words',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor', u('14:05', 'Identified', 'We expect the fix to be live by 15:00 UTC.')),
      },
      {
        name: 'how long it will be down',
        now: '2026-11-20T14:10:00Z',
        text: incident('impact: minor', u('14:05', 'Investigating', 'The dashboard will be down for less than one hour.')),
      },
    ],
  },
  'policy-resolved-update': {
    triggers: [
      {
        name: 'ended by `resolved`, no Resolved update',
        text: incident(
          'impact: minor\nresolved: 2026-11-20 15:00 UTC',
          u('14:30', 'Monitoring', `Better. ${NEXT}`) + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`),
        ),
        line: 4,
      },
      {
        name: 'maintenance window over, no Completed update',
        text: `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 03:00 UTC }\ncomponents: [api]\n---\n\n${u('02:00', 'In progress', 'Started.')}\n${u('01:00', 'Scheduled', 'Planned.').replace('2026-11-20 01:00', '2026-11-15 01:00')}`,
        line: 4,
      },
    ],
    passes: [
      {
        name: 'a Resolved update',
        text: incident('impact: minor', u('14:30', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', `Errors. ${NEXT}`)),
      },
      {
        name: 'maintenance with its Completed update',
        text: `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 03:00 UTC }\ncomponents: [api]\n---\n\n${u('02:40', 'Completed', 'Done.')}\n${u('02:00', 'In progress', 'Started.')}\n${u('01:00', 'Scheduled', 'Planned.').replace('2026-11-20 01:00', '2026-11-15 01:00')}`,
      },
      {
        name: 'maintenance still upcoming',
        now: '2026-11-19T00:00:00Z',
        text: `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 03:00 UTC }\ncomponents: [api]\n---\n\n${u('01:00', 'Scheduled', 'Planned.').replace('2026-11-20 01:00', '2026-11-15 01:00')}`,
      },
    ],
  },
  'policy-report-due': {
    triggers: [
      {
        name: 'major, resolved 9 h ago, no report',
        text: incident(
          'impact: major\ncomponents: [api]',
          u('15:10', 'Resolved', 'Fixed.') + '\n' + u('14:45', 'Investigating', `Errors. ${NEXT}`),
        ),
        line: 7,
      },
    ],
    passes: [
      {
        name: 'major, with a report',
        text: incident(
          'impact: major\ncomponents: [api]',
          u('15:10', 'Resolved', 'Fixed.') + '\n' + u('14:45', 'Investigating', `Errors. ${NEXT}`) + '\n' + FULL_REPORT,
        ),
      },
      {
        name: 'major, resolved 20 min ago: not due yet',
        now: '2026-11-20T15:30:00Z',
        text: incident(
          'impact: major\ncomponents: [api]',
          u('15:10', 'Resolved', 'Fixed.') + '\n' + u('14:45', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
      {
        name: 'minor: no report needed',
        text: incident(
          'impact: minor\ncomponents: [api]',
          u('15:10', 'Resolved', 'Fixed.') + '\n' + u('14:45', 'Investigating', `Errors. ${NEXT}`),
        ),
      },
    ],
  },
  'policy-report-sections': {
    triggers: [
      {
        name: 'a report with only a summary',
        text: incident('impact: minor', u('14:20', 'Resolved', 'Fixed.') + '\n## Post-incident report\n### Summary\nIt broke.\n'),
        line: 9,
      },
      {
        name: 'a section with only the skeleton’s comment',
        text: incident(
          'impact: minor',
          u('14:20', 'Resolved', 'Fixed.') +
            '\n' +
            FULL_REPORT.replace('A release had a fault.', '<!-- What went wrong, in plain language. -->'),
        ),
        line: 9,
      },
    ],
    passes: [
      { name: 'every section, filled in', text: incident('impact: minor', u('14:20', 'Resolved', 'Fixed.') + '\n' + FULL_REPORT) },
      { name: 'no report at all', text: incident('impact: minor', u('14:20', 'Resolved', 'Fixed.')) },
    ],
  },
  'policy-maintenance-notice': {
    triggers: [
      {
        name: 'announced 2 h before the window',
        now: '2026-11-21T00:00:00Z',
        text: `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 12:00 UTC, end: 2026-11-20 13:00 UTC }\ncomponents: [api]\n---\n\n${u('12:50', 'Completed', 'Done.')}\n${u('10:00', 'Scheduled', 'Planned.')}`,
        line: 11,
      },
    ],
    passes: [
      {
        name: 'announced 5 days before',
        text: `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 12:00 UTC, end: 2026-11-20 13:00 UTC }\ncomponents: [api]\n---\n\n${u('12:50', 'Completed', 'Done.')}\n${u('10:00', 'Scheduled', 'Planned.').replace('2026-11-20', '2026-11-15')}`,
      },
    ],
  },
};

describe('communication policy rules', () => {
  it('has a triggering and a passing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...POLICY_RULE_IDS].sort());
    for (const c of Object.values(CASES)) {
      expect(c.triggers.length).toBeGreaterThan(0);
      expect(c.passes.length).toBeGreaterThan(0);
    }
  });

  for (const [rule, { triggers, passes }] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(triggers.map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
        const found = lint(c.text, options(c)).filter((d) => d.code === rule);
        expect(found.length, JSON.stringify(lint(c.text, options(c)))).toBeGreaterThan(0);
        expect(found[0]!.severity).toBe('warning');
        expect(found[0]!.message).not.toBe('');
        expect(found[0]!.hint).toBeTruthy();
        if (c.line) expect(found[0]!.line).toBe(c.line);
      });
      it.each(passes.map((c) => [c.name, c] as const))('does not fire: %s', (_name, c) => {
        expect(codes(lint(c.text, options(c)))).not.toContain(rule);
      });
    });
  }
});

describe('policy settings from status.config.yaml', () => {
  const late = incident('impact: minor', u('14:05', 'Investigating', 'Errors.'));

  it('uses policy.update_interval_minutes for "overdue"', () => {
    const now = '2026-11-20T14:30:00Z';
    expect(codes(lint(late, { now }))).not.toContain('policy-update-overdue');
    expect(codes(lint(late, { now, config: 'policy: { update_interval_minutes: 20 }\n' }))).toContain('policy-update-overdue');
  });

  it('takes a severity per rule, or switches it off', () => {
    const now = '2026-11-20T15:00:00Z';
    const asError = lint(late, { now, config: 'rules: { policy-update-overdue: error }\n' }).find(
      (d) => d.code === 'policy-update-overdue',
    );
    expect(asError?.severity).toBe('error');
    expect(codes(lint(late, { now, config: 'rules: { policy-update-overdue: off }\n' }))).not.toContain('policy-update-overdue');
  });

  it('uses policy.maintenance_notice_hours', () => {
    const text = `---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-20 12:00 UTC, end: 2026-11-20 13:00 UTC }\ncomponents: [api]\n---\n\n${u('12:50', 'Completed', 'Done.')}\n${u('10:00', 'Scheduled', 'Planned.')}`;
    expect(codes(lint(text, { config: 'policy: { maintenance_notice_hours: 1 }\n' }))).not.toContain('policy-maintenance-notice');
  });
});

describe('policy messages (issue 10)', () => {
  const findings = Object.entries(CASES).flatMap(([rule, { triggers }]) =>
    triggers.flatMap((c) => lint(c.text, options(c)).filter((d) => d.code === rule)),
  );

  it('quote and elide as the project writes: “…” and ’, with straight quotes only inside `code`', () => {
    const texts = [
      ...findings.flatMap((d) => [d.message, d.hint ?? '']),
      ...Object.values(POLICY_RULES).flatMap((r) => [r.summary, r.hint]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    const prose = (t: string) => t.replace(/`[^`]*`/g, '');
    expect(texts.filter((t) => /["']/.test(prose(t)))).toEqual([]);
  });

  it('name the report’s missing and empty sections in words', () => {
    const missing = lint(CASES['policy-report-sections'].triggers[0]!.text).find((d) => d.code === 'policy-report-sections')!;
    expect([missing.message, missing.hint]).toEqual([
      // One heading is prose, not the skeleton: held to the essential sections.
      'the post-incident report has no “Root cause”, “Impact”, “Resolution”, “Next steps” sections',
      'say it in the report, in a paragraph or under `### Root cause`, `### Impact`, `### Resolution`, `### Next steps`; the handbook’s sections are: Summary, Timeline, Root cause, Impact, Resolution, Next steps, Further updates, Support',
    ]);
    const empty = lint(CASES['policy-report-sections'].triggers[1]!.text).find((d) => d.code === 'policy-report-sections')!;
    expect([empty.message, empty.hint]).toEqual([
      'the post-incident report’s “Root cause” section is still empty',
      'write each section in plain language before publishing the report',
    ]);
  });

  it('say a promise in words and times as every message does', () => {
    expect(POLICY_RULES['policy-promise-kept'].summary).toBe(
      'An update that says when the next one comes (“Next update by 14:35 UTC”, “within 30 minutes”) is followed by one in time',
    );
    const late = findings.filter((d) => d.code === 'policy-promise-kept').map((d) => d.message);
    expect(late).toEqual([
      'this update promised the next one by 14:35 UTC; it came at 14:50 UTC, 15 min late',
      'this update promised the next one by 14:35 UTC, and none has come (15 min late)',
      'this update promised the next one by 00:10 UTC, and none has come (30 min late)',
    ]);
  });
});

describe('update cadence, once per incident (issue 18)', () => {
  const flood = incident(
    'impact: minor',
    u('16:40', 'Resolved', 'Fixed.') +
      '\n' +
      u('15:55', 'Monitoring', 'Better.') +
      '\n' +
      u('15:00', 'Identified', 'Found it.') +
      '\n' +
      u('14:05', 'Investigating', 'Errors.'),
  );

  it('reports the longest gap and how many gaps exceeded the policy, in one finding', () => {
    const found = lint(flood).filter((d) => d.code === 'policy-update-gap');
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [
        12,
        '3 gaps between updates were longer than the policy’s 30 min while the incident was open; the longest, 55 min, was between the updates at 14:05 and 15:00 UTC',
      ],
    ]);
  });

  it('says “one gap” when only one did', () => {
    const text = incident('impact: minor', u('14:50', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', 'Errors.'));
    expect(
      lint(text)
        .filter((d) => d.code === 'policy-update-gap')
        .map((d) => d.message),
    ).toEqual([
      'one gap between updates was longer than the policy’s 30 min while the incident was open; the longest, 45 min, was between the updates at 14:05 and 14:50 UTC',
    ]);
  });

  it('still counts a gap longer than the ETA an update gave', () => {
    const text = incident(
      'impact: minor',
      u('15:30', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Identified', 'We expect full recovery within 45 minutes.'),
    );
    expect(codes(lint(text))).toContain('policy-update-gap');
  });
});

describe('one lapsed promise of an open incident is one finding (issue 18)', () => {
  const text = incident('impact: minor', u('14:25', 'Investigating', 'Errors. Next update by 14:30 UTC.'));
  const now = '2026-11-20T15:00:00Z';

  it('policy-update-overdue says it; policy-promise-kept stays quiet', () => {
    const found = lint(text, { now }).filter((d) => d.code.startsWith('policy-') && d.code !== 'policy-next-update');
    expect(found.map((d) => [d.code, d.message])).toEqual([
      [
        'policy-update-overdue',
        'overdue: this incident is open and its latest update is 35 min old; the next one was due by 2026-11-20 14:30 UTC, as that update promised',
      ],
    ]);
  });

  it('policy-promise-kept says it when policy-update-overdue is off', () => {
    const found = lint(text, { now, config: 'rules: { policy-update-overdue: off }\n' }).filter((d) => d.code === 'policy-promise-kept');
    expect(found.map((d) => d.message)).toEqual(['this update promised the next one by 14:30 UTC, and none has come (30 min late)']);
  });
});
