import type { SiteModel } from '../../site/site.ts';
import { buildFeed, type FeedScope } from './model.ts';
import { renderAtom } from './atom.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';

export { buildFeed, feedLinks, type FeedDocument, type FeedItem, type FeedScope } from './model.ts';
export { renderAtom } from './atom.ts';
export { JSON_FEED_VERSION, renderJsonFeed } from './json-feed.ts';
export { renderRss } from './rss.ts';

import type { FeedFormat } from '../../site/published-files.ts';

export type { FeedFormat };

/** Media types, for a dev server's `Content-Type` (static hosts go by the file extension). */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** One feed file: what an endpoint writes. */
export function feedFile(model: SiteModel, scope: FeedScope, format: FeedFormat): string {
  const doc = buildFeed(model, scope);
  switch (format) {
    case 'rss':
      return renderRss(doc);
    case 'atom':
      return renderAtom(doc);
    case 'json':
      return renderJsonFeed(doc);
  }
}
