import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { cacheOf } from '../shared/caches.ts';
import { nextUpdateDue } from '../status/next-update.ts';
import type { IncidentState } from '../status/timeline.ts';
import type { SiteModel } from './site.ts';

/**
 * Digests of what a page or a feed shows, for the keys an incremental build compares
 * (views/page-keys.ts, outputs/feeds/feed-key.ts). The inputs are hashed whole (a V8
 * serialisation, which keeps Dates and Maps), not picked field by field, so a field added later is
 * in the key too.
 */

const STATE_DIGESTS = cacheOf('page key digests of incident states', () => new Map<IncidentState, string>());
const SITE_DIGEST = cacheOf('page key digest of the site config', () => ({ digest: undefined as string | undefined }));

export const digest = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

/** The site's config, whole. */
export function siteDigest(model: SiteModel): string {
  const held = model.caches.get(SITE_DIGEST);
  held.digest ??= digest(serialize(model.site));
  return held.digest;
}

/**
 * One incident as its pages show it at `now`: the parsed incident and its state (status, phase
 * of a maintenance, end, duration, each component's status: all in IncidentState), with what the
 * views add at `now` (the updates published by then, the next update due).
 */
export function stateDigest(model: SiteModel, state: IncidentState): string {
  const digests = model.caches.get(STATE_DIGESTS);
  let d = digests.get(state);
  if (d === undefined) {
    const published = state.incident.updates.filter((u) => u.at <= model.now).length;
    const due = nextUpdateDue(state, model.site.config.policy, model.now)?.at.toISOString() ?? '';
    d = digest(serialize(state), String(published), due);
    digests.set(state, d);
  }
  return d;
}
