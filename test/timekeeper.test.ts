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

  it('leaves a change beyond the horizon to a later run, and does nothing when the horizon is 0', async () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-db.md': MAINTENANCE });
    const clock = fakeClock('2026-11-20T14:59:59Z');
    expect(await runWait([], env(root), clock)).toBe(0);
    expect(clock.slept).toEqual([]);
    expect(logged).toEqual([
      'nothing to wait for within 60 min; next: 2026-11-20 16:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)',
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
      "in 1 h 10 min: beyond the timekeeper's horizon (60 min); a run of the timekeeper within 60 min before it waits for it",
    ]);
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
    expect(planTimekeeper(readSiteModel(root, new Date('2026-11-20T15:00:00Z'))).kind).toBe('wait');
    expect(planTimekeeper(readSiteModel(root, new Date('2026-11-20T14:59:59Z'))).kind).toBe('idle');
  });
});
