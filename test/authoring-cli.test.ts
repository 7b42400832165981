/**
 * `npm run status -- …` in temporary content roots: the exact Markdown each command writes,
 * byte-for-byte preservation of everything else, and that the result passes `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContext } from '../src/core/authoring/plan/context.ts';
import { planUpdate } from '../src/core/authoring/plan/incident-plans.ts';
import type { Prompter } from '../src/core/authoring/cli/prompts.ts';
import { LocalWorkspace } from '../src/core/authoring/plan/workspace.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { incidentView } from '../src/core/views/incident.ts';
import { runCli } from './helpers/cli.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');
const CONFIG = `${BASE_CONFIG}support: { email: support@test.example, url: https://test.example/help }\n`;

function root(files: Record<string, string> = {}) {
  return makeContentRoot(files, CONFIG);
}

const env = (dir: string, now: string) => ({ STATUS_DIR: dir, STATUS_NOW: now });
const never = (): never => {
  throw new Error('not asked');
};
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const errorsIn = (dir: string, now: string) =>
  checkContentRoot(dir, { now: new Date(now) }).diagnostics.filter((d) => d.severity === 'error');

/** `after` is `before` with exactly `inserted` added at one place: nothing else changed. */
function expectOnlyInserted(before: string, after: string, inserted: string) {
  const at = after.indexOf(inserted);
  expect(at, `the inserted text is not in:\n${after}`).toBeGreaterThanOrEqual(0);
  expect(after.slice(0, at) + after.slice(at + inserted.length)).toBe(before);
}

// An incident written by hand: a comment, a summary, its own spacing and separator style.
const HANDWRITTEN = `---
# Owned by the API team
title: Elevated error rates on the REST API
impact: major
components:
  api: partial_outage
  dashboard: degraded_performance
---

Some API requests fail.   <!-- keep this summary short -->

## 2026-11-20 14:40 UTC - Identified
A faulty release causes the errors.
We are rolling it back. Next update by 15:10 UTC.

## 2026-11-20 14:05 UTC - Investigating
* Some API requests fail with errors.
* Retrying usually succeeds.

Next update by 14:35 UTC.
`;

describe('new', () => {
  it('writes incidents/<date>-<slug>.md in the documented format', async () => {
    const dir = root();
    const now = '2026-11-20T14:07:00Z';
    const run = await runCli(
      [
        'new',
        '--title',
        'Elevated error rates on the REST API',
        '--impact',
        'major',
        '--components',
        'api,dashboard',
        '--message',
        'Some API requests fail with errors. Retrying usually succeeds.',
        '--next',
        '30',
        '--at',
        '14:05 UTC',
      ],
      env(dir, now),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created incidents/2026-11-20-elevated-error-rates-on-the-rest-api.md');
    expect(read(dir, 'incidents/2026-11-20-elevated-error-rates-on-the-rest-api.md')).toBe(`---
title: Elevated error rates on the REST API
impact: major
components:
  - api
  - dashboard
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail with errors. Retrying usually succeeds. Next update by 14:35 UTC.
`);
    expect(errorsIn(dir, now)).toEqual([]);
    expect(checkContentRoot(dir, { now: new Date(now) }).diagnostics).toEqual([]);
  });

  it('writes component statuses as a map, quotes YAML where needed, and takes started, eta and workaround', async () => {
    const dir = root();
    const now = '2026-11-20T14:10:00Z';
    const run = await runCli(
      [
        'new',
        '--title',
        'Dashboard: slow to load',
        '--components',
        'dashboard=degraded',
        '--components',
        'api=partial',
        '--status',
        'identified',
        '--message',
        'The dashboard loads slowly.\n\nThe API fails for some requests. Next update by 14:40 UTC.',
        '--started',
        '2026-11-20 13:58 UTC',
        '--eta',
        '2026-11-20 16:00 UTC',
        '--workaround',
        'Use the API: it works.',
        '--slug',
        'slow dashboard',
      ],
      env(dir, now),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-11-20-slow-dashboard.md')).toBe(`---
title: "Dashboard: slow to load"
impact: major
started: 2026-11-20 13:58 UTC
components:
  dashboard: degraded_performance
  api: partial_outage
eta: 2026-11-20 16:00 UTC
workaround: "Use the API: it works."
---

## 2026-11-20 14:10 UTC · Identified
The dashboard loads slowly.

The API fails for some requests. Next update by 14:40 UTC.
`);
    expect(errorsIn(dir, now)).toEqual([]);
  });

  it('follows the year folders of existing files and never reuses an id', async () => {
    const existing = HANDWRITTEN;
    const dir = root({
      'incidents/2026/2026-11-20-api-errors.md': existing,
      'incidents/2026/2026-11-19-other.md': existing.replace(/2026-11-20/g, '2026-11-19'),
    });
    const now = '2026-11-20T16:00:00Z';
    const run = await runCli(
      ['new', '--title', 'API errors', '--impact', 'minor', '--message', 'Slow. Next update by 16:30 UTC.'],
      env(dir, now),
    );
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'incidents/2026')).sort()).toEqual([
      '2026-11-19-other.md',
      '2026-11-20-api-errors-2.md',
      '2026-11-20-api-errors.md',
    ]);
    expect(read(dir, 'incidents/2026/2026-11-20-api-errors.md')).toBe(existing);
  });

  it('says which component was meant, and writes nothing', async () => {
    const dir = root();
    const run = await runCli(
      ['new', '--title', 'X', '--impact', 'minor', '--components', 'apii', '--message', 'Y'],
      env(dir, '2026-11-20T14:00:00Z'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"apii" is not a component; did you mean "api"?');
    expect(readdirSync(join(dir, 'incidents'))).toEqual([]);
  });

  it('lists every missing flag at once when there is no terminal to ask in', async () => {
    const run = await runCli(['new', '--title', 'X'], env(root(), '2026-11-20T14:00:00Z'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing: --impact, --message');
  });

  it('reads --message-file', async () => {
    const dir = root();
    const run = await runCli(
      ['new', '--title', 'API errors', '--impact', 'minor', '--message-file', 'msg.md'],
      env(dir, '2026-11-20T14:00:00Z'),
      {
        files: { 'msg.md': 'Line one.\r\nLine two. Next update by 14:30 UTC.\r\n\r\n' },
      },
    );
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toContain(
      '## 2026-11-20 14:00 UTC · Investigating\nLine one.\nLine two. Next update by 14:30 UTC.\n',
    );
  });

  it('asks for what is missing in a terminal', async () => {
    const dir = root();
    const asked: string[] = [];
    const answers: Record<string, unknown> = {
      'Title: what do customers see?': 'Webhooks delayed',
      'Affected components': ['email'],
      Impact: 'minor',
      Status: 'investigating',
      'First update: what do customers see, and what are you doing?': 'Emails arrive late.',
      'Next update in how many minutes? (empty: none)': '20',
    };
    const prompter: Prompter = {
      text: async (q) => (asked.push(q.message), String(answers[q.message])),
      select: async (q) => (asked.push(q.message), answers[q.message] as never),
      multiselect: async (q) => (asked.push(q.message), answers[q.message] as never),
      confirm: async (q) => (asked.push(q.message), true),
      note: () => {},
    };
    const run = await runCli(['new'], env(dir, '2026-11-20T14:00:00Z'), { prompter });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(asked).toEqual([...Object.keys(answers), 'Write incidents/2026-11-20-webhooks-delayed.md?']);
    expect(read(dir, 'incidents/2026-11-20-webhooks-delayed.md')).toBe(
      '---\ntitle: Webhooks delayed\nimpact: minor\ncomponents:\n  - email\n---\n\n## 2026-11-20 14:00 UTC · Investigating\nEmails arrive late. Next update by 14:20 UTC.\n',
    );
  });
});

describe('update', () => {
  it('inserts the update at the top, in the file’s own separator style, and keeps the rest byte for byte', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const now = '2026-11-20T15:05:00Z';
    const run = await runCli(
      [
        'update',
        '2026-11-20-api-errors',
        '--status',
        'monitoring',
        '--components',
        'api=operational, dashboard: degraded',
        '--message',
        'The release is rolled back. The API works normally.',
        '--next',
        '15:35 UTC',
      ],
      env(dir, now),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = read(dir, 'incidents/2026-11-20-api-errors.md');
    const inserted = `## 2026-11-20 15:05 UTC - Monitoring
Components: api = operational, dashboard = degraded_performance

The release is rolled back. The API works normally. Next update by 15:35 UTC.

`;
    expectOnlyInserted(HANDWRITTEN, after, inserted);
    expect(after.indexOf(inserted)).toBe(HANDWRITTEN.indexOf('## 2026-11-20 14:40'));
    expect(errorsIn(dir, now)).toEqual([]);
  });

  it('keeps CRLF line endings', async () => {
    const crlf = HANDWRITTEN.replace(/\n/g, '\r\n');
    const dir = root({ 'incidents/2026-11-20-api-errors.md': crlf });
    const run = await runCli(
      ['update', '2026-11-20-api-errors', '--message', 'Still rolling back. Next update by 15:35 UTC.'],
      env(dir, '2026-11-20T15:05:00Z'),
    );
    expect(run.code).toBe(0);
    expectOnlyInserted(
      crlf,
      read(dir, 'incidents/2026-11-20-api-errors.md'),
      '## 2026-11-20 15:05 UTC - Update\r\nStill rolling back. Next update by 15:35 UTC.\r\n\r\n',
    );
  });

  it('puts an earlier time where it belongs', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const run = await runCli(
      ['update', '2026-11-20-api-errors', '--at', '2026-11-20 14:20 UTC', '--message', 'We are still looking. Next update by 14:50 UTC.'],
      env(dir, '2026-11-20T15:05:00Z'),
    );
    expect(run.code).toBe(0);
    const after = read(dir, 'incidents/2026-11-20-api-errors.md');
    const inserted = '## 2026-11-20 14:20 UTC - Update\nWe are still looking. Next update by 14:50 UTC.\n\n';
    expectOnlyInserted(HANDWRITTEN, after, inserted);
    expect(after.indexOf(inserted)).toBe(HANDWRITTEN.indexOf('## 2026-11-20 14:05'));
  });

  it('appends to an oldest-first file, before its report', async () => {
    const oldestFirst = `---
title: API errors
impact: minor
---

## 2026-11-20 14:05 UTC · Investigating
Errors. Next update by 14:35 UTC.

## 2026-11-20 14:30 UTC · Identified
Found it. Next update by 15:00 UTC.

## Post-incident report
### Summary
Draft.
`;
    const dir = root({ 'incidents/2026-11-20-api.md': oldestFirst });
    const run = await runCli(
      ['update', '2026-11-20-api', '--status', 'monitoring', '--message', 'Fixed; watching. Next update by 15:25 UTC.'],
      env(dir, '2026-11-20T14:55:00Z'),
    );
    expect(run.code).toBe(0);
    const after = read(dir, 'incidents/2026-11-20-api.md');
    const inserted = '## 2026-11-20 14:55 UTC · Monitoring\nFixed; watching. Next update by 15:25 UTC.\n\n';
    expectOnlyInserted(oldestFirst, after, inserted);
    expect(after.indexOf(inserted)).toBe(oldestFirst.indexOf('## Post-incident report'));
  });

  it('never writes a file that would not pass the check', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const now = '2026-11-20T15:05:00Z';
    const future = await runCli(['update', '2026-11-20-api-errors', '--at', '2026-11-20 18:00 UTC', '--message', 'x'], env(dir, now));
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/update-in-future[\s\S]*nothing was written/);
    // Times in messages read as the headings do.
    expect(future.stderr.split('\n')[0]).toBe(
      'incidents/2026-11-20-api-errors.md:12:4 error update-in-future this update is dated after now (2026-11-20 15:05 UTC)',
    );
    const heading = await runCli(['update', '2026-11-20-api-errors', '--message', 'Text\n## Not an update'], env(dir, now));
    expect(heading.code).toBe(1);
    expect(heading.stderr).toContain('use "###" for a heading inside an update');
    const status = await runCli(['update', '2026-11-20-api-errors', '--status', 'in progress', '--message', 'x'], env(dir, now));
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('that is a maintenance status');
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toBe(HANDWRITTEN);
  });

  it('suggests the id when it is misspelt', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const run = await runCli(['update', '2026-11-20-api-eror', '--message', 'x'], env(dir, '2026-11-20T15:05:00Z'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('did you mean "2026-11-20-api-errors"?');
  });

  it('--dry-run prints the result and writes nothing', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const run = await runCli(
      ['update', '2026-11-20-api-errors', '--message', 'Rolling back. Next update by 15:35 UTC.', '--dry-run'],
      env(dir, '2026-11-20T15:05:00Z'),
    );
    expect(run.code).toBe(0);
    expect(`${run.stdout}\n`).toBe(
      HANDWRITTEN.replace(
        '## 2026-11-20 14:40',
        '## 2026-11-20 15:05 UTC - Update\nRolling back. Next update by 15:35 UTC.\n\n## 2026-11-20 14:40',
      ),
    );
    expect(run.stderr).toContain('dry run');
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toBe(HANDWRITTEN);
  });
});

describe('resolve', () => {
  it('adds the Resolved update, sets the affected components back to operational and promises the report for a major incident', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const now = '2026-11-20T15:10:00Z';
    const run = await runCli(['resolve', '2026-11-20-api-errors'], env(dir, now));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectOnlyInserted(
      HANDWRITTEN,
      read(dir, 'incidents/2026-11-20-api-errors.md'),
      `## 2026-11-20 15:10 UTC - Resolved
Components: api = operational, dashboard = operational

This incident is resolved. All affected services work normally again. We will publish a post-incident report here by 16:10 UTC.

`,
    );
    expect(errorsIn(dir, now)).toEqual([]);
    const again = await runCli(['resolve', '2026-11-20-api-errors'], env(dir, '2026-11-20T15:20:00Z'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already resolved at 2026-11-20 15:10 UTC');
  });

  it('takes the responder’s own words', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const run = await runCli(
      ['resolve', '2026-11-20-api-errors', '--message', 'Error rates are back to normal.'],
      env(dir, '2026-11-20T15:10:00Z'),
    );
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toContain('\n\nError rates are back to normal.\n\n## 2026-11-20 14:40');
  });
});

describe('resolve --in-error', () => {
  it('sets opened_in_error: true and adds a final update that says so, with no components line and no report promised', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const now = '2026-11-20T15:10:00Z';
    const run = await runCli(['resolve', '2026-11-20-api-errors', '--in-error'], env(dir, now));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Updated incidents/2026-11-20-api-errors.md: the final update, marked as opened in error');
    const after = read(dir, 'incidents/2026-11-20-api-errors.md');
    expect(after).toBe(
      HANDWRITTEN.replace(
        '  dashboard: degraded_performance\n---',
        '  dashboard: degraded_performance\nopened_in_error: true\n---',
      ).replace(
        '## 2026-11-20 14:40 UTC',
        `## 2026-11-20 15:10 UTC - Resolved
This incident was opened in error. Our services were not affected.

## 2026-11-20 14:40 UTC`,
      ),
    );
    // A major incident, yet no report is due; without the flag, the same file would owe one.
    const later = { now: new Date('2026-11-22T00:00:00Z') };
    const found = checkContentRoot(dir, later).diagnostics;
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.map((d) => d.code)).not.toContain('policy-report-due');
    const unflagged = root({ 'incidents/2026-11-20-api-errors.md': after.replace('opened_in_error: true\n', '') });
    expect(checkContentRoot(unflagged, later).diagnostics.map((d) => d.code)).toContain('policy-report-due');
    const model = readSiteModel(dir, new Date(now));
    const state = model.byId.get('2026-11-20-api-errors')!;
    expect([state.open, model.uptime.get('api')!.days.at(-1)!.downtimeMs]).toEqual([false, 0]);
    expect(incidentView(model, state).statusLabel).toBe('Opened in error');
  });

  it('starts the responder’s words with “This incident was opened in error.” unless they say so already', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const own = await runCli(
      [
        'resolve',
        '2026-11-20-api-errors',
        '--in-error',
        '--message',
        'A monitoring probe failed; the API itself worked throughout.',
        '--dry-run',
      ],
      env(dir, '2026-11-20T15:10:00Z'),
    );
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(
      '## 2026-11-20 15:10 UTC - Resolved\nThis incident was opened in error. A monitoring probe failed; the API itself worked throughout.\n\n',
    );
    const saying = await runCli(
      ['resolve', '2026-11-20-api-errors', '--in-error', '--message', 'We opened this incident in error: a probe failed.', '--dry-run'],
      env(dir, '2026-11-20T15:10:00Z'),
    );
    expect(saying.stdout).toContain('## 2026-11-20 15:10 UTC - Resolved\nWe opened this incident in error: a probe failed.\n\n');
  });

  it('refuses an incident already resolved or already marked, saying what to do instead', async () => {
    const resolved = HANDWRITTEN.replace(
      '## 2026-11-20 14:40 UTC - Identified',
      '## 2026-11-20 15:00 UTC - Resolved\nFixed.\n\n## 2026-11-20 14:40 UTC - Identified',
    );
    const dir = root({ 'incidents/2026-11-20-api-errors.md': resolved });
    const late = await runCli(['resolve', '2026-11-20-api-errors', '--in-error'], env(dir, '2026-11-20T15:10:00Z'));
    expect([late.code, late.stderr]).toEqual([
      1,
      '✖ 2026-11-20-api-errors was already resolved at 2026-11-20 15:00 UTC; to mark it as opened in error, add `opened_in_error: true` to its frontmatter',
    ]);
    const marked = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN.replace('---\n\nSome', 'opened_in_error: true\n---\n\nSome') });
    const again = await runCli(['resolve', '2026-11-20-api-errors', '--in-error'], env(marked, '2026-11-20T15:10:00Z'));
    expect([again.code, again.stderr]).toEqual([
      1,
      '✖ 2026-11-20-api-errors is already marked as opened in error; to add news, use `update 2026-11-20-api-errors`',
    ]);
  });

  it('refuses a frontmatter it cannot edit field by field, with the words to write by hand', async () => {
    const flow = HANDWRITTEN.replace(
      /---\n# Owned[\s\S]*?\n---\n/,
      '---\n{ title: Elevated error rates on the REST API, impact: major, components: [api] }\n---\n',
    );
    const dir = root({ 'incidents/2026-11-20-api-errors.md': flow });
    const run = await runCli(['resolve', '2026-11-20-api-errors', '--in-error'], env(dir, '2026-11-20T15:10:00Z'));
    expect([run.code, run.stderr]).toEqual([
      1,
      '✖ incidents/2026-11-20-api-errors.md: its frontmatter is not written as `key: value` lines, so `opened_in_error` cannot be set; add `opened_in_error: true` by hand and a final update that says so',
    ]);
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toBe(flow);
  });

  it('in a terminal, asks for the words and shows the whole file, since two places change', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const asked: string[] = [];
    const notes: string[] = [];
    const prompter: Prompter = {
      text: async (q) => (asked.push(q.message), ''),
      select: async () => never(),
      multiselect: async () => never(),
      confirm: async (q) => (asked.push(q.message), true),
      note: (text) => void notes.push(text),
    };
    const run = await runCli(['resolve', '2026-11-20-api-errors', '--in-error'], env(dir, '2026-11-20T15:10:00Z'), { prompter });
    expect(run.code).toBe(0);
    expect(asked).toEqual(['Final update: what happened instead (empty: the default text)', 'Write incidents/2026-11-20-api-errors.md?']);
    expect(notes).toEqual([read(dir, 'incidents/2026-11-20-api-errors.md').trimEnd()]);
    // One place changed: only the lines added.
    const plain = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    notes.length = 0;
    await runCli(['resolve', '2026-11-20-api-errors'], env(plain, '2026-11-20T15:10:00Z'), { prompter });
    expect(notes[0]).toMatch(/^## 2026-11-20 15:10 UTC - Resolved\nComponents: /);
  });

  it('is in resolve --help', async () => {
    const run = await runCli(['resolve', '--help'], {});
    expect(run.stdout).toContain(
      '  --in-error              the incident was opened in error (default message: "This incident was opened in error. Our services were not affected.";\n' +
        '                          a message of your own that does not say so starts with "This incident was opened in error.")',
    );
    expect(run.stdout).toContain('resolve 2026-11-20-api-errors --in-error \\\n');
  });
});

describe('maintenance', () => {
  it('schedules, updates and completes maintenance', async () => {
    const dir = root();
    const schedule = await runCli(
      [
        'maintenance',
        '--title',
        'Database upgrade',
        '--start',
        '2026-11-28 02:00 UTC',
        '--duration',
        '2h',
        '--components',
        'api,dashboard',
      ],
      env(dir, '2026-11-21T09:00:00Z'),
    );
    expect(schedule.stderr).toBe('');
    expect(schedule.code).toBe(0);
    const file = 'incidents/2026-11-28-database-upgrade.md';
    const scheduled = `---
title: Database upgrade
kind: maintenance
window: { start: 2026-11-28 02:00 UTC, end: 2026-11-28 04:00 UTC }
components:
  - api
  - dashboard
---

## 2026-11-21 09:00 UTC · Scheduled
We will carry out planned maintenance on 28 November 2026, from 02:00 to 04:00 UTC. Affected: REST API, Dashboard. We will post here when the work starts.
`;
    expect(read(dir, file)).toBe(scheduled);

    const update = await runCli(
      ['maintenance', 'update', '2026-11-28-database-upgrade', '--message', 'The work has started.', '--next', '30'],
      env(dir, '2026-11-28T02:01:00Z'),
    );
    expect(update.code).toBe(0);
    const started = read(dir, file);
    expectOnlyInserted(scheduled, started, '## 2026-11-28 02:01 UTC · In progress\nThe work has started. Next update by 02:31 UTC.\n\n');

    const done = await runCli(['maintenance', 'complete', '2026-11-28-database-upgrade'], env(dir, '2026-11-28T03:30:00Z'));
    expect(done.code).toBe(0);
    expectOnlyInserted(
      started,
      read(dir, file),
      '## 2026-11-28 03:30 UTC · Completed\nThe maintenance is complete. All services work normally.\n\n',
    );
    expect(checkContentRoot(dir, { now: new Date('2026-11-28T05:00:00Z') }).diagnostics).toEqual([]);
  });

  it('takes --end, a map of statuses and its own announcement', async () => {
    const dir = root();
    const run = await runCli(
      [
        'maintenance',
        '--title',
        'Email provider switch',
        '--start',
        '2026-12-01 01:00 UTC',
        '--end',
        '2026-12-01 01:30 UTC',
        '--components',
        'email=degraded',
        '--message',
        'Emails may arrive a few minutes late.',
      ],
      env(dir, '2026-11-21T09:00:00Z'),
    );
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-12-01-email-provider-switch.md')).toBe(
      '---\ntitle: Email provider switch\nkind: maintenance\nwindow: { start: 2026-12-01 01:00 UTC, end: 2026-12-01 01:30 UTC }\ncomponents:\n  email: degraded_performance\n---\n\n## 2026-11-21 09:00 UTC · Scheduled\nEmails may arrive a few minutes late.\n',
    );
  });

  it('tells incidents and maintenance apart', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const run = await runCli(['maintenance', 'complete', '2026-11-20-api-errors'], env(dir, '2026-11-20T15:10:00Z'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('use `resolve 2026-11-20-api-errors`');
  });
});

describe('report', () => {
  it('adds every section of the handbook, the timeline from the updates and the support contacts', async () => {
    const resolved = HANDWRITTEN.replace(
      '## 2026-11-20 14:40',
      '## 2026-11-20 15:10 UTC - Resolved\nFixed. All requests succeed.\n\n## 2026-11-20 14:40',
    );
    const dir = root({ 'incidents/2026-11-20-api-errors.md': resolved });
    const now = '2026-11-20T15:30:00Z';
    const run = await runCli(['report', '2026-11-20-api-errors'], env(dir, now));
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-11-20-api-errors.md')).toBe(`${resolved}
## Post-incident report
### Summary
<!-- What happened, to which services, and for how long, in two or three plain sentences. A draft from the timeline: -->
On 20 November 2026, REST API and Dashboard were affected for 1 h 5 min, from 14:05 to 15:10 UTC.

### Timeline
All times are UTC, on 20 November 2026.

- 14:05 – Investigating: Some API requests fail with errors.
- 14:40 – Identified: A faulty release causes the errors.
- 15:10 – Resolved: Fixed.

### Root cause
<!-- What went wrong, in plain language: no jargon, no guessing, no blaming others. -->

### Impact
<!-- Who was affected and how: which services, how many requests or customers, for how long. Say what was not affected, such as data. -->

### Resolution
<!-- What you did to fix it, and when. -->

### Next steps
<!-- What you are changing so it is less likely to happen again, as a task list: - [ ] …  (no promises that it will never happen again) -->

### Further updates
<!-- When and where you will say more, e.g. “We will add a note to this report as each step above is done.” -->

### Support
If you have questions, contact our support team: email [support@test.example](mailto:support@test.example) or visit [test.example/help](https://test.example/help).
`);
    expect(errorsIn(dir, now)).toEqual([]);
    // The check says which sections still need writing.
    expect(run.stdout).toContain('“Root cause”, “Impact”, “Resolution”, “Next steps”, “Further updates” sections are still empty');
    const again = await runCli(['report', '2026-11-20-api-errors'], env(dir, now));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has a post-incident report');
  });
});

describe('list', () => {
  it('shows open incidents, whether an update is overdue, and upcoming maintenance', async () => {
    const dir = root({
      'incidents/2026-11-20-api-errors.md': HANDWRITTEN,
      'incidents/2026-11-28-db.md':
        '---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-28 02:00 UTC, end: 2026-11-28 04:00 UTC }\ncomponents: [api]\n---\n\n## 2026-11-20 09:00 UTC · Scheduled\nPlanned.\n',
    });
    const run = await runCli(['list'], env(dir, '2026-11-20T15:20:00Z'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Open incidents (1):
  2026-11-20-api-errors  Identified · major · since 2026-11-20 14:05 UTC (1 h 15 min)
    Elevated error rates on the REST API
    api: Partial outage, dashboard: Degraded performance
    last update 2026-11-20 14:40 UTC; next due by 2026-11-20 15:10 UTC  ← OVERDUE

Maintenance (1):
  2026-11-28-db  upcoming · 2026-11-28 02:00 UTC – 2026-11-28 04:00 UTC
    Database upgrade`);
    const json = JSON.parse((await runCli(['list', '--format', 'json'], env(dir, '2026-11-20T15:20:00Z'))).stdout);
    expect(json.open[0]).toMatchObject({ id: '2026-11-20-api-errors', status: 'Identified', overdue: true });
    expect(json.maintenance[0]).toMatchObject({ id: '2026-11-28-db', state: 'upcoming' });
  });
});

describe('help', () => {
  it.each([
    ['new'],
    ['update'],
    ['resolve'],
    ['maintenance'],
    ['maintenance', 'update'],
    ['maintenance', 'complete'],
    ['report'],
    ['list'],
  ])('%s --help has examples', async (...command) => {
    const run = await runCli([...command, '--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run status -- /);
    expect(run.stdout).toContain('Examples:');
  });

  it('names the command as it was run: `npx statusmark` through the bin, `npm run status --` in this repository', async () => {
    const { runBin } = await import('../src/cli/bin.ts');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {}, cwd: REPO };
    expect(await runBin(['new', '--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: npx statusmark new \[options\]\n/);
    expect(out.join('\n')).toContain('\n  npx statusmark new --title "Elevated error rates on the REST API" --impact major \\\n');
    expect(out.join('\n')).not.toContain('npm run status');
    expect(await runBin(['new', '--mesage', 'x'], io)).toBe(2);
    expect(err.join('\n')).toBe('unknown option "--mesage"; did you mean "--message"?\n\nRun `npx statusmark new --help` for the options.');
    const script = spawnSync(process.execPath, ['scripts/status.ts', 'resolve', '--help'], { cwd: REPO, encoding: 'utf8' });
    expect(script.stdout).toMatch(/^Usage: npm run status -- resolve <id> \[options\]\n/);
  });

  it('runs as `node scripts/status.ts` (npm run status)', () => {
    const dir = root();
    const run = spawnSync(
      process.execPath,
      ['scripts/status.ts', 'new', '--title', 'API errors', '--impact', 'minor', '--message', 'Slow.', '--dry-run'],
      {
        cwd: REPO,
        env: { ...process.env, STATUS_DIR: dir, STATUS_NOW: '2026-11-20T14:00:00Z', CI: '1' },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('---\ntitle: API errors\nimpact: minor\n---\n\n## 2026-11-20 14:00 UTC · Investigating\nSlow.\n');
    expect(existsSync(join(dir, 'incidents/2026-11-20-api-errors.md'))).toBe(false);
  });
});

describe('cancelled maintenance from the command line', () => {
  it('calls maintenance off with an update, and then lists and completes it no more', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, mkdirSync, copyFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const root = mkdtempSync(join(tmpdir(), 'statusmark-cancel-'));
    copyFileSync('status.config.yaml', join(root, 'status.config.yaml'));
    mkdirSync(join(root, 'incidents'));
    writeFileSync(
      join(root, 'incidents/2026-11-28-network-upgrade.md'),
      '---\ntitle: Network upgrade\nkind: maintenance\ncomponents: [api]\nwindow: { start: 2026-11-28 02:00 UTC, end: 2026-11-28 03:00 UTC }\n---\n\n## 2026-11-22 09:00 UTC · Scheduled\nWe will upgrade the network.\n',
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/status.ts', ...args, ...(args[0] === 'list' ? [] : ['--no-input', '-y'])], {
        env: { ...process.env, STATUS_DIR: root, STATUS_NOW: '2026-11-22T10:00:00Z' },
        encoding: 'utf8',
      });
    const cancel = run(
      'maintenance',
      'update',
      '2026-11-28-network-upgrade',
      '--status',
      'cancelled',
      '--message',
      'We have called this off.',
      '--at',
      '2026-11-22 09:30 UTC',
    );
    expect(cancel.status).toBe(0);
    expect(readFileSync(join(root, 'incidents/2026-11-28-network-upgrade.md'), 'utf8')).toContain(
      '## 2026-11-22 09:30 UTC · Cancelled\nWe have called this off.\n',
    );
    expect(run('list').stdout).toContain('No maintenance in progress or upcoming.');
    const complete = run('maintenance', 'complete', '2026-11-28-network-upgrade', '--at', '2026-11-22 09:45 UTC');
    expect(complete.status).not.toBe(0);
    expect(complete.stdout + complete.stderr).toContain('was cancelled');
  });
});

describe('what it says', () => {
  const NEXT_STEP = '  Commit it and open a pull request, or run the same command with --pr.';
  // Updates on time, as the policy asks, so the check has nothing to say about them.
  const OPEN =
    '---\ntitle: Elevated error rates on the REST API\nimpact: major\ncomponents:\n  api: partial_outage\n---\n\n## 2026-11-20 14:30 UTC · Identified\nA faulty release causes the errors. Next update by 15:00 UTC.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome API requests fail. Next update by 14:35 UTC.\n';
  const MAINTENANCE =
    '---\ntitle: Database upgrade\nkind: maintenance\nwindow: { start: 2026-11-28 02:00 UTC, end: 2026-11-28 04:00 UTC }\ncomponents: [api]\n---\n\n## 2026-11-21 09:00 UTC · Scheduled\nThe API will be read-only for up to 20 minutes.\n';

  it.each([
    ['investigating', 'an Investigating update'],
    ['identified', 'an Identified update'],
    ['monitoring', 'a Monitoring update'],
    ['update', 'an update with no change of status'],
    ['resolved', 'a Resolved update'],
  ])('update --status %s: "%s"', async (status, what) => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const run = await runCli(
      ['update', '2026-11-20-api-errors', '--status', status, '--message', 'We are rolling the release back. Next update by 15:20 UTC.'],
      env(dir, '2026-11-20T14:50:00Z'),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`✔ Updated incidents/2026-11-20-api-errors.md: ${what}\n${NEXT_STEP}`);
  });

  it.each([
    ['scheduled', 'a Scheduled update', '2026-11-27T09:00:00Z'],
    ['in_progress', 'an In progress update', '2026-11-28T02:05:00Z'],
    ['verifying', 'a Verifying update', '2026-11-28T02:05:00Z'],
    ['completed', 'a Completed update', '2026-11-28T02:05:00Z'],
    ['cancelled', 'a Cancelled update', '2026-11-27T09:00:00Z'],
  ])('maintenance update --status %s: "%s"', async (status, what, now) => {
    const dir = root({ 'incidents/2026-11-28-database-upgrade.md': MAINTENANCE });
    const run = await runCli(
      ['maintenance', 'update', '2026-11-28-database-upgrade', '--status', status, '--message', 'The work goes as planned.'],
      env(dir, now),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`✔ Updated incidents/2026-11-28-database-upgrade.md: ${what}\n${NEXT_STEP}`);
  });

  it.each([
    ['none', 'a new incident with no impact'],
    ['minor', 'a new minor incident'],
    ['critical', 'a new critical incident'],
  ])('new --impact %s: "%s"', async (impact, what) => {
    const dir = root();
    const run = await runCli(
      [
        'new',
        '--title',
        'Slow dashboard',
        '--impact',
        impact,
        '--components',
        'dashboard',
        '--message',
        'The dashboard loads slowly. Next update by 14:35 UTC.',
      ],
      env(dir, '2026-11-20T14:05:00Z'),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`✔ Created incidents/2026-11-20-slow-dashboard.md: ${what}\n${NEXT_STEP}`);
  });

  it('says what to do next before the check’s findings, so a hint never reads as the next step', async () => {
    const resolved = OPEN.replace(
      '## 2026-11-20 14:30',
      '## 2026-11-20 14:50 UTC · Resolved\nFixed. All requests succeed.\n\n## 2026-11-20 14:30',
    );
    const dir = root({ 'incidents/2026-11-20-api-errors.md': resolved });
    const run = await runCli(['report', '2026-11-20-api-errors'], env(dir, '2026-11-20T15:00:00Z'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`✔ Updated incidents/2026-11-20-api-errors.md: a post-incident report skeleton
${NEXT_STEP}

incidents/2026-11-20-api-errors.md:17:1 warning policy-report-sections the post-incident report’s “Root cause”, “Impact”, “Resolution”, “Next steps”, “Further updates” sections are still empty
  write each section in plain language before publishing the report`);
  });

  it('titles a pull request for an Update without saying “update” twice', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const at = new Date('2026-11-20T14:50:00Z');
    const ctx = openContext(new LocalWorkspace(dir), at);
    const news = await planUpdate(ctx, '2026-11-20-api-errors', { message: 'Still rolling back.', at, components: [] });
    expect(news.prTitle).toBe('Elevated error rates on the REST API: update');
    const identified = await planUpdate(ctx, '2026-11-20-api-errors', { status: 'identified', message: 'Found it.', at, components: [] });
    expect(identified.prTitle).toBe('Elevated error rates on the REST API: Identified update');
  });

  it('suggests the option that was meant', async () => {
    const run = await runCli(['new', '--title', 'API errors', '--mesage', 'Slow.'], env(root(), '2026-11-20T14:00:00Z'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('unknown option "--mesage"; did you mean "--message"?\n\nRun `npm run status -- new --help` for the options.');
  });

  it('says an option needs a value, or takes none', async () => {
    const missing = await runCli(['new', '--impact', 'minor', '--title'], env(root(), '2026-11-20T14:00:00Z'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('--title needs a value, e.g. --title "…"\n\nRun `npm run status -- new --help` for the options.');
    const forgotten = await runCli(['new', '--title', '--impact', 'minor'], env(root(), '2026-11-20T14:00:00Z'));
    expect(forgotten.stderr.split('\n')[0]).toBe('--title needs a value, e.g. --title "…"');
    const extra = await runCli(['resolve', 'x', '--dry-run=yes'], env(root(), '2026-11-20T14:00:00Z'));
    expect(extra.stderr.split('\n')[0]).toBe('--dry-run takes no value');
  });

  it('suggests the command that was meant', async () => {
    const run = await runCli(['updte', 'x'], {});
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('unknown command "updte"; did you mean "update"?');
  });
});

describe('frontmatter values, whatever they hold (issue 17)', () => {
  // Each is written by the CLI, accepted by `npm run check` and read back by the project's own
  // parser as exactly the text given.
  const ONE_LINE: [string, string][] = [
    ['": " inside', 'Dashboard: slow to load'],
    ['" #" inside', 'Retry #2 fails'],
    ['a leading "#"', '#1 priority: checkout'],
    ['a leading "- "', '- retry later'],
    ['a leading "-"', '-50% throughput'],
    ['a leading "@"', '@channel checkout fails'],
    ['a leading "*"', '*Some* requests fail'],
    ['a leading "&"', '&amp; in names breaks search'],
    ['a leading "!"', '!important styles missing'],
    ['a leading "%"', '%20 in links fails'],
    ['a leading "["', '[Resolved] API errors'],
    ['a leading "{"', '{json} bodies are refused'],
    ['a leading "|" and ">"', '| > pipes and arrows'],
    ['a leading "?"', '? marks in search'],
    ['a leading backtick', '`POST /v1/orders` fails'],
    ['both kinds of quotes', `The "Save" button doesn't work`],
    ['a leading double quote', `"Save" and 'Export' fail`],
    ['a leading single quote', `'Export' fails, "Save" works`],
    ['"---" alone', '---'],
    ['"---" and "..." around it', '--- maintenance ...'],
    ['a trailing backslash', 'Use C:\\Temp\\'],
    ['emoji', '🔥 Checkout is down 💳'],
    ['right-to-left text', 'שגיאות בממשק ה-API'],
    ['right-to-left and left-to-right text', 'أخطاء في REST API'],
    ['a word YAML reads as true', 'yes'],
    ['a word YAML reads as null', 'null'],
    ['a number', '404'],
    ['a time', '2026-11-20 14:05 UTC'],
  ];
  const MULTI_LINE: [string, string][] = [
    ['two lines', 'Use the API.\nThe dashboard returns soon.'],
    ['paragraphs', 'Use the API.\n\nThe dashboard returns soon.'],
    ['a "---" line', 'Before the fix:\n---\nafter the fix.'],
    ['indented lines', 'Steps:\n  1. Log out.\n  2. Log in.'],
    ['lines YAML would read otherwise', '# not a comment\n- not a list\nkey: not a map\n"quoted" and \'quoted\' \\\n🔥 שלום'],
  ];
  const NOW = '2026-11-20T14:10:00Z';
  const slug = (i: number) => `case-${i}`;

  it('writes each through the YAML serialiser; npm run check accepts it and reads back the same text', async () => {
    const dir = root();
    const cases = [
      ...ONE_LINE.map(([name, value]) => ({ name, value, title: value })),
      ...MULTI_LINE.map(([name, value]) => ({ name, value, title: 'Dashboard slow' })),
    ];
    for (const [i, c] of cases.entries()) {
      // `--flag=value`, as a shell user writes a value that starts with "-".
      const run = await runCli(
        [
          'new',
          `--title=${c.title}`,
          '--impact',
          'minor',
          `--workaround=${c.value}`,
          '--message',
          'Slow. Next update by 14:40 UTC.',
          '--slug',
          slug(i),
        ],
        env(dir, NOW),
      );
      expect(run.stderr, c.name).toBe('');
      expect(run.code, c.name).toBe(0);
    }
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--format', 'json'], {
      cwd: REPO,
      env: { ...process.env, ...env(dir, NOW) },
      encoding: 'utf8',
    });
    expect(check.status, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ files: cases.length, errors: 0 });
    const read = checkContentRoot(dir, { now: new Date(NOW) }).incidents;
    for (const [i, c] of cases.entries()) {
      const incident = read.find((x) => x.id === `2026-11-20-${slug(i)}`);
      expect({ name: c.name, title: incident?.title, workaround: incident?.workaround }).toEqual({
        name: c.name,
        title: c.title,
        workaround: c.value,
      });
    }
  });

  it('writes plain values where YAML reads them back the same, quotes where it must, and a block for lines', async () => {
    const dir = root();
    const run = await runCli(
      [
        'new',
        '--title',
        `🔥 The "Save" button doesn't work`,
        '--impact',
        'minor',
        '--components',
        'dashboard',
        '--workaround',
        'Use the API.\nThe dashboard returns soon.',
        '--eta',
        '2026-11-20 16:00 UTC',
        '--message',
        'Slow. Next update by 14:40 UTC.',
      ],
      env(dir, NOW),
    );
    expect(run.code).toBe(0);
    expect(read(dir, 'incidents/2026-11-20-the-save-button-doesn-t-work.md')).toBe(`---
title: 🔥 The "Save" button doesn't work
impact: minor
components:
  - dashboard
eta: 2026-11-20 16:00 UTC
workaround: |-
  Use the API.
  The dashboard returns soon.
---

## 2026-11-20 14:10 UTC · Investigating
Slow. Next update by 14:40 UTC.
`);
    const quoted = await runCli(
      ['new', '--title', '@channel: [Resolved] #1', '--impact', 'minor', '--message', 'Slow.', '--dry-run'],
      env(dir, NOW),
    );
    expect(quoted.stdout.split('\n')[1]).toBe('title: "@channel: [Resolved] #1"');
  });

  it('says how to pass a value that starts with "-"', async () => {
    const run = await runCli(['new', '--title', '- retry later', '--impact', 'minor', '--message', 'Slow.'], env(root(), NOW));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '--title "- retry later": a value that starts with "-" goes after an equals sign, e.g. --title="- retry later"\n\nRun `npm run status -- new --help` for the options.',
    );
  });

  it('says a title is one line', async () => {
    const dir = root();
    const run = await runCli(
      ['new', '--title', 'Dashboard slow\nand the API too', '--impact', 'minor', '--message', 'Slow.'],
      env(dir, NOW),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '✖ --title has a line break: a title is one line, shown in lists, feeds and notifications; put the details in --message',
    );
    expect(readdirSync(join(dir, 'incidents'))).toEqual([]);
  });

  it('update --eta and --workaround set the fields of an existing file and keep the rest of it byte for byte', async () => {
    const dir = root({ 'incidents/2026-11-20-api-errors.md': HANDWRITTEN });
    const file = 'incidents/2026-11-20-api-errors.md';
    const first = await runCli(
      [
        'update',
        '2026-11-20-api-errors',
        '--eta',
        '16:30 UTC',
        '--workaround',
        'Retry failed requests: most succeed.',
        '--message',
        'Still rolling back. Next update by 15:35 UTC.',
      ],
      env(dir, '2026-11-20T15:05:00Z'),
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(`✔ Updated ${file}: an update with no change of status, and the new eta and workaround`);
    const afterFirst = read(dir, file);
    // New fields go last, after the author's own; their comment and order stay.
    expect(afterFirst).toBe(
      HANDWRITTEN.replace(
        '  dashboard: degraded_performance\n---',
        '  dashboard: degraded_performance\neta: 2026-11-20 16:30 UTC\nworkaround: "Retry failed requests: most succeed."\n---',
      ).replace(
        '## 2026-11-20 14:40',
        '## 2026-11-20 15:05 UTC - Update\nStill rolling back. Next update by 15:35 UTC.\n\n## 2026-11-20 14:40',
      ),
    );

    // The author adds a comment; a later update changes the values where they stand.
    const commented = afterFirst.replace('eta: 2026-11-20 16:30 UTC\n', 'eta: 2026-11-20 16:30 UTC   # a guess\n');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, file), commented);
    const second = await runCli(
      [
        'update',
        '2026-11-20-api-errors',
        '--eta',
        '17:00 UTC',
        '--workaround',
        'Retry failed requests.\nUse the dashboard: it works.',
        '--message',
        'Rolled back. Next update by 15:50 UTC.',
      ],
      env(dir, '2026-11-20T15:20:00Z'),
    );
    expect(second.code).toBe(0);
    const afterSecond = read(dir, file);
    expect(afterSecond.slice(0, afterSecond.indexOf('\n---\n') + 5)).toBe(`---
# Owned by the API team
title: Elevated error rates on the REST API
impact: major
components:
  api: partial_outage
  dashboard: degraded_performance
eta: 2026-11-20 17:00 UTC   # a guess
workaround: |-
  Retry failed requests.
  Use the dashboard: it works.
---
`);
    expectOnlyInserted(
      commented.slice(commented.indexOf('\n---\n') + 5),
      afterSecond.slice(afterSecond.indexOf('\n---\n') + 5),
      '## 2026-11-20 15:20 UTC - Update\nRolled back. Next update by 15:50 UTC.\n\n',
    );

    // A block value is replaced whole; a comment behind a one-line value moves above a multi-line one.
    writeFileSync(
      join(dir, file),
      afterSecond
        .replace('  Use the dashboard: it works.\n', '  Use the dashboard: it works.\n# keep me\n')
        .replace('eta: 2026-11-20 17:00 UTC   # a guess', 'eta: 2026-11-20 17:00 UTC'),
    );
    const third = await runCli(
      ['update', '2026-11-20-api-errors', '--workaround', 'None needed.', '--message', 'Fixed soon. Next update by 16:00 UTC.'],
      env(dir, '2026-11-20T15:35:00Z'),
    );
    expect(third.code).toBe(0);
    expect(read(dir, file)).toContain('eta: 2026-11-20 17:00 UTC\nworkaround: None needed.\n# keep me\n---\n');
    expect(errorsIn(dir, '2026-11-20T15:35:00Z')).toEqual([]);
  });

  it('update keeps CRLF line endings in the frontmatter, and moves a comment above a value that becomes a block', async () => {
    const crlf = HANDWRITTEN.replace('impact: major\n', 'impact: major\nworkaround: Retry.  # short\n').replace(/\n/g, '\r\n');
    const dir = root({ 'incidents/2026-11-20-api-errors.md': crlf });
    const run = await runCli(
      ['update', '2026-11-20-api-errors', '--workaround', 'Retry.\nOr wait.', '--message', 'Still rolling back. Next update by 15:35 UTC.'],
      env(dir, '2026-11-20T15:05:00Z'),
    );
    expect(run.code).toBe(0);
    const after = read(dir, 'incidents/2026-11-20-api-errors.md');
    expect(after.slice(0, after.indexOf('components:'))).toBe(
      '---\r\n# Owned by the API team\r\ntitle: Elevated error rates on the REST API\r\nimpact: major\r\n# short\r\nworkaround: |-\r\n  Retry.\r\n  Or wait.\r\n',
    );
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it.each([...ONE_LINE, ...MULTI_LINE])('update --workaround with %s reads back the same', async (_name, value) => {
    const dir = root({
      'incidents/2026-11-20-api-errors.md': HANDWRITTEN.replace('impact: major\n', 'impact: major\nworkaround: Retry. # for now\n'),
    });
    const now = '2026-11-20T15:05:00Z';
    const run = await runCli(
      ['update', '2026-11-20-api-errors', `--workaround=${value}`, '--message', 'Still rolling back. Next update by 15:35 UTC.'],
      env(dir, now),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const content = checkContentRoot(dir, { now: new Date(now) });
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(content.incidents[0]!.workaround).toBe(value);
  });
});

describe('times in the text it writes, on the site’s clock (issue 10)', () => {
  const CONFIG_12H = `${CONFIG}time_format: 12h\n`;
  const ID = '2026-11-20-api-errors';
  const OPEN = `---\ntitle: API errors\nimpact: major\ncomponents: [api]\n---\n\n## 2026-11-20 13:45 UTC · Investigating\nSome requests fail. Next update by 14:10 UTC.\n`;
  const promises = (dir: string, now: string) =>
    checkContentRoot(dir, { now: new Date(now) })
      // A lapsed promise of an open incident is one finding, policy-update-overdue's.
      .diagnostics.filter((d) => d.code === 'policy-promise-kept' || d.code === 'policy-update-overdue')
      .map((d) => d.message);
  const pageSays = (dir: string, now: string) => {
    const model = readSiteModel(dir, new Date(now));
    return incidentView(model, model.byId.get(ID)!).nextUpdateBy?.toISOString();
  };

  it.each([
    { clock: '24h', config: CONFIG, next: '30', label: '14:35 UTC' },
    { clock: '12h', config: CONFIG_12H, next: '30', label: '2:35 PM UTC' },
    { clock: '12h', config: CONFIG_12H, next: '2:35 PM UTC', label: '2:35 PM UTC' },
    { clock: '12h', config: CONFIG_12H, next: '14:35 UTC', label: '2:35 PM UTC' },
  ])(
    'on a $clock clock, --next "$next" writes "Next update by $label."; the policy and the page read it as the same instant',
    async ({ config, label, next }) => {
      const dir = makeContentRoot({ [`incidents/${ID}.md`]: OPEN }, config);
      const run = await runCli(['update', ID, '--message', 'We are rolling back.', '--next', next], env(dir, '2026-11-20T14:05:00Z'));
      expect(run.stderr).toBe('');
      expect(read(dir, `incidents/${ID}.md`)).toContain(
        `## 2026-11-20 14:05 UTC · Update\nWe are rolling back. Next update by ${label}.\n`,
      );
      expect(pageSays(dir, '2026-11-20T14:10:00Z')).toBe('2026-11-20T14:35:00.000Z');
      expect(promises(dir, '2026-11-20T14:35:59Z')).toEqual([]);
      expect(promises(dir, '2026-11-20T14:37:00Z')).toEqual([
        'overdue: this incident is open and its latest update is 32 min old; the next one was due by 2026-11-20 14:35 UTC, as that update promised',
      ]);
    },
  );

  it.each([
    { clock: '24h', config: CONFIG, label: '00:20 UTC' },
    { clock: '12h', config: CONFIG_12H, label: '12:20 AM UTC' },
  ])('on a $clock clock, a promise past midnight is the time alone ("$label"), which reads as the next day', async ({ config, label }) => {
    const late = OPEN.replace(/13:45/g, '23:30').replace('14:10', '23:55');
    const dir = makeContentRoot({ [`incidents/${ID}.md`]: late }, config);
    for (const next of ['30', label]) {
      const run = await runCli(
        ['update', ID, '--message', 'We are rolling back.', '--next', next, '--dry-run'],
        env(dir, '2026-11-20T23:50:00Z'),
      );
      expect(run.stdout, next).toContain(`We are rolling back. Next update by ${label}.\n`);
    }
    await runCli(['update', ID, '--message', 'We are rolling back.', '--next', '30'], env(dir, '2026-11-20T23:50:00Z'));
    expect(pageSays(dir, '2026-11-20T23:55:00Z')).toBe('2026-11-21T00:20:00.000Z');
    expect(promises(dir, '2026-11-21T00:22:00Z')).toEqual([
      'overdue: this incident is open and its latest update is 32 min old; the next one was due by 2026-11-21 00:20 UTC, as that update promised',
    ]);
  });

  it('says a promise more than a day ahead with its date', async () => {
    const dir = makeContentRoot({ [`incidents/${ID}.md`]: OPEN }, CONFIG_12H);
    const run = await runCli(
      ['update', ID, '--message', 'The fix takes a while.', '--next', '2026-11-21 15:00 UTC', '--dry-run'],
      env(dir, '2026-11-20T14:05:00Z'),
    );
    expect(run.stdout).toContain('The fix takes a while. Next update by 2026-11-21 3:00 PM UTC.\n');
    // …which the page and the policy read back as that instant, not as the interval.
    await runCli(['update', ID, '--message', 'The fix takes a while.', '--next', '2026-11-21 15:00 UTC'], env(dir, '2026-11-20T14:05:00Z'));
    expect(pageSays(dir, '2026-11-20T16:00:00Z')).toBe('2026-11-21T15:00:00.000Z');
    expect(promises(dir, '2026-11-21T15:02:00Z')).toEqual([
      'overdue: this incident is open and its latest update is 1 day old; the next one was due by 2026-11-21 15:00 UTC, as that update promised',
    ]);
  });

  it('refuses a --next that has passed', async () => {
    const dir = makeContentRoot({ [`incidents/${ID}.md`]: OPEN }, CONFIG_12H);
    const run = await runCli(['update', ID, '--message', 'x', '--next', '2026-11-20 14:00 UTC'], env(dir, '2026-11-20T14:05:00Z'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '✖ --next: 2026-11-20 14:00 UTC is before the update (2026-11-20 14:05 UTC); give a later time, or minutes such as --next 30',
    );
  });

  it('writes the report promise, the maintenance window and the report timeline on a 12-hour clock', async () => {
    const dir = makeContentRoot({ [`incidents/${ID}.md`]: OPEN }, CONFIG_12H);
    await runCli(['resolve', ID], env(dir, '2026-11-20T14:10:00Z'));
    expect(read(dir, `incidents/${ID}.md`)).toContain(
      'This incident is resolved. All affected services work normally again. We will publish a post-incident report here by 3:10 PM UTC.\n',
    );
    await runCli(['report', ID], env(dir, '2026-11-20T14:20:00Z'));
    const report = read(dir, `incidents/${ID}.md`);
    expect(report).toContain('On 20 November 2026, REST API was affected for 25 min, from 1:45 PM to 2:10 PM UTC.\n');
    expect(report).toContain('- 1:45 PM – Investigating: Some requests fail.\n- 2:10 PM – Resolved: This incident is resolved.\n');
    const maintenance = await runCli(
      [
        'maintenance',
        '--title',
        'Database upgrade',
        '--start',
        '2026-11-28 02:00 UTC',
        '--duration',
        '2h',
        '--components',
        'api',
        '--dry-run',
      ],
      env(dir, '2026-11-21T09:00:00Z'),
    );
    expect(maintenance.stdout).toContain(
      'We will carry out planned maintenance on 28 November 2026, from 2:00 AM to 4:00 AM UTC. Affected: REST API.',
    );
    const overnight = await runCli(
      ['maintenance', '--title', 'Database move', '--start', '2026-11-28 22:00 UTC', '--duration', '4h', '--dry-run'],
      env(dir, '2026-11-21T09:00:00Z'),
    );
    expect(overnight.stdout).toContain(
      'We will carry out planned maintenance from 28 November 2026, 10:00 PM UTC to 29 November 2026, 2:00 AM UTC. We will post here',
    );
  });
});
