/**
 * The last step of a deploy job (`statusmark step-times`): adds a table of how long each of the
 * job's steps took to the job summary, from GitHub's list of the run's jobs. It never fails the
 * job: without the API (no token, no `actions: read`), it says why in the log and stops.
 *
 * Env: GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB (the
 * job, unless --job names another), GITHUB_TOKEN, GITHUB_STEP_SUMMARY.
 */
import { parseArgs } from 'node:util';
import { stepTimesMarkdown, type JobStep } from '../core/publish/step-times.ts';
import { addSummary, annotate } from './workflow.ts';

interface JobsPage {
  jobs: { name: string; steps?: JobStep[] }[];
}

export async function runStepTimes(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { job: { type: 'string' } } });
  const job = values.job ?? env.GITHUB_JOB;
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt = '1', GITHUB_TOKEN: token } = env;
  if (!job || !repo || !run || !token) {
    annotate('warning', 'step times: set GITHUB_TOKEN (and run inside GitHub Actions) to list how long each step took');
    return 0;
  }
  const api = env.GITHUB_API_URL ?? 'https://api.github.com';
  const url = `${api}/repos/${repo}/actions/runs/${run}/attempts/${attempt}/jobs?per_page=100`;
  try {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) throw new Error(`GitHub answered ${res.status} ${res.statusText}; the job needs the permission actions: read`);
    const found = ((await res.json()) as JobsPage).jobs.find((j) => j.name === job);
    if (!found) throw new Error(`this run has no job named "${job}"; name it with --job`);
    addSummary(env, stepTimesMarkdown(job, found.steps ?? []));
  } catch (error) {
    annotate('warning', `step times: ${(error as Error).message}`);
  }
  return 0;
}
