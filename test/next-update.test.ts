/**
 * One answer to "when is the next update due" (src/core/status/next-update.ts), and the proof that the
 * page, the policy check, the watchdog and `status list` all give it.
 */
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { isOverdue, nextUpdateDue, promisedBy } from '../src/core/status/next-update.ts';
import { issueBody, overdueIncidents } from '../src/core/publish/watchdog.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { deriveState } from '../src/core/status/timeline.ts';
import { incidentView } from '../src/core/views/incident.ts';
import { runCli } from './helpers/cli.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { OUTAGE, OUTAGE_ID } from './helpers/outage-fixture.ts';
import { parseOk } from './helpers/parse.ts';

const u = (time: string, status: string, text: string) => `## 2026-11-20 ${time} UTC · ${status}\n${text}\n`;
const incident = (body: string, front = 'impact: minor\ncomponents: [api]') => `---\ntitle: API errors\n${front}\n---\n\n${body}`;
const POLICY = { update_interval_minutes: 30 };

describe('nextUpdateDue', () => {
  const cases: {
    name: string;
    text: string;
    now: string;
    interval?: number;
    due?: string;
    why?: 'promised' | 'interval';
    after?: string;
  }[] = [
    {
      name: 'no promise: the policy interval after the latest update',
      text: incident(u('14:05', 'Investigating', 'Errors.')),
      now: '14:10',
      due: '14:35',
      why: 'interval',
      after: '14:05',
    },
    {
      name: 'the interval the config sets',
      text: incident(u('14:05', 'Investigating', 'Errors.')),
      now: '14:10',
      interval: 20,
      due: '14:25',
      why: 'interval',
      after: '14:05',
    },
    {
      name: '“Next update by 14:50 UTC.”: the promise, later than the interval',
      text: incident(u('14:05', 'Investigating', 'Errors. Next update by 14:50 UTC.')),
      now: '14:10',
      due: '14:50',
      why: 'promised',
      after: '14:05',
    },
    {
      name: '“another update within 15 minutes”: the promise, sooner than the interval',
      text: incident(u('14:05', 'Investigating', 'Errors. We will post another update within 15 minutes.')),
      now: '14:10',
      due: '14:20',
      why: 'promised',
      after: '14:05',
    },
    {
      name: 'a promise on a 12-hour clock',
      text: incident(u('14:05', 'Investigating', 'Errors. Next update by 2:45 PM UTC.')),
      now: '14:10',
      due: '14:45',
      why: 'promised',
      after: '14:05',
    },
    {
      name: 'only an earlier update promised: the interval after the latest',
      text: incident(u('14:30', 'Identified', 'Found it.') + '\n' + u('14:05', 'Investigating', 'Errors. Next update by 14:50 UTC.')),
      now: '14:40',
      due: '15:00',
      why: 'interval',
      after: '14:30',
    },
    {
      name: 'an update not yet published at now does not count',
      text: incident(u('14:30', 'Identified', 'Found it.') + '\n' + u('14:05', 'Investigating', 'Errors. Next update by 14:50 UTC.')),
      now: '14:20',
      due: '14:50',
      why: 'promised',
      after: '14:05',
    },
    {
      name: 'resolved: none due',
      text: incident(u('14:30', 'Resolved', 'Fixed.') + '\n' + u('14:05', 'Investigating', 'Errors. Next update by 14:50 UTC.')),
      now: '14:40',
    },
    {
      name: 'maintenance: none due',
      text: incident(
        u('12:10', 'In progress', 'Started.'),
        'kind: maintenance\nwindow: { start: 2026-11-20 12:00 UTC, end: 2026-11-20 13:00 UTC }\ncomponents: [api]',
      ),
      now: '12:20',
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const now = new Date(`2026-11-20T${c.now}:00Z`);
    const due = nextUpdateDue(deriveState(parseOk(c.text), now), { update_interval_minutes: c.interval ?? 30 }, now);
    if (!c.due) {
      expect(due).toBeUndefined();
      return;
    }
    expect(due?.at.toISOString()).toBe(`2026-11-20T${c.due}:00.000Z`);
    expect(due?.why).toBe(c.why);
    expect(due?.latest.at.toISOString()).toBe(`2026-11-20T${c.after}:00.000Z`);
  });

  it('counts a clock time before the update as the next day', () => {
    const text = incident(u('23:50', 'Investigating', 'Errors. Next update by 00:20 UTC.'));
    const now = new Date('2026-11-20T23:55:00Z');
    expect(nextUpdateDue(deriveState(parseOk(text), now), POLICY, now)?.at.toISOString()).toBe('2026-11-21T00:20:00.000Z');
  });
});

describe('isOverdue', () => {
  const due = nextUpdateDue(
    deriveState(parseOk(incident(u('14:05', 'Investigating', 'Errors.'))), new Date('2026-11-20T14:10:00Z')),
    POLICY,
    new Date('2026-11-20T14:10:00Z'),
  )!;
  it.each([
    ['2026-11-20T14:34:59Z', false],
    ['2026-11-20T14:35:00Z', false],
    ['2026-11-20T14:35:01Z', true],
  ] as const)('due by 14:35, at %s: %s', (now, overdue) => {
    expect(isOverdue(due, new Date(now))).toBe(overdue);
  });
});

describe('promisedBy', () => {
  const at = new Date('2026-11-20T14:05:00Z');
  const update = (markdown: string) => ({ ...parseOk(incident(u('14:05', 'Investigating', 'Errors.'))).updates[0]!, at, markdown });
  it.each([
    ['Next update by 14:35 UTC.', '2026-11-20T14:35:00.000Z'],
    ['Next update at 14:35.', '2026-11-20T14:35:00.000Z'],
    ['Next update by 2:35 p.m. UTC.', '2026-11-20T14:35:00.000Z'],
    ['We will post another update within 45 minutes.', '2026-11-20T14:50:00.000Z'],
    ['Next update in 2 hours.', '2026-11-20T16:05:00.000Z'],
    ['A further update in half an hour.', '2026-11-20T14:35:00.000Z'],
    // More than a day ahead the CLI writes the date as well, on either clock.
    ['Next update by 2026-11-22 15:00 UTC.', '2026-11-22T15:00:00.000Z'],
    ['Next update by 2026-11-22 3:00 PM UTC.', '2026-11-22T15:00:00.000Z'],
    ['Next update by 2026-11-22 12:30 AM UTC.', '2026-11-22T00:30:00.000Z'],
    ['Next update on 2026-11-22 09:00 +01:00.', '2026-11-22T08:00:00.000Z'],
    ['We are looking into it.', undefined],
  ] as const)('%s → %s', (markdown, want) => {
    expect(promisedBy(update(markdown))?.toISOString()).toBe(want);
  });
});

describe('the page, the policy check, the watchdog and `status list` agree on the next update', () => {
  const variants = [
    {
      name: 'the latest update promises “Next update by 17:30 UTC” (the interval alone says 17:32)',
      promise: 'Next update by 17:30 UTC.',
      due: '17:30',
      promised: true,
    },
    {
      name: 'it promises “another update within 45 minutes”, later than the interval',
      promise: 'We will post another update within 45 minutes.',
      due: '17:47',
      promised: true,
    },
    { name: 'it promises nothing: the policy interval', promise: '', due: '17:32', promised: false },
  ];
  const says = async (dir: string, now: string) => {
    const model = readSiteModel(dir, new Date(now));
    const state = model.byId.get(OUTAGE_ID)!;
    const list = await runCli(['list', '--format', 'json'], { STATUS_DIR: dir, STATUS_NOW: now });
    expect(list.stderr).toBe('');
    const listed = JSON.parse(list.stdout).open[0];
    const overdue = overdueIncidents(model);
    const policy = checkContentRoot(dir, { now: new Date(now) }).diagnostics.filter((d) => d.code === 'policy-update-overdue');
    return {
      page: incidentView(model, state).nextUpdateBy?.toISOString(),
      list: { due: listed.nextUpdateDue, overdue: listed.overdue },
      watchdog: overdue.map((o) => ({
        due: o.due.at.toISOString(),
        body: issueBody(model, o, { repository: 'acme/status', branch: 'main' }),
      })),
      policy: policy.map((d) => d.message),
    };
  };

  it.each(variants.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const dir = makeContentRoot({ [`incidents/${OUTAGE_ID}.md`]: OUTAGE.replace('Next update by 17:30 UTC.', v.promise) });
    const due = `2026-11-10T${v.due}:00.000Z`;
    const label = `2026-11-10 ${v.due} UTC`;

    const before = await says(dir, `2026-11-10T${v.due}:00Z`);
    expect(before).toEqual({ page: due, list: { due: label, overdue: false }, watchdog: [], policy: [] });

    // A minute late, the page, the list and the check say so; the watchdog waits until 5 minutes late.
    const minuteLate = await says(dir, new Date(new Date(due).getTime() + 60_000).toISOString());
    expect([minuteLate.list.overdue, minuteLate.policy.length, minuteLate.watchdog]).toEqual([true, 1, []]);

    const late = new Date(new Date(due).getTime() + 6 * 60_000).toISOString();
    const after = await says(dir, late);
    expect(after.page).toBe(due);
    expect(after.list).toEqual({ due: label, overdue: true });
    expect(after.watchdog.map((w) => w.due)).toEqual([due]);
    expect(after.watchdog[0]!.body).toContain(
      v.promised
        ? `was last updated at 2026-11-10 17:02 UTC.\nThat update promised the next one by ${label}.\n`
        : `was last updated at 2026-11-10 17:02 UTC.\nThe policy asks for an update at least every 30 minutes, so the next one was due by ${label}.\n`,
    );
    const age = Math.round((new Date(late).getTime() - new Date('2026-11-10T17:02:00Z').getTime()) / 60_000);
    expect(after.policy).toEqual([
      `overdue: this incident is open and its latest update is ${age} min old; the next one was due by ${label}${v.promised ? ', as that update promised' : ''}`,
    ]);
  });
});
