import { describe, expect, it } from 'vitest';
import { diagnosticsOf, parseOk } from './helpers/parse.ts';

const EXAMPLE = `---
title: Elevated error rates on the REST API
impact: major
components:
  api: partial_outage
  dashboard: degraded_performance
---

## 2026-11-20 15:10 UTC · Resolved
Error rates are back to normal. A post-incident report will follow.

## 2026-11-20 14:40 UTC · Monitoring
A fix is deployed and we are watching error rates.

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail with errors. Retrying usually succeeds.

## Post-incident report
### Summary
The API failed for an hour.

## Timeline
Still part of the report.
`;

describe('parseIncident: the PRODUCT.md example', () => {
  const incident = parseOk(EXAMPLE);

  it('takes the id from the file name', () => {
    expect(incident.id).toBe('2026-11-20-test');
    expect(incident.kind).toBe('incident');
  });

  it('reads the updates newest first with their statuses and source lines', () => {
    expect(incident.updates.map((u) => [u.at.toISOString(), u.status, u.line])).toEqual([
      ['2026-11-20T15:10:00.000Z', 'resolved', 9],
      ['2026-11-20T14:40:00.000Z', 'monitoring', 12],
      ['2026-11-20T14:05:00.000Z', 'investigating', 15],
    ]);
    expect(incident.updates[2]!.markdown).toBe('Some API requests fail with errors. Retrying usually succeeds.');
  });

  it('starts at the first update and ends at the Resolved update', () => {
    expect(incident.started.toISOString()).toBe('2026-11-20T14:05:00.000Z');
    expect(incident.resolved?.toISOString()).toBe('2026-11-20T15:10:00.000Z');
  });

  it('takes component statuses from the map', () => {
    expect(incident.components).toEqual([
      { component: 'api', status: 'partial_outage' },
      { component: 'dashboard', status: 'degraded_performance' },
    ]);
  });

  it('puts everything under the report heading into the report, level-2 headings included', () => {
    expect(incident.report?.markdown).toBe('### Summary\nThe API failed for an hour.\n\n## Timeline\nStill part of the report.');
    expect(incident.report?.line).toBe(18);
  });

  it('gives every update a stable anchor from its time', () => {
    expect(incident.updates.map((u) => u.anchor)).toEqual([
      'update-2026-11-20-15-10',
      'update-2026-11-20-14-40',
      'update-2026-11-20-14-05',
    ]);
  });
});

const file = (headings: string[], front = 'title: T\ncomponents: [api]') =>
  `---\n${front}\n---\n\n${headings.map((h) => `## ${h}\nText.\n`).join('\n')}`;

describe('update headings', () => {
  it.each([
    ['2026-11-20 14:05 UTC · Investigating', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05Z - Investigating', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05:00+01:00 – Investigating', '2026-11-20T13:05:00.000Z'],
    ['2026-11-20 14:05 +01:00 — Investigating', '2026-11-20T13:05:00.000Z'],
    ['2026-11-20 14:05 -01:00 - Investigating', '2026-11-20T15:05:00.000Z'],
    ['2026-11-20 14:05 UTC | Investigating', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20 14:05 UTC·Investigating', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20 14:05 UTC · investigating ##', '2026-11-20T14:05:00.000Z'],
  ])('reads "%s"', (heading, iso) => {
    const u = parseOk(file([heading])).updates[0]!;
    expect(u.at.toISOString()).toBe(iso);
    expect(u.status).toBe('investigating');
  });

  it('accepts updates in any order and sorts them newest first', () => {
    const incident = parseOk(
      file(['2026-11-20 14:05 UTC · Investigating', '2026-11-20 15:00 UTC · Resolved', '2026-11-20 14:30 UTC · Identified']),
    );
    expect(incident.updates.map((u) => u.status)).toEqual(['resolved', 'identified', 'investigating']);
  });

  it('keeps the previous status for an "Update" and tells the effective one', () => {
    const incident = parseOk(file(['2026-11-20 14:05 UTC · Identified', '2026-11-20 14:30 UTC · Update']));
    expect(incident.updates[0]).toMatchObject({ status: 'update', effectiveStatus: 'identified' });
  });

  it('reads the maintenance statuses, "In progress" in any spelling', () => {
    const text = `---\ntitle: DB upgrade\nkind: maintenance\ncomponents: [api]\nwindow: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }\n---\n## 2026-11-20 03:50 UTC · Completed\nDone.\n## 2026-11-20 02:00 UTC · in-progress\nStarted.\n## 2026-11-15 09:00 UTC · Scheduled\nWe will upgrade.\n`;
    const m = parseOk(text);
    expect(m.kind).toBe('maintenance');
    expect(m.updates.map((u) => u.status)).toEqual(['completed', 'in_progress', 'scheduled']);
    expect(m.window).toEqual({ start: new Date('2026-11-20T02:00:00Z'), end: new Date('2026-11-20T04:00:00Z') });
    expect(m.components).toEqual([{ component: 'api', status: 'under_maintenance' }]);
    expect(m.impact).toBe('none');
  });

  it('ignores "## " lines inside fenced code', () => {
    const text = file(['2026-11-20 14:05 UTC · Investigating']).replace('Text.', 'Text.\n\n```\n## 2026-11-20 14:10 UTC · Resolved\n```');
    expect(parseOk(text).updates).toHaveLength(1);
  });

  it('gives two updates in the same minute distinct anchors', () => {
    const incident = parseOk(
      file(['2026-11-20 14:05 UTC · Investigating', '2026-11-20 14:05 UTC · Identified', '2026-11-20 14:05 UTC · Update']),
    );
    expect(incident.updates.map((u) => u.anchor).sort()).toEqual([
      'update-2026-11-20-14-05',
      'update-2026-11-20-14-05-2',
      'update-2026-11-20-14-05-3',
    ]);
  });
});

describe('summary, impact and frontmatter', () => {
  it('keeps text before the first update as the summary', () => {
    const text = file(['2026-11-20 14:05 UTC · Investigating']).replace('---\n\n', '---\n\nA short summary.\n\n');
    expect(parseOk(text).summary).toBe('A short summary.');
  });

  it('derives impact from the worst component status when none is given', () => {
    const text = file(
      ['2026-11-20 14:05 UTC · Investigating'],
      'title: T\ncomponents:\n  api: major_outage\n  email: degraded_performance',
    );
    expect(parseOk(text).impact).toBe('critical');
  });

  it('gives a plain list the status that the impact implies', () => {
    const text = file(['2026-11-20 14:05 UTC · Investigating'], 'title: T\nimpact: critical\ncomponents: [api, email]');
    expect(parseOk(text).components.map((c) => c.status)).toEqual(['major_outage', 'major_outage']);
  });

  it('reads started, resolved, eta, workaround and owner', () => {
    const text = file(
      ['2026-11-20 14:05 UTC · Investigating'],
      'title: T\ncomponents: [api]\nstarted: 2026-11-20T13:58Z\nresolved: 2026-11-20 16:00 +01:00\neta: 2026-11-20 15:30 UTC\nworkaround: Retry the request.\nowner: ["@alice", "@bob"]',
    );
    const i = parseOk(text);
    expect(i.started.toISOString()).toBe('2026-11-20T13:58:00.000Z');
    expect(i.resolved?.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(i.eta?.toISOString()).toBe('2026-11-20T15:30:00.000Z');
    expect(i.workaround).toBe('Retry the request.');
    expect(i.owners).toEqual(['@alice', '@bob']);
  });
});

describe('component changes inside an update', () => {
  const text = `---
title: T
impact: critical
components: [api, dashboard]
---
## 2026-11-20 15:00 UTC · Monitoring
Components: api = operational, dashboard: degraded performance; email -> down

The API is back.
## 2026-11-20 14:00 UTC · Investigating
Everything is down.
`;

  it('reads the Components line and leaves it out of the text', () => {
    const u = parseOk(text).updates[0]!;
    expect(u.changes).toEqual([
      { component: 'api', status: 'operational' },
      { component: 'dashboard', status: 'degraded_performance' },
      { component: 'email', status: 'major_outage' },
    ]);
    expect(u.markdown).toBe('The API is back.');
  });

  it('points at a misspelt component in the Components line', () => {
    const d = diagnosticsOf(text.replace('dashboard: degraded', 'dashbord: degraded'));
    expect(d).toEqual([
      expect.objectContaining({
        code: 'unknown-component',
        line: 7,
        column: 32,
        message: expect.stringContaining('did you mean "dashboard"'),
      }),
    ]);
  });

  it('points at an unknown status in the Components line', () => {
    const d = diagnosticsOf(text.replace('email -> down', 'email -> sideways'));
    expect(d).toEqual([expect.objectContaining({ code: 'unknown-component-status', line: 7, column: 74 })]);
  });
});

describe('diagnostics', () => {
  const codes = (text: string, now?: Date) => diagnosticsOf(text, undefined, now).map((d) => `${d.line}:${d.column} ${d.code}`);

  it('suggests the status meant by a typo', () => {
    const d = diagnosticsOf(file(['2026-11-20 14:05 UTC · Investigatin']));
    expect(d[0]).toMatchObject({ code: 'unknown-status', line: 6, column: 27 });
    expect(d[0]!.message).toContain('did you mean "Investigating"');
  });

  it('explains a maintenance status used in an incident', () => {
    const d = diagnosticsOf(file(['2026-11-20 14:05 UTC · Completed']));
    expect(d[0]!.message).toContain('kind: maintenance');
  });

  it('refuses a heading time without a zone', () => {
    expect(codes(file(['2026-11-20 14:05 · Investigating']))).toEqual(['6:4 time-no-zone']);
  });

  it('refuses updates after now, and an end before the start', () => {
    expect(codes(file(['2026-11-21 14:05 UTC · Investigating']))).toEqual(['6:4 update-in-future']);
    const backwards = file(
      ['2026-11-20 14:05 UTC · Resolved', '2026-11-20 15:05 UTC · Investigating'],
      'title: T\ncomponents: [api]\nresolved: 2026-11-20 10:00 UTC',
    );
    expect(codes(backwards)).toContain('4:11 resolved-before-started');
  });

  it('refuses an update before the incident started', () => {
    expect(codes(file(['2026-11-20 14:05 UTC · Investigating'], 'title: T\nstarted: 2026-11-20 15:00 UTC'))).toEqual([
      '6:4 update-before-start',
    ]);
  });

  it('refuses a window on an incident and points at it', () => {
    expect(
      codes(file(['2026-11-20 14:05 UTC · Investigating'], 'title: T\nwindow: { start: 2026-11-20 14:00 UTC, end: 2026-11-20 15:00 UTC }')),
    ).toEqual(['3:1 invalid-field']);
  });

  it('refuses a file without updates or without frontmatter', () => {
    expect(codes('---\ntitle: T\n---\nJust text.\n')).toEqual(['4:1 no-updates']);
    expect(codes('# Title\n\n## 2026-11-20 14:05 UTC · Investigating\n')).toEqual(['1:1 missing-frontmatter']);
  });

  it('never throws on a file of garbage', () => {
    expect(() => diagnosticsOf('---\n: : :\n\t- [\n---\n## \n')).not.toThrow();
  });
});

describe("parseIncident: YAML mistakes in the frontmatter, in a responder's words", () => {
  const BODY = '\n## 2026-11-20 14:05 UTC · Investigating\nSome API requests fail.\n';
  /** The one finding about `frontmatter`, as `npm run check` words it: line:col, message and hint. */
  const finding = (frontmatter: string) =>
    diagnosticsOf(`---\n${frontmatter}\n---\n${BODY}`).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
  // PRODUCT.md's example, with its comments.
  const example = (api: string, dashboard: string) =>
    [
      'title: Elevated error rates on the REST API',
      'impact: major                 # none | minor | major | critical',
      'components:                   # a list of ids, or a map id -> status',
      `${api}         # degraded_performance | partial_outage | major_outage`,
      dashboard,
    ].join('\n');

  it.each([
    [
      'an extra space before a component of the PRODUCT.md example',
      example('  api: partial_outage', '   dashboard: degraded_performance'),
      '6:4 yaml-syntax this line is indented more than the lines above it | indent it by 2 spaces, the same as line 5 (`api: partial_outage`)',
    ],
    [
      'a space too few before a component of the PRODUCT.md example',
      example('  api: partial_outage', ' dashboard: degraded_performance'),
      '6:2 yaml-syntax this line is indented less than the lines above it | indent it by 2 spaces, the same as line 5 (`api: partial_outage`)',
    ],
    [
      'an over-indented line after a comment line',
      'title: T\ncomponents:\n  api: partial_outage\n  # the dashboard too\n   dashboard: degraded_performance',
      '6:4 yaml-syntax this line is indented more than the lines above it | indent it by 2 spaces, the same as line 4 (`api: partial_outage`)',
    ],
    [
      'an over-indented field at the top',
      'title: T\n  impact: major',
      '3:3 yaml-syntax this line is indented more than the lines above it | start it at the beginning of the line, the same as line 2 (`title: T`)',
    ],
    [
      'an indented first line',
      ' title: T\nimpact: major',
      '2:1 yaml-syntax this line is indented more than the lines below it | start it at the beginning of the line',
    ],
    [
      'a tab as the first line under a field',
      'title: T\ncomponents:\n\tapi: partial_outage',
      '4:1 yaml-syntax this line is indented with a tab | use 2 spaces instead of the tab',
    ],
    [
      'a tab after spaces',
      'title: T\ncomponents:\n  api: partial_outage\n  \tdashboard: degraded_performance',
      '5:3 yaml-syntax this line is indented with a tab | use 2 spaces instead of the tab, the same as line 4 (`api: partial_outage`)',
    ],
    [
      'a list item indented less than the one above',
      'title: T\ncomponents:\n  - api\n - dashboard',
      '5:2 yaml-syntax this line is indented less than the lines above it | indent it by 2 spaces, the same as line 4 (`- api`)',
    ],
    [
      'a missing space after the colon of the last component',
      'title: T\ncomponents:\n  api: partial_outage\n  dashboard:degraded_performance',
      '5:12 yaml-syntax there is no space after the colon in `dashboard:degraded_performance` | write `dashboard: degraded_performance`',
    ],
    [
      'a missing colon',
      'title: T\nimpact major',
      '3:1 yaml-syntax this line has no colon after its name | write the name, a colon and a space, then the value, e.g. `impact: major`',
    ],
    [
      'double quotes inside double quotes',
      'title: "The "Dashboard" is slow"',
      '2:8 yaml-syntax a `"` inside this quoted value ends it early | write it with the other kind of quotes: title: \'The "Dashboard" is slow\'',
    ],
    [
      'an apostrophe inside single quotes',
      "title: 'Customers can't sign in'",
      '2:8 yaml-syntax a `\'` inside this quoted value ends it early | write it with the other kind of quotes: title: "Customers can\'t sign in"',
    ],
    [
      'a value that starts with {',
      'title: {api} returns errors',
      '2:8 yaml-syntax a value that starts with `{` must be in quotes | put the whole value in quotes: title: "{api} returns errors"',
    ],
    [
      'a value that starts with *',
      'title: *nix hosts cannot connect',
      '2:8 yaml-syntax a value that starts with `*` must be in quotes | put the whole value in quotes: title: "*nix hosts cannot connect"',
    ],
    [
      'a value that starts with |',
      'title: | urgent: API down',
      '2:8 yaml-syntax a value that starts with `|` must be in quotes | put the whole value in quotes: title: "| urgent: API down"',
    ],
    [
      'a colon-space in the workaround, holding a backslash',
      'title: T\nworkaround: Use C:\\export: it works',
      '3:13 yaml-syntax a value with ": " in it must be in quotes | put the whole value in quotes: workaround: \'Use C:\\export: it works\'',
    ],
    [
      'a component written twice',
      'title: T\ncomponents:\n  api: partial_outage\n  api: major_outage',
      '5:3 yaml-syntax `api` is written twice; the first is on line 4 | keep one `api:` and remove the other',
    ],
    [
      'an unclosed { in a maintenance window',
      'kind: maintenance\ntitle: T\nwindow: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC\ncomponents: [api]',
      '4:9 yaml-syntax a `{` is not closed | close it with `}` on the same line: window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }',
    ],
    [
      'an unclosed [ in a list of components',
      'title: T\ncomponents: [api, dashboard\nimpact: major',
      '3:13 yaml-syntax a `[` is not closed | close it with `]` on the same line: components: [api, dashboard]',
    ],
    [
      'an unclosed quote inside { }',
      'title: T\nwindow: { start: "2026-11-20 02:00 UTC, end: x }\nimpact: major',
      '3:18 yaml-syntax the `"` quote that starts here is not closed | end the text with another `"` on the same line',
    ],
    [
      'an alias without its anchor',
      'title: T\nowner: *alice',
      '3:8 yaml-syntax there is no `&alice` before `*alice` for it to repeat | a value that starts with `*` must be in quotes, unless it repeats a value marked `&name` above it',
    ],
  ])('%s', (_, frontmatter, expected) => {
    expect(finding(frontmatter)).toEqual([expected]);
  });

  it('reads the same lines with Windows line endings', () => {
    const crlf = 'title: T\r\ncomponents:\r\n  api: partial_outage\r\n   dashboard: degraded_performance\r';
    expect(finding(crlf)).toEqual([
      '5:4 yaml-syntax this line is indented more than the lines above it | indent it by 2 spaces, the same as line 4 (`api: partial_outage`)',
    ]);
  });

  it('explains values that YAML reads, but not as the text they were meant to be', () => {
    const titleHint =
      'What customers see, e.g. "Elevated error rates on the REST API"; in quotes when it starts with `[`, `{`, `@`, `#` or a backtick, or has ": " in it';
    expect(finding('title: #1 cause of errors')).toEqual([`2:8 invalid-field title: must be text | ${titleHint}`]);
    expect(finding('title: [Resolved]')).toEqual([`2:8 invalid-field title: must be text, not ["Resolved"] | ${titleHint}`]);
    expect(finding('title: T\ncomponents:\n  api:partial_outage')).toEqual([
      '4:3 invalid-field components: there is no space after the colon in `api:partial_outage`; write `api: partial_outage` | A list of component ids, or a map of component id to status',
    ]);
  });
});
