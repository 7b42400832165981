import type { LoadedConfig } from '../content/config/config.ts';
import { absoluteUrl } from './site-links.ts';

/**
 * Where the files that readers and other sites subscribe to are published, relative to the site's
 * base: the feeds of each scope, the calendar, and the API files a subscriber starts from. The
 * outputs write them there; the pages, `_headers` and the subscribe page point at them.
 */

/** Which slice of the history a feed carries. */
export type FeedScope = { kind: 'history' } | { kind: 'maintenance' } | { kind: 'component'; component: string };

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** A component's feeds, in its folder `components/<id>/`. */
export const COMPONENT_FEED_FILES: Record<FeedFormat, string> = { rss: 'history.rss', atom: 'history.atom', json: 'feed.json' };

/** The names hosted Statuspage uses for the whole history (`history.rss`, `history.atom`), so subscribers who move keep their URLs. */
export function feedPaths(scope: FeedScope): Record<FeedFormat, string> {
  switch (scope.kind) {
    case 'history':
      return { rss: 'history.rss', atom: 'history.atom', json: 'feed.json' };
    case 'maintenance':
      return { rss: 'maintenance.rss', atom: 'maintenance.atom', json: 'maintenance.json' };
    case 'component': {
      const dir = `components/${encodeURIComponent(scope.component)}/`;
      return { rss: dir + COMPONENT_FEED_FILES.rss, atom: dir + COMPONENT_FEED_FILES.atom, json: dir + COMPONENT_FEED_FILES.json };
    }
  }
}

/** A scope's feeds as absolute addresses. */
export function feedUrls(site: LoadedConfig, scope: FeedScope): Record<FeedFormat, string> {
  const paths = feedPaths(scope);
  return { rss: absoluteUrl(site, paths.rss), atom: absoluteUrl(site, paths.atom), json: absoluteUrl(site, paths.json) };
}

export const CALENDAR_PATH = 'maintenance.ics';
export const API_SUMMARY_PATH = 'api/v2/summary.json';
/** Statusmark's index of every incident's own API file. */
export const API_INDEX_PATH = 'api/v2/incidents/all.json';
