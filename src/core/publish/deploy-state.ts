/**
 * Skip-if-unchanged for the scheduled rebuild. The built pages always differ (they say when they
 * were built), so the workflow compares a fingerprint of what the page *says* instead: the commit,
 * every incident's and component's status at the build's `now`, and the UTC hour, so "Last
 * updated" is never more than an hour old on a quiet day. While an incident or maintenance is
 * open, the minute is part of it too: "ongoing for" and "next update by" must stay current, so
 * every scheduled run deploys. The fingerprint is published as `statusmark-deploy.json`; the next run
 * fetches it from the live site and deploys only when its own differs.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../site/site.ts';

export const DEPLOY_STATE_FILE = 'statusmark-deploy.json';

export interface DeployState {
  fingerprint: string;
  commit: string;
  built_at: string;
}

export function deployFingerprint(model: SiteModel, commit: string): string {
  const state = {
    commit,
    slot: model.states.some((s) => s.open) ? model.now.toISOString().slice(0, 16) : model.now.toISOString().slice(0, 13),
    overall: model.overall.indicator,
    components: [...model.overall.components],
    incidents: model.states.map((s) => [
      s.incident.id,
      s.status,
      s.open,
      s.maintenance ?? null,
      s.end?.toISOString() ?? null,
      s.incident.updates.filter((u) => u.at <= model.now).length,
    ]),
  };
  return createHash('sha256').update(JSON.stringify(state)).digest('hex');
}

export function deployState(model: SiteModel, commit: string): DeployState {
  return { fingerprint: deployFingerprint(model, commit), commit, built_at: model.now.toISOString() };
}

/** Whether to deploy: always unless this is a scheduled run and the live page already says the same. */
export function shouldDeploy(current: DeployState, live: unknown, scheduled: boolean): { deploy: boolean; reason: string } {
  if (!scheduled) return { deploy: true, reason: 'not a scheduled run' };
  const previous = (live as { fingerprint?: unknown } | null)?.fingerprint;
  if (typeof previous !== 'string') return { deploy: true, reason: 'the live site has no deploy state yet' };
  if (previous === current.fingerprint) return { deploy: false, reason: 'the live page already says the same' };
  return { deploy: true, reason: 'the page changed since the last deploy' };
}
