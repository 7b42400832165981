/**
 * `statusmark step-times`, the deploy jobs' last step: a table of how long each finished step
 * took, in the job summary, from GitHub's list of the run's jobs (served by the fake, held to
 * GitHub's OpenAPI description). It never fails the job.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runStepTimes } from '../src/cli/step-times.ts';
import { stepTimesMarkdown } from '../src/core/publish/step-times.ts';
import { FakeGitHub } from './helpers/fake-github.ts';

// As GitHub writes them: with milliseconds and the runner's offset.
const STEPS = [
  {
    name: 'Set up job',
    status: 'completed',
    conclusion: 'success',
    number: 1,
    started_at: '2020-01-20T09:42:40.000-08:00',
    completed_at: '2020-01-20T09:42:41.000-08:00',
  },
  {
    name: 'Run npm ci --omit=dev',
    status: 'completed',
    conclusion: 'skipped',
    number: 2,
    started_at: '2020-01-20T09:42:41.000-08:00',
    completed_at: '2020-01-20T09:42:41.000-08:00',
  },
  {
    name: 'Build | site',
    status: 'completed',
    conclusion: 'success',
    number: 3,
    started_at: '2020-01-20T17:42:41.000Z',
    completed_at: '2020-01-20T17:44:06.400Z',
  },
  { name: 'Step times', status: 'in_progress', conclusion: null, number: 4, started_at: '2020-01-20T17:44:07.000Z', completed_at: null },
];

const TABLE = `### Step times: build

| Step | Time |
| --- | ---: |
| Set up job | 1 s |
| Run npm ci --omit=dev | skipped |
| Build \\| site | 1 min 25 s |
| **All finished steps** | **1 min 26 s** |`;

describe('step times', () => {
  it('tabulates the finished steps, times in any offset, skipped ones marked', () => {
    expect(stepTimesMarkdown('build', STEPS)).toBe(TABLE);
  });

  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub({ files: {} });
    await fake.start();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fake.stop();
  });

  const env = (summary: string) => ({
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'acme/status',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_JOB: 'build',
    GITHUB_TOKEN: fake.token,
    GITHUB_STEP_SUMMARY: summary,
  });

  it("writes this job's table to the job summary, from this run attempt's jobs", async () => {
    fake.runJobs = [
      { name: 'notify', steps: STEPS.slice(0, 1) },
      { name: 'build', steps: STEPS },
    ];
    const summary = join(mkdtempSync(join(tmpdir(), 'statusmark-summary-')), 'summary.md');
    expect(await runStepTimes([], env(summary))).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe(`${TABLE}\n`);
    expect(fake.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /repos/acme/status/actions/runs/42/attempts/2/jobs?per_page=100',
    ]);
  });

  it('warns and succeeds when GitHub refuses or the job is not there', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const summary = join(mkdtempSync(join(tmpdir(), 'statusmark-summary-')), 'summary.md');
    expect(await runStepTimes(['--job', 'deploy'], env(summary))).toBe(0);
    expect(await runStepTimes([], { ...env(summary), GITHUB_TOKEN: 'wrong' })).toBe(0);
    expect(await runStepTimes([], { GITHUB_STEP_SUMMARY: summary })).toBe(0);
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      '::warning::step times: this run has no job named "deploy"; name it with --job',
      '::warning::step times: GitHub answered 401 Unauthorized; the job needs the permission actions: read',
      '::warning::step times: set GITHUB_TOKEN (and run inside GitHub Actions) to list how long each step took',
    ]);
  });
});
