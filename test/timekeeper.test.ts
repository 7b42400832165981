/**
 * The timekeeper (`statusmark wait`, `next-change`, `dispatch`) against the fake GitHub, with a fake
 * clock whose sleep moves time on: nothing really waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDispatch, runNextChange, runWait, type Clock } from '../src/cli/timekeeper.ts';
import { planTimekeeper } from '../src/core/publish/timekeeper.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { FakeGitHub } from './helpers/fake-github.ts';

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
components: [api]
window: { start: 2026-11-20 16:00 UTC, end: 2026-11-20 16:40 UTC }
---

## 2026-11-19 10:00 UTC · Scheduled
We will upgrade the database. The API may be slow.
`;
const OPEN = `---
title: Elevated error rates
impact: minor
components: [api]
owner: "@alice"
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail. Next update by 14:35 UTC.
`;

let fake: FakeGitHub;
let logged: string[];
const env = (root: string, extra: Record<string, string> = {}) => ({
  GITHUB_TOKEN: fake.token,
  GITHUB_REPOSITORY: 'acme/status',
  GITHUB_API_URL: fake.url,
  GITHUB_REF_NAME: 'main',
  STATUS_DIR: root,
  ...extra,
});

/** A clock at `start` that sleeping moves on, recording each sleep and when each dispatch happened. */
function fakeClock(start: string): Clock & { slept: number[]; at: () => string } {
  let t = new Date(start).getTime();
  const slept: number[] = [];
  return {
    slept,
    now: () => new Date(t),
    sleep: (ms) => {
      slept.push(ms);
      t += ms;
      return Promise.resolve();
    },
    at: () => new Date(t).toISOString(),
  };
}

beforeEach(async () => {
  fake = new FakeGitHub({ files: {} });
  await fake.start();
  logged = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void logged.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void logged.push(text));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fake.stop();
});

describe('statusmark wait', () => {
  it('waits for the maintenance to start and to end, and deploys a second after each', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    const clock = fakeClock('2026-11-20T15:10:00Z');
    const times: string[] = [];
    const sleep = clock.sleep;
    clock.sleep = async (ms) => {
      await sleep(ms);
      times.push(clock.at());
    };
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(times).toEqual(['2026-11-20T16:00:01.000Z', '2026-11-20T16:40:01.000Z']);
    expect(fake.dispatches).toEqual([
      { workflow: 'deploy.yml', ref: 'main' },
      { workflow: 'deploy.yml', ref: 'main' },
    ]);
    expect(fake.sequence).toEqual(['POST …/actions/workflows/deploy.yml/dispatches', 'POST …/actions/workflows/deploy.yml/dispatches']);
    expect(logged).toEqual([
      'waiting 50 min for 2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)',
      'started deploy.yml on main',
      'waiting 40 min for 2026-11-20 16:40 UTC  maintenance ends: Database upgrade (2026-11-20-db)',
      'started deploy.yml on main',
      'nothing to wait for: no maintenance ahead and no update due',
    ]);
  });

  it('rebuilds when a promised update is late and starts the watchdog five minutes later', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-errors.md': OPEN });
    const clock = fakeClock('2026-11-20T14:06:00Z');
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(clock.slept).toEqual([(29 * 60 + 1) * 1000, 5 * 60 * 1000]);
    expect(fake.dispatches.map((d) => d.workflow)).toEqual(['deploy.yml', 'watchdog.yml']);
  });

  it('still starts the watchdog when a rule the config makes an error fails at the change itself', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-errors.md': OPEN }, `${BASE_CONFIG}rules: { policy-update-overdue: error }\n`);
    expect(await runWait([], env(root), fakeClock('2026-11-20T14:30:00Z'))).toBe(0);
    expect(fake.dispatches.map((d) => d.workflow)).toEqual(['deploy.yml', 'watchdog.yml']);
  });

  it('leaves a change beyond the horizon to a later run when it may not relay, and does nothing when the horizon is 0', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE }, `${BASE_CONFIG}timekeeper: { relay: off }\n`);
    const clock = fakeClock('2026-11-20T14:59:59Z');
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(clock.slept).toEqual([]);
    expect(logged).toEqual([
      'nothing to wait for within 60 min; next: 2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)',
      'not relaying to it: timekeeper.relay is off',
    ]);

    const longer = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE }, `${BASE_CONFIG}timekeeper: { horizon_minutes: 90 }\n`);
    expect(await runWait(['--dry-run'], env(longer), fakeClock('2026-11-20T14:59:59Z'))).toBe(0);
    expect(logged.at(-1)).toBe('waiting 1 h for 2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)');

    const off = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE }, `${BASE_CONFIG}timekeeper: { horizon_minutes: 0 }\n`);
    expect(await runWait([], env(off), fakeClock('2026-11-20T15:59:00Z'))).toBe(0);
    expect(logged.at(-1)).toBe('the timekeeper is off (timekeeper.horizon_minutes: 0)');
    expect(fake.dispatches).toEqual([]);
  });

  it('does not wait for the same change twice on a clock that stands still', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    const still: Clock = { now: () => new Date('2026-11-20T15:30:00Z'), sleep: () => Promise.resolve() };
    expect(await runWait([], env(root), still)).toBe(0);
    expect(fake.dispatches).toHaveLength(2);
  });

  it('says what permission is missing when GitHub refuses the dispatch', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    fake.failures.forbidWrites = true;
    expect(await runWait([], env(root), fakeClock('2026-11-20T15:30:00Z'))).toBe(1);
    expect(logged.at(-1)).toBe(
      '::error::the token may not start the deploy.yml workflow in acme/status (403 Resource not accessible by integration)%0Agive the job `permissions: { actions: write }`; from outside GitHub Actions, use a fine-grained token with "Actions" set to read and write on this repository, or a classic token with the `repo` scope',
    );
  });

  it('refuses broken content and unknown options', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE.replace('kind: maintenance', 'kind: maintenence') });
    expect(await runWait([], env(root), fakeClock('2026-11-20T15:30:00Z'))).toBe(1);
    expect(logged.at(-1)).toMatch(/^::error::/);
    expect(await runWait(['--forever'], env(root), fakeClock('2026-11-20T15:30:00Z'))).toBe(2);
    expect(logged.at(-1)).toBe('unknown option --forever\nUsage: statusmark wait [--dry-run]');
  });
});

describe('statusmark next-change', () => {
  it('prints the next instant, what changes, and whether the timekeeper waits for it', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE, 'incidents/2026-11-20-errors.md': OPEN });
    expect(runNextChange([], env(root, { STATUS_NOW: '2026-11-20T14:10:00Z' }))).toBe(0);
    expect(logged).toEqual([
      '2026-11-20 14:35 UTC  the next update is late: Elevated error rates (2026-11-20-errors)',
      "in 25 min: within the timekeeper's horizon (60 min), so it waits for it",
    ]);
    logged.length = 0;
    expect(runNextChange(['--all'], env(root, { STATUS_NOW: '2026-11-20T14:50:00Z' }))).toBe(0);
    expect(logged).toEqual([
      '2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)',
      '2026-11-20 16:40 UTC  maintenance ends: Database upgrade (2026-11-20-db)',
      "in 1 h 10 min: beyond the timekeeper's horizon (60 min), within its relay window (24 h), so a timekeeper run now relays to it (if the repository is public: timekeeper.relay is auto)",
    ]);
    const ahead = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    expect(runNextChange([], env(ahead, { STATUS_NOW: '2026-11-19T14:50:00Z' }))).toBe(0);
    expect(logged.at(-1)).toBe(
      "in 1 day 1 h: beyond the timekeeper's relay window (24 h); a run of the timekeeper within 24 h before it relays to it (if the repository is public: timekeeper.relay is auto)",
    );
    const off = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE }, `${BASE_CONFIG}timekeeper: { relay: off }\n`);
    expect(runNextChange([], env(off, { STATUS_NOW: '2026-11-20T14:50:00Z' }))).toBe(0);
    expect(logged.at(-1)).toBe(
      "in 1 h 10 min: beyond the timekeeper's horizon (60 min); a run of the timekeeper within 60 min before it waits for it",
    );
  });

  it('says when nothing changes with time', () => {
    expect(runNextChange([], env(makeContentRoot({}), { STATUS_NOW: '2026-11-20T14:10:00Z' }))).toBe(0);
    expect(logged).toEqual(['nothing changes with time alone: no maintenance ahead and no update due']);
  });
});

describe('statusmark dispatch', () => {
  it('starts a workflow on the branch, by its name or file name', async () => {
    expect(await runDispatch(['deploy'], env(makeContentRoot({})))).toBe(0);
    expect(await runDispatch(['timekeeper.yml'], env(makeContentRoot({})))).toBe(0);
    expect(fake.dispatches).toEqual([
      { workflow: 'deploy.yml', ref: 'main' },
      { workflow: 'timekeeper.yml', ref: 'main' },
    ]);
    expect(await runDispatch(['pages.yml'], env(makeContentRoot({})))).toBe(2);
    expect(logged.at(-1)).toBe('Usage: statusmark dispatch <deploy.yml|watchdog.yml|timekeeper.yml>');
  });
});

describe('planTimekeeper', () => {
  it('waits for a change exactly at the horizon, not a second later', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    const run = (now: string) => planTimekeeper(readSiteModel(root, new Date(now)), { startedAt: new Date(now), relay: false });
    expect(run('2026-11-20T15:00:00Z').kind).toBe('wait');
    expect(run('2026-11-20T14:59:59Z').kind).toBe('idle');
  });
});

/** Maintenance announced two days ahead: it starts on 2026-11-22 at 16:00 UTC and ends at 16:40 UTC. */
const AHEAD = MAINTENANCE.replaceAll('2026-11-20 16:', '2026-11-22 16:');

/**
 * GitHub, as far as a chain of timekeeper runs needs it: each run of `statusmark wait` starts at `start`, and
 * each `timekeeper.yml` it starts begins `delayMs` later. Returns every dispatch with the fake clock's time.
 */
async function chain(root: string, start: string, delayMs: number, extra: Record<string, string> = {}) {
  const stamped: { workflow: string; at: string }[] = [];
  let clock = fakeClock(start);
  fake.now = () => clock.now();
  const push = fake.dispatches.push.bind(fake.dispatches);
  fake.dispatches.push = (...items) => {
    for (const d of items) stamped.push({ workflow: d.workflow, at: clock.at() });
    return push(...items);
  };
  const runs: string[] = [];
  for (let next: string | undefined = start; next && runs.length < 20;) {
    clock = fakeClock(next);
    runs.push(new Date(next).toISOString());
    const before = stamped.length;
    expect(await runWait([], env(root, extra), clock)).toBe(0);
    const relayed = stamped.slice(before).find((d) => d.workflow === 'timekeeper.yml');
    next = relayed && new Date(new Date(relayed.at).getTime() + delayMs).toISOString();
  }
  return { runs, stamped };
}

describe('the relay: a chain of runs that carries a change further ahead than the horizon', () => {
  it('starts from one run anywhere in the day before, hands over a horizon before the change, and deploys on time', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    // An hourly schedule run that GitHub started late, 22 h 37 min before the window.
    const { runs, stamped } = await chain(root, '2026-11-21T17:23:00Z', 2 * 60_000);
    expect(runs).toEqual([
      '2026-11-21T17:23:00.000Z',
      // Each run stays its 330 minutes, then starts the next.
      '2026-11-21T22:55:00.000Z',
      '2026-11-22T04:27:00.000Z',
      '2026-11-22T09:59:00.000Z',
      // The last relay hands over an hour (the horizon) before the window, not at the end of its 330 minutes.
      '2026-11-22T15:02:00.000Z',
    ]);
    expect(stamped).toEqual([
      { workflow: 'timekeeper.yml', at: '2026-11-21T22:53:00.000Z' },
      { workflow: 'timekeeper.yml', at: '2026-11-22T04:25:00.000Z' },
      { workflow: 'timekeeper.yml', at: '2026-11-22T09:57:00.000Z' },
      { workflow: 'timekeeper.yml', at: '2026-11-22T15:00:00.000Z' },
      { workflow: 'deploy.yml', at: '2026-11-22T16:00:01.000Z' },
      { workflow: 'deploy.yml', at: '2026-11-22T16:40:01.000Z' },
    ]);
    expect(logged.slice(0, 3)).toEqual([
      'relaying to 2026-11-22 16:00 UTC  maintenance starts: Database upgrade (2026-11-22-db): waiting 5 h 30 min, then starting the next timekeeper run',
      'started timekeeper.yml on main',
      'relaying to 2026-11-22 16:00 UTC  maintenance starts: Database upgrade (2026-11-22-db): waiting 5 h 30 min, then starting the next timekeeper run',
    ]);
    expect(logged.at(-1)).toBe('nothing to wait for: no maintenance ahead and no update due');
    // Whether the repository is public is asked once per run, and only by runs that relay.
    expect(fake.sequence.filter((r) => r.startsWith('GET')).length).toBe(4);
  });

  it('stays on time however long GitHub takes to start the next run, up to a horizon', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    const { stamped } = await chain(root, '2026-11-21T17:23:00Z', 59 * 60_000);
    expect(stamped.filter((d) => d.workflow === 'deploy.yml').map((d) => d.at)).toEqual([
      '2026-11-22T16:00:01.000Z',
      '2026-11-22T16:40:01.000Z',
    ]);
  });

  it('stops the chain when nothing is within the window, and leaves a change further ahead to a later run', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    const { runs, stamped } = await chain(root, '2026-11-21T15:59:59Z', 60_000);
    expect(runs).toEqual(['2026-11-21T15:59:59.000Z']);
    expect(stamped).toEqual([]);
    expect(logged).toEqual([
      'nothing to wait for within 60 min; next: 2026-11-22 16:00 UTC  maintenance starts: Database upgrade (2026-11-22-db)',
    ]);
    // A shorter window: relaying starts 2 hours ahead.
    const short = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD }, `${BASE_CONFIG}timekeeper: { relay_hours: 2 }\n`);
    expect((await chain(short, '2026-11-22T13:59:59Z', 60_000)).stamped).toEqual([]);
    expect((await chain(short, '2026-11-22T14:00:00Z', 60_000)).stamped.map((d) => d.workflow)).toEqual([
      'timekeeper.yml',
      'deploy.yml',
      'deploy.yml',
    ]);
  });

  it('relays only in a public repository by default; `on` relays in a private one too, `off` never', async () => {
    fake.isPrivate = true;
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    expect((await chain(root, '2026-11-22T10:00:00Z', 60_000)).stamped).toEqual([]);
    expect(logged).toEqual([
      'nothing to wait for within 60 min; next: 2026-11-22 16:00 UTC  maintenance starts: Database upgrade (2026-11-22-db)',
      'not relaying to it: the repository is private and timekeeper.relay is auto',
    ]);
    const on = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD }, `${BASE_CONFIG}timekeeper: { relay: on }\n`);
    expect((await chain(on, '2026-11-22T10:00:00Z', 60_000)).stamped.map((d) => d.at)).toEqual([
      '2026-11-22T15:00:00.000Z',
      '2026-11-22T16:00:01.000Z',
      '2026-11-22T16:40:01.000Z',
    ]);
    fake.isPrivate = false;
    const off = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD }, `${BASE_CONFIG}timekeeper: { relay: off }\n`);
    expect((await chain(off, '2026-11-22T10:00:00Z', 60_000)).stamped).toEqual([]);
  });

  it('does not relay when it cannot tell whether the repository is public', async () => {
    fake.failures.rateLimitAfter = 0;
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    expect(await runWait([], env(root), fakeClock('2026-11-22T10:00:00Z'))).toBe(0);
    expect(fake.dispatches).toEqual([]);
    expect(logged.at(-1)).toMatch(/^not relaying to it: could not tell whether the repository is public \(.*rate limit/);
  });

  it('hands over to a fresh run rather than run into GitHub’s 6-hour limit', async () => {
    // With a 300-minute horizon, waiting for the start (299 min) and then the end (300 min more) would take 599 minutes.
    const long = AHEAD.replace('end: 2026-11-22 16:40 UTC', 'end: 2026-11-22 21:00 UTC');
    const root = makeContentRoot(
      { 'incidents/2026-11-22-db.md': long },
      `${BASE_CONFIG}timekeeper: { horizon_minutes: 300, relay: off }\n`,
    );
    const { runs, stamped } = await chain(root, '2026-11-22T11:01:00Z', 60_000);
    expect(stamped).toEqual([
      { workflow: 'deploy.yml', at: '2026-11-22T16:00:01.000Z' },
      { workflow: 'timekeeper.yml', at: '2026-11-22T16:00:01.000Z' },
      { workflow: 'deploy.yml', at: '2026-11-22T21:00:01.000Z' },
    ]);
    expect(runs).toEqual(['2026-11-22T11:01:00.000Z', '2026-11-22T16:01:01.000Z']);
    expect(logged).toContain(
      'handing over to a fresh run, as waiting for 2026-11-22 21:00 UTC  maintenance ends: Database upgrade (2026-11-22-db) would take this one past 330 min',
    );
  });

  it('a run started by a push carries on from the new content: the window moved, so does the deploy', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD });
    // The first run relays (and would start the next at 22:53); a push at 19:00 moves the window two hours later.
    expect(await runWait([], env(root), fakeClock('2026-11-21T17:23:00Z'))).toBe(0);
    const moved = makeContentRoot({ 'incidents/2026-11-22-db.md': AHEAD.replaceAll('2026-11-22 16:', '2026-11-22 18:') });
    fake.dispatches.length = 0;
    const { stamped } = await chain(moved, '2026-11-21T19:00:00Z', 60_000);
    expect(stamped.filter((d) => d.workflow === 'deploy.yml').map((d) => d.at)).toEqual([
      '2026-11-22T18:00:01.000Z',
      '2026-11-22T18:40:01.000Z',
    ]);
  });
});

describe('a run that starts after a change nobody published', () => {
  // The run waiting for 16:00 was replaced at 15:59 by a scheduled run, which GitHub started at 16:02.
  it('starts its workflow at once, then waits for what is next', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    const clock = fakeClock('2026-11-20T16:02:00Z');
    fake.now = () => clock.now();
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(fake.workflowRuns).toEqual([
      { workflow: 'deploy.yml', created_at: '2026-11-20T16:02:00.000Z' },
      { workflow: 'deploy.yml', created_at: '2026-11-20T16:40:01.000Z' },
    ]);
    expect(logged.slice(0, 2)).toEqual([
      'catching up: no run of deploy.yml since 2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)',
      'started deploy.yml on main',
    ]);
    expect(fake.requests.find((r) => r.path.endsWith('/actions/workflows/deploy.yml/runs'))?.query).toBe('per_page=1');
  });

  it('does not start it again when a run of it was created since, by the run that waited or by a push', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    fake.workflowRuns.push({ workflow: 'deploy.yml', created_at: '2026-11-20T16:00:01.000Z' });
    const clock = fakeClock('2026-11-20T16:02:00Z');
    fake.now = () => clock.now();
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(fake.dispatches).toEqual([{ workflow: 'deploy.yml', ref: 'main' }]);
    expect(logged[0]).toBe('waiting 38 min for 2026-11-20 16:40 UTC  maintenance ends: Database upgrade (2026-11-20-db)');
  });

  it('looks back one horizon only: older changes were the last run’s, or the fallback schedules’', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    expect(await runWait([], env(root), fakeClock('2026-11-20T17:41:00Z'))).toBe(0);
    expect(fake.dispatches).toEqual([]);
  });
});
