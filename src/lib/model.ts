import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { contentVersion } from '../core/content-version.ts';
import { buildSiteModel, type SiteModel } from '../core/site.ts';
import { offerSiteModel } from '../integrations/search-handoff.ts';

let cached: SiteModel | undefined;
let cachedVersion: number | undefined;

/**
 * The one site model of a build, read once and shared by every page and endpoint. Under
 * `npm run dev` the content-reload integration counts content changes, and a change means a
 * fresh read.
 */
export function siteModel(): SiteModel {
  const version = contentVersion();
  if (version !== cachedVersion) cached = undefined;
  if (!cached) {
    cached = buildSiteModel(contentRootFromEnv(), nowFromEnv());
    offerSiteModel(cached);
  }
  cachedVersion = version;
  return cached;
}

/** A path under the site's base, e.g. `link('incidents/x/')` → `/status/incidents/x/`. */
export function link(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}
