/**
 * What the timekeeper workflow does next: wait for the next time-based change when it is within
 * the horizon, then start the workflow that publishes it (the deploy, or the watchdog for a late
 * update), or relay to a change further ahead by starting the next timekeeper run itself. Pure: the
 * CLI (`statusmark wait`) brings the clock, the sleeping and GitHub.
 */
import type { SiteModel } from '../site/site.ts';
import { HOUR, MINUTE, formatUtc } from '../shared/time.ts';
import { nextTimeChange, timeChanges, type TimeChange, type TimeChangeKind } from '../status/time-changes.ts';

/** The workflows the timekeeper starts, by file name (what the REST API's `workflow_id` takes). */
export type TimekeeperWorkflow = 'deploy.yml' | 'watchdog.yml' | 'timekeeper.yml';

/** A run started the instant a change happens must already see it, so the timekeeper starts it a little after. */
export const DISPATCH_MARGIN_MS = 1_000;

const WORKFLOW_OF: Record<TimeChangeKind, TimekeeperWorkflow> = {
  'maintenance-starts': 'deploy.yml',
  'maintenance-ends': 'deploy.yml',
  'update-late': 'deploy.yml',
  'watchdog-reminds': 'watchdog.yml',
  // The deploy's check is what says a report is due (policy-report-due).
  'report-due': 'deploy.yml',
};

/**
 * GitHub ends a job after 6 hours (the workflow's `timeout-minutes` is 350, with the steps before this
 * one): a run waits at most this long, counted from when it began, and hands over to a fresh run when
 * its next wait would take it past.
 */
export const RUN_BUDGET_MINUTES = 330;

/** One run of the timekeeper: when it began, and whether it may relay (`timekeeper.relay`, resolved). */
export interface TimekeeperRun {
  startedAt: Date;
  relay: boolean;
}

type Next = { at: Date; changes: TimeChange[] };

export type TimekeeperPlan =
  | { kind: 'off' }
  | { kind: 'idle'; horizonMinutes: number; next?: Next }
  | { kind: 'wait'; until: Date; at: Date; changes: TimeChange[]; workflows: TimekeeperWorkflow[] }
  /**
   * Sleep until `until`, then start a fresh timekeeper run and stop: `window` when the next change is
   * beyond the horizon but within the relay window (the fresh run starts at the latest a horizon
   * before it), `budget` when waiting for it would take this run past its budget.
   */
  | { kind: 'relay'; until: Date; reason: 'window' | 'budget'; next: Next };

/** Whether to wait, relay or stop, and for what, at `model.now`, for a run that began at `run.startedAt`. */
export function planTimekeeper(model: SiteModel, run: TimekeeperRun): TimekeeperPlan {
  const { horizon_minutes: horizonMinutes, relay_hours: relayHours } = model.site.config.timekeeper;
  if (horizonMinutes === 0) return { kind: 'off' };
  const now = model.now.getTime();
  const next = nextTimeChange({ states: model.states, policy: model.site.config.policy, now: model.now });
  if (!next) return { kind: 'idle', horizonMinutes };
  const away = next.at.getTime() - now;
  const budgetEnd = run.startedAt.getTime() + RUN_BUDGET_MINUTES * MINUTE;
  if (away <= horizonMinutes * MINUTE) {
    const until = new Date(next.at.getTime() + DISPATCH_MARGIN_MS);
    // A fresh run waits at most the horizon (≤ 300 min), within its own budget.
    if (until.getTime() > budgetEnd) return { kind: 'relay', until: model.now, reason: 'budget', next };
    const workflows = [...new Set(next.changes.map((c) => WORKFLOW_OF[c.kind]))].sort();
    return { kind: 'wait', at: next.at, until, changes: next.changes, workflows };
  }
  if (run.relay && away <= relayHours * HOUR) {
    // Hand over a whole horizon before the change, so however long GitHub takes to start the next run
    // (up to a horizon), it starts before the change; until then, each run stays as long as it may.
    const handover = Math.max(now, Math.min(next.at.getTime() - horizonMinutes * MINUTE, budgetEnd));
    return { kind: 'relay', until: new Date(handover), reason: 'window', next };
  }
  return { kind: 'idle', horizonMinutes, next };
}

/**
 * The latest change for each workflow in the horizon before `now`, from `past`, the model a horizon
 * earlier. A run that GitHub starts late (a push or the schedule replaced the run that was waiting,
 * and this one began after the change) has nothing left to wait for it; the CLI starts the workflow
 * unless a run of it was created since.
 */
export function recentChanges(past: SiteModel, now: Date): { workflow: TimekeeperWorkflow; change: TimeChange }[] {
  const latest = new Map<TimekeeperWorkflow, TimeChange>();
  for (const c of timeChanges({ states: past.states, policy: past.site.config.policy, now: past.now })) {
    if (c.at <= now) latest.set(WORKFLOW_OF[c.kind], c);
  }
  return [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([workflow, change]) => ({ workflow, change }));
}

const CHANGE_WORDS: Record<TimeChangeKind, string> = {
  'maintenance-starts': 'maintenance starts',
  'maintenance-ends': 'maintenance ends',
  'update-late': 'the next update is late',
  'watchdog-reminds': 'the watchdog reminds the owners (the update is 5 minutes late)',
  'report-due': 'the post-incident report is due',
};

/** One line for the log: `2026-11-20 15:00 UTC  maintenance starts: Database upgrade (2026-11-20-db)`. */
export function describeChange(change: TimeChange): string {
  return `${formatUtc(change.at)}  ${CHANGE_WORDS[change.kind]}: ${change.title} (${change.incident})`;
}
