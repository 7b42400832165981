import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { cacheOf } from '../../shared/caches.ts';
import type { SiteModel } from '../../site/site.ts';
import { buildFeed, type FeedScope } from './model.ts';

/** Per scope, its key: the RSS and the Atom file of one scope share one document. */
const FEED_KEYS = cacheOf('feed keys by scope', () => new Map<string, string>());

/**
 * The `cacheKey` of a feed file, for an incremental build (see core/views/page-keys.ts): a digest
 * of the feed's whole document, the one input its serialisers (rss.ts, atom.ts, json-feed.ts) read.
 * The key is the document itself rather than a pick of what went into it, so nothing the feed says
 * (an item, the config, which updates are published by `now`) can change while the key stays; the
 * code that writes it is Astro's to compare. Building the document is the cheap part of a feed:
 * its items are rendered once per model and shared with the endpoint that writes the file; the
 * XML is what a kept key saves.
 */
export function feedKey(model: SiteModel, scope: FeedScope): string {
  const keys = model.caches.get(FEED_KEYS);
  const name = JSON.stringify(scope);
  let key = keys.get(name);
  if (key === undefined) {
    key = createHash('sha256')
      .update(serialize(buildFeed(model, scope)))
      .digest('base64url');
    keys.set(name, key);
  }
  return key;
}
