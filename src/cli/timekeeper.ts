/**
 * The timekeeper's commands (`.github/workflows/timekeeper.yml`, README "Time-based changes"):
 *  - `statusmark next-change`: the next instant at which the clock alone changes the page, the API
 *    or the watchdog's issues, and what changes then (also the step output `next`, an ISO time);
 *  - `statusmark wait`: while the next change is within `timekeeper.horizon_minutes`, wait for it
 *    and start the workflow that publishes it (deploy.yml, or watchdog.yml for a late update);
 *  - `statusmark dispatch <workflow>`: start deploy.yml, watchdog.yml or timekeeper.yml now.
 *
 * Env: GITHUB_TOKEN (with `actions: write`), GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_REF_NAME
 * (the branch to run on), STATUS_DIR, STATUS_NOW (next-change only; `wait` follows the clock).
 * Exit status: 0 done, 1 the content has errors or GitHub refused, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { GitHubError } from '../core/github/client.ts';
import { repoClient, type RepoClient } from '../core/publish/github.ts';
import { describeChange, planTimekeeper } from '../core/publish/timekeeper.ts';
import { nowFromEnv } from '../core/shared/env.ts';
import { formatDuration } from '../core/shared/time.ts';
import { timeChanges } from '../core/status/time-changes.ts';
import { readContent } from './read-content.ts';
import { annotate, print, printError, setOutput } from './workflow.ts';

/** The clock and the sleep `statusmark wait` uses; tests pass a fake pair, so nothing really waits. */
export interface Clock {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const DISPATCHABLE = ['deploy.yml', 'watchdog.yml', 'timekeeper.yml'] as const;
const ACTIONS_HINT =
  'give the job `permissions: { actions: write }`; from outside GitHub Actions, use a fine-grained token with "Actions" set to read and write on this repository, or a classic token with the `repo` scope';

function failed(error: unknown): number {
  if (error instanceof GitHubError) {
    annotate('error', `${error.message}\n${error.kind === 'no-permission' ? ACTIONS_HINT : error.hint}`);
  } else annotate('error', String(error));
  return 1;
}

async function dispatch(gh: RepoClient, workflow: string, ref: string): Promise<void> {
  await gh.call(`start the ${workflow} workflow`, () =>
    gh.octokit.rest.actions.createWorkflowDispatch({ owner: gh.owner, repo: gh.repo, workflow_id: workflow, ref }),
  );
  print(`started ${workflow} on ${ref}`);
}

/** `statusmark next-change [--all]`: the next change (or every one ahead), and whether the timekeeper waits for it. */
export function runNextChange(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let all: boolean;
  let now: Date;
  try {
    all = parseArgs({ args: [...argv], options: { all: { type: 'boolean', default: false } } }).values.all;
    now = nowFromEnv(env);
  } catch (error) {
    printError(`${(error as Error).message}\nUsage: statusmark next-change [--all]`);
    return 2;
  }
  const modelAt = readContent(env);
  if (!modelAt) return 1;
  const model = modelAt(now);
  const plan = planTimekeeper(model);
  const changes = timeChanges({ states: model.states, policy: model.site.config.policy, now });
  const shown = all ? changes : changes.filter((c) => c.at.getTime() === changes[0]?.at.getTime());
  if (!shown.length) print('nothing changes with time alone: no maintenance ahead and no update due');
  for (const c of shown) print(describeChange(c));
  if (changes[0]) {
    const inMs = changes[0].at.getTime() - now.getTime();
    const horizon = model.site.config.timekeeper.horizon_minutes;
    print(
      plan.kind === 'off'
        ? 'the timekeeper is off (timekeeper.horizon_minutes: 0): a push, the schedule or your own trigger publishes it'
        : plan.kind === 'wait'
          ? `in ${formatDuration(inMs)}: within the timekeeper's horizon (${horizon} min), so it waits for it`
          : `in ${formatDuration(inMs)}: beyond the timekeeper's horizon (${horizon} min); a run of the timekeeper within ${horizon} min before it waits for it`,
    );
  }
  setOutput(env, 'next', changes[0]?.at.toISOString() ?? '');
  return 0;
}

/**
 * `statusmark wait`: waits for each change within the horizon in turn and starts its workflow, until none is
 * left within the horizon. The content does not change under it: a push starts a new timekeeper run, which
 * cancels this one (the workflow's concurrency group).
 */
export async function runWait(argv: readonly string[], env: NodeJS.ProcessEnv, clock: Clock = REAL_CLOCK): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const unknown = argv.filter((a) => a !== '--dry-run');
  if (unknown.length) {
    printError(`unknown option ${unknown[0]}\nUsage: statusmark wait [--dry-run]`);
    return 2;
  }
  let gh: RepoClient | undefined;
  try {
    if (!dryRun) gh = repoClient(env, 'statusmark-timekeeper');
  } catch (error) {
    return failed(error);
  }
  const ref = env.GITHUB_REF_NAME || 'main';
  const modelAt = readContent(env);
  if (!modelAt) return 1;
  // A clock that does not move (STATUS_NOW in a test) must not make it wait for the same change twice.
  let after = 0;
  for (;;) {
    const now = new Date(Math.max(clock.now().getTime(), after));
    const plan = planTimekeeper(modelAt(now));
    if (plan.kind === 'off') {
      print('the timekeeper is off (timekeeper.horizon_minutes: 0)');
      return 0;
    }
    if (plan.kind === 'idle') {
      print(
        plan.next
          ? `nothing to wait for within ${plan.horizonMinutes} min; next: ${describeChange(plan.next.changes[0]!)}`
          : 'nothing to wait for: no maintenance ahead and no update due',
      );
      return 0;
    }
    for (const c of plan.changes) print(`waiting ${formatDuration(plan.until.getTime() - now.getTime())} for ${describeChange(c)}`);
    if (dryRun) return 0;
    await clock.sleep(Math.max(0, plan.until.getTime() - now.getTime()));
    after = plan.until.getTime();
    try {
      for (const workflow of plan.workflows) await dispatch(gh!, workflow, ref);
    } catch (error) {
      return failed(error);
    }
  }
}

/** `statusmark dispatch <deploy.yml|watchdog.yml|timekeeper.yml>`: starts that workflow now, on GITHUB_REF_NAME. */
export async function runDispatch(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const workflow = argv[0]?.replace(/^(deploy|watchdog|timekeeper)$/, '$1.yml');
  if (argv.length !== 1 || !DISPATCHABLE.includes(workflow as (typeof DISPATCHABLE)[number])) {
    printError(`Usage: statusmark dispatch <${DISPATCHABLE.join('|')}>`);
    return 2;
  }
  try {
    await dispatch(repoClient(env, 'statusmark-timekeeper'), workflow!, env.GITHUB_REF_NAME || 'main');
    return 0;
  } catch (error) {
    return failed(error);
  }
}
