import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { contentVersion } from '../core/shared/content-version.ts';
import { readSiteModel } from '../core/pipeline.ts';
import type { SiteModel } from '../core/site/site.ts';
import { sharedBuildModel } from '../integrations/build-model.ts';

let cached: SiteModel | undefined;
let cachedVersion: number | undefined;

/**
 * The one site model of a build (read by the content integration), shared by every page and
 * endpoint. Under `npm run dev` the pages read it themselves, and the content-reload
 * integration counts content changes: a change means a fresh read.
 */
export function siteModel(): SiteModel {
  const version = contentVersion();
  if (version !== cachedVersion) cached = undefined;
  cached ??= sharedBuildModel() ?? readSiteModel(contentRootFromEnv(), nowFromEnv());
  cachedVersion = version;
  return cached;
}

/** A path under the site's base, e.g. `link('incidents/x/')` → `/status/incidents/x/`. */
export function link(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}
