/**
 * What the timekeeper workflow does next: wait for the next time-based change when it is within
 * the horizon, then start the workflow that publishes it (the deploy, or the watchdog for a late
 * update). Pure: the CLI (`statusmark wait`) brings the clock, the sleeping and GitHub.
 */
import type { SiteModel } from '../site/site.ts';
import { MINUTE, formatUtc } from '../shared/time.ts';
import { nextTimeChange, type TimeChange, type TimeChangeKind } from '../status/time-changes.ts';

/** The workflows the timekeeper starts, by file name (what the REST API's `workflow_id` takes). */
export type TimekeeperWorkflow = 'deploy.yml' | 'watchdog.yml';

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

export type TimekeeperPlan =
  | { kind: 'off' }
  | { kind: 'idle'; horizonMinutes: number; next?: { at: Date; changes: TimeChange[] } }
  | { kind: 'wait'; until: Date; at: Date; changes: TimeChange[]; workflows: TimekeeperWorkflow[] };

/** Whether to wait, and for what, at `model.now` with the config's horizon. */
export function planTimekeeper(model: SiteModel): TimekeeperPlan {
  const horizonMinutes = model.site.config.timekeeper.horizon_minutes;
  if (horizonMinutes === 0) return { kind: 'off' };
  const next = nextTimeChange({ states: model.states, policy: model.site.config.policy, now: model.now });
  if (!next || next.at.getTime() - model.now.getTime() > horizonMinutes * MINUTE) {
    return { kind: 'idle', horizonMinutes, ...(next ? { next } : {}) };
  }
  const workflows = [...new Set(next.changes.map((c) => WORKFLOW_OF[c.kind]))].sort();
  return { kind: 'wait', at: next.at, until: new Date(next.at.getTime() + DISPATCH_MARGIN_MS), changes: next.changes, workflows };
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
