/**
 * The timekeeper's commands (`.github/workflows/timekeeper.yml`, README "Time-based changes"):
 *  - `statusmark next-change`: the next instant at which the clock alone changes the page, the API
 *    or the watchdog's issues, and what changes then (also the step output `next`, an ISO time);
 *  - `statusmark wait`: while the next change is within `timekeeper.horizon_minutes`, wait for it
 *    and start the workflow that publishes it (deploy.yml, or watchdog.yml for a late update); while it is
 *    further ahead but within `timekeeper.relay_hours`, wait and start the next timekeeper run (the relay);
 *  - `statusmark dispatch <workflow>`: start deploy.yml, watchdog.yml or timekeeper.yml now.
 *
 * Env: GITHUB_TOKEN (with `actions: write`), GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_REF_NAME
 * (the branch to run on), STATUS_DIR, STATUS_NOW (next-change only; `wait` follows the clock).
 * Exit status: 0 done, 1 the content has errors or GitHub refused, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { GitHubError } from '../core/github/client.ts';
import { repoClient, type RepoClient } from '../core/publish/github.ts';
import { describeChange, planTimekeeper, recentChanges, RUN_BUDGET_MINUTES } from '../core/publish/timekeeper.ts';
import { nowFromEnv } from '../core/shared/env.ts';
import { formatDuration, HOUR, MINUTE } from '../core/shared/time.ts';
import type { SiteModel } from '../core/site/site.ts';
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

/** What `next-change` says about the next change: whether the timekeeper waits for it, relays to it, or leaves it to a later run. */
function whoPublishes(model: SiteModel): string {
  const { horizon_minutes: horizon, relay, relay_hours: hours } = model.site.config.timekeeper;
  const plan = planTimekeeper(model, { startedAt: model.now, relay: relay !== 'off' });
  const where = relay === 'auto' ? ' (if the repository is public: timekeeper.relay is auto)' : '';
  if (plan.kind === 'off')
    return 'the timekeeper is off (timekeeper.horizon_minutes: 0): a push, the schedule or your own trigger publishes it';
  if (plan.kind === 'wait' || (plan.kind === 'relay' && plan.reason === 'budget'))
    return `within the timekeeper's horizon (${horizon} min), so it waits for it`;
  if (plan.kind === 'relay')
    return `beyond the timekeeper's horizon (${horizon} min), within its relay window (${hours} h), so a timekeeper run now relays to it${where}`;
  if (relay === 'off' || hours * HOUR <= horizon * MINUTE)
    return `beyond the timekeeper's horizon (${horizon} min); a run of the timekeeper within ${horizon} min before it waits for it`;
  return `beyond the timekeeper's relay window (${hours} h); a run of the timekeeper within ${hours} h before it relays to it${where}`;
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
  const changes = timeChanges({ states: model.states, policy: model.site.config.policy, now });
  const shown = all ? changes : changes.filter((c) => c.at.getTime() === changes[0]?.at.getTime());
  if (!shown.length) print('nothing changes with time alone: no maintenance ahead and no update due');
  for (const c of shown) print(describeChange(c));
  if (changes[0]) print(`in ${formatDuration(changes[0].at.getTime() - now.getTime())}: ${whoPublishes(model)}`);
  setOutput(env, 'next', changes[0]?.at.toISOString() ?? '');
  return 0;
}

/** Whether a run of `workflow` was created at or after `at`; if GitHub cannot say, no (starting it again is harmless). */
async function ranSince(gh: RepoClient, workflow: string, at: Date): Promise<boolean> {
  try {
    const { data } = await gh.call(`list the runs of ${workflow}`, () =>
      gh.octokit.rest.actions.listWorkflowRuns({
        owner: gh.owner,
        repo: gh.repo,
        workflow_id: workflow,
        per_page: 1,
      }),
    );
    // Newest first. (Not `created=>=…`: GitHub's OpenAPI description allows only a plain date-time there.)
    const newest = data.workflow_runs[0];
    return newest !== undefined && Date.parse(newest.created_at) >= at.getTime();
  } catch {
    return false;
  }
}

/**
 * Whether this run may relay (`timekeeper.relay`): `auto` asks GitHub whether the repository is public,
 * since a relay keeps a runner on for its whole window and that is billed in a private one.
 */
async function mayRelay(setting: 'auto' | 'on' | 'off', gh: RepoClient | undefined): Promise<{ relay: boolean; why?: string }> {
  if (setting !== 'auto') return { relay: setting === 'on', ...(setting === 'off' ? { why: 'timekeeper.relay is off' } : {}) };
  if (!gh) return { relay: false, why: 'a dry run does not ask GitHub whether the repository is public (timekeeper.relay: auto)' };
  try {
    const { data } = await gh.call('read the repository', () => gh.octokit.rest.repos.get({ owner: gh.owner, repo: gh.repo }));
    return data.private ? { relay: false, why: 'the repository is private and timekeeper.relay is auto' } : { relay: true };
  } catch (error) {
    return { relay: false, why: `could not tell whether the repository is public (${(error as Error).message})` };
  }
}

/**
 * `statusmark wait`: waits for each change within the horizon in turn and starts its workflow, until none is
 * left within the horizon. A change further ahead but within `timekeeper.relay_hours` is relayed to: the run
 * waits, then starts the next timekeeper run and stops. The content does not change under it: a push starts a
 * new timekeeper run, which cancels this one (the workflow's concurrency group) and carries on from the new content.
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
  const startedAt = clock.now();
  const horizon = modelAt(startedAt).site.config.timekeeper.horizon_minutes;
  if (gh && horizon > 0) {
    for (const { workflow, change } of recentChanges(modelAt(new Date(startedAt.getTime() - horizon * MINUTE)), startedAt)) {
      if (await ranSince(gh, workflow, change.at)) continue;
      print(`catching up: no run of ${workflow} since ${describeChange(change)}`);
      try {
        await dispatch(gh, workflow, ref);
      } catch (error) {
        return failed(error);
      }
    }
  }
  // Asked once, and only when a change is in the relay window: most runs find nothing near.
  let relay: { relay: boolean; why?: string } | undefined;
  // A clock that does not move (STATUS_NOW in a test) must not make it wait for the same change twice.
  let after = 0;
  for (;;) {
    const now = new Date(Math.max(clock.now().getTime(), after));
    const model = modelAt(now);
    let plan = planTimekeeper(model, { startedAt, relay: relay?.relay ?? true });
    if (plan.kind === 'relay' && plan.reason === 'window' && !relay) {
      relay = await mayRelay(model.site.config.timekeeper.relay, gh);
      if (!relay.relay) plan = planTimekeeper(model, { startedAt, relay: false });
    }
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
      if (plan.next && relay?.why) print(`not relaying to it: ${relay.why}`);
      return 0;
    }
    const wait = formatDuration(plan.until.getTime() - now.getTime());
    if (plan.kind === 'relay') {
      print(
        plan.reason === 'window'
          ? `relaying to ${describeChange(plan.next.changes[0]!)}: waiting ${wait}, then starting the next timekeeper run`
          : `handing over to a fresh run, as waiting for ${describeChange(plan.next.changes[0]!)} would take this one past ${RUN_BUDGET_MINUTES} min`,
      );
    } else for (const c of plan.changes) print(`waiting ${wait} for ${describeChange(c)}`);
    if (dryRun) return 0;
    await clock.sleep(Math.max(0, plan.until.getTime() - now.getTime()));
    after = plan.until.getTime();
    try {
      for (const workflow of plan.kind === 'relay' ? ['timekeeper.yml'] : plan.workflows) await dispatch(gh!, workflow, ref);
    } catch (error) {
      return failed(error);
    }
    if (plan.kind === 'relay') return 0;
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
