import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWatchdog, WATCHDOG_LABEL } from '../src/core/publish/watchdog.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { FakeGitHub } from './helpers/fake-github.ts';
import { runScript } from './helpers/run-script.ts';

const OVERDUE = `---
title: Elevated error rates on the REST API
impact: major
components: [api]
owner: ["@alice", "@bob"]
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail. Next update by 14:35 UTC.
`;
const ON_TIME = `---
title: Slow dashboard
impact: minor
components: [dashboard]
---

## 2026-11-20 14:50 UTC · Investigating
The dashboard is slow. Next update by 15:20 UTC.
`;
const FILE = 'incidents/2026-11-20-api-errors.md';

let fake: FakeGitHub;
let root: string;
const env = (now: string) => ({
  GITHUB_TOKEN: fake.token,
  GITHUB_REPOSITORY: 'acme/status',
  GITHUB_API_URL: fake.url,
  GITHUB_REF_NAME: 'main',
  STATUS_NOW: now,
});
const writes = () => fake.requests.filter((r) => r.method !== 'GET').length;

beforeEach(async () => {
  root = makeContentRoot({ [FILE]: OVERDUE, 'incidents/2026-11-20-slow.md': ON_TIME });
  fake = new FakeGitHub({ files: {} });
  // Someone else's issue and a pull request with the label must be left alone.
  fake.issues.push({ number: 1, title: 'Unrelated', body: 'hello', state: 'open', labels: [WATCHDOG_LABEL] });
  fake.issues.push({ number: 2, title: 'A PR', body: '', state: 'open', labels: [WATCHDOG_LABEL], pull: true });
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

describe('scripts/watchdog.ts', () => {
  it('opens one issue per overdue incident, mentioning its owners, and running again changes nothing', async () => {
    const run = await runScript('watchdog.ts', [], env('2026-11-20T15:00:00Z'), root);
    expect(run.code).toBe(0);
    const mine = fake.issues.filter((i) => i.number > 2);
    expect(mine).toHaveLength(1);
    const issue = mine[0]!;
    expect(issue.labels).toEqual([WATCHDOG_LABEL]);
    expect(issue.title).toBe('Status page: update overdue for "Elevated error rates on the REST API"');
    expect(issue.body).toContain('@alice @bob: please post an update.');
    expect(issue.body).toContain('was last updated at 2026-11-20 14:05 UTC.\nThat update promised the next one by 2026-11-20 14:35 UTC.\n');
    expect(issue.body).toContain('npm run status -- update 2026-11-20-api-errors --status update');
    expect(issue.body).toContain(`https://github.com/acme/status/edit/main/${FILE}`);
    expect(issue.body).not.toContain('Slow dashboard');

    const before = writes();
    const again = await runScript('watchdog.ts', [], env('2026-11-20T15:20:00Z'), root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to do');
    expect(writes()).toBe(before);
    expect(fake.issues.find((i) => i.number === 1)!.state).toBe('open');
  });

  it('closes the issue once the incident is updated or resolved, and reopens it when it falls behind again', async () => {
    await runScript('watchdog.ts', [], env('2026-11-20T15:00:00Z'), root);
    const number = fake.issues.at(-1)!.number;
    writeFileSync(
      join(root, FILE),
      OVERDUE.replace(
        '\n## 2026-11-20 14:05',
        '\n## 2026-11-20 15:05 UTC · Identified\nWe found the cause. Next update by 15:35 UTC.\n\n## 2026-11-20 14:05',
      ),
    );
    const closed = await runScript('watchdog.ts', [], env('2026-11-20T15:10:00Z'), root);
    expect(closed.code).toBe(0);
    expect(fake.issues.find((i) => i.number === number)!.state).toBe('closed');
    expect(fake.comments.at(-1)!.body).toContain('back on schedule');

    const reopened = await runScript('watchdog.ts', [], env('2026-11-20T15:50:00Z'), root);
    expect(reopened.stdout).toContain(`reopened #${number}`);
    const issue = fake.issues.find((i) => i.number === number)!;
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('last updated at 2026-11-20 15:05 UTC');
    expect(fake.issues.filter((i) => i.body.includes('statusmark:watchdog 2026-11-20-api-errors'))).toHaveLength(1);
    expect(fake.issues.filter((i) => i.body.includes('statusmark:watchdog 2026-11-20-slow'))).toHaveLength(1); // now overdue too

    writeFileSync(
      join(root, FILE),
      OVERDUE.replace('\n## 2026-11-20 14:05', '\n## 2026-11-20 15:55 UTC · Resolved\nAll requests succeed again.\n\n## 2026-11-20 14:05'),
    );
    await runScript('watchdog.ts', [], env('2026-11-20T16:00:00Z'), root);
    expect(fake.issues.find((i) => i.number === number)!.state).toBe('closed');
    expect(fake.comments.at(-1)!.body).toContain('resolved');
    const before = writes();
    await runScript('watchdog.ts', [], env('2026-11-20T18:00:00Z'), root);
    expect(writes()).toBe(before);
  });

  it('pings once the update is 5 minutes late, not while the responder may still be writing it', () => {
    const alone = makeContentRoot({ [FILE]: OVERDUE });
    const plan = (now: string) =>
      planWatchdog(readSiteModel(alone, new Date(now)), [], { repository: 'acme/status', branch: 'main' }).map((a) => a.incident);
    // Due by 14:35 UTC.
    expect(plan('2026-11-20T14:36:00Z')).toEqual([]);
    expect(plan('2026-11-20T14:40:00Z')).toEqual([]);
    expect(plan('2026-11-20T14:40:01Z')).toEqual(['2026-11-20-api-errors']);
  });

  it('still reminds the owners when the config makes a late update an error of the check', async () => {
    const strict = makeContentRoot({ [FILE]: OVERDUE }, `${BASE_CONFIG}rules: { policy-update-overdue: error }\n`);
    const run = await runScript('watchdog.ts', [], env('2026-11-20T15:00:00Z'), strict);
    expect([run.code, run.stdout]).toEqual([0, 'opened #3 for 2026-11-20-api-errors: an update is overdue\n']);
  });

  it('asks for an owner when none is set', () => {
    const bare = makeContentRoot({ [FILE]: OVERDUE.replace(/owner:.*\n/, '') });
    const actions = planWatchdog(readSiteModel(bare, new Date('2026-11-20T15:00:00Z')), [], { repository: 'acme/status', branch: 'main' });
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('create');
    expect((actions[0] as { body: string }).body).toContain('Nobody is named as owner');
  });

  it('fails with an explanation when GitHub refuses', async () => {
    fake.failures.forbidWrites = true;
    const run = await runScript('watchdog.ts', [], env('2026-11-20T15:00:00Z'), root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::the token may not open an issue in acme/status (403');
    const missing = await runScript('watchdog.ts', [], { ...env('2026-11-20T15:00:00Z'), GITHUB_TOKEN: '' }, root);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('GITHUB_TOKEN is not set');
  });
});
