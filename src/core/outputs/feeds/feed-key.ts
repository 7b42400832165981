import { digest, siteDigest, stateDigest } from '../../site/state-digest.ts';
import type { SiteModel } from '../../site/site.ts';
import { feedSelection, type FeedScope } from './model.ts';

/**
 * The `cacheKey` of a feed file, for an incremental build (see core/views/page-keys.ts). A feed
 * (buildFeed in model.ts) is made of the site's config, its scope, the entries it keeps (each an
 * update or a report of one incident, rendered from that incident and its state alone) and, when
 * it keeps none, `now` (its date); so its key is a digest of exactly those: the config whole, and
 * per entry its id, kind and incident's state digest (site/state-digest.ts, which holds the
 * parsed incident and its state at `now`). Which entries are kept comes from the same
 * feedSelection the feed is built from, so an update published by the clock, an age limit or an
 * incident hidden as opened in error changes the list and the key. The items themselves are not
 * rendered for the key: that, and the XML, is what a kept key saves. The code that writes the
 * feed is Astro's to compare.
 */
export function feedKey(model: SiteModel, scope: FeedScope): string {
  const kept = feedSelection(model, scope);
  return digest(
    'feed',
    siteDigest(model),
    JSON.stringify(scope),
    kept.length ? '' : model.now.toISOString(),
    ...kept.map((e) => `${e.kind}\0${e.id}\0${stateDigest(model, e.state)}`),
  );
}
