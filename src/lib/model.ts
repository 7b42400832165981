import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { buildSiteModel, type SiteModel } from '../core/site.ts';

let cached: SiteModel | undefined;

/** The one site model of a build, read once and shared by every page and endpoint. */
export function siteModel(): SiteModel {
  cached ??= buildSiteModel(contentRootFromEnv(), nowFromEnv());
  return cached;
}

/** A path under the site's base, e.g. `link('incidents/x/')` → `/status/incidents/x/`. */
export function link(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}
