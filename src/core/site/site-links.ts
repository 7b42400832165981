import type { LoadedConfig } from '../content/config/config.ts';
import type { Incident } from '../content/model.ts';

/**
 * Absolute addresses of the published site, for everything read away from it: feeds, the API,
 * the calendar. They start with the configured `url`, base path included
 * (`https://acme.github.io/status/incidents/x/`), and are built with `new URL`, never by gluing strings.
 */

/** The anchor of the post-incident report on an incident page (`/incidents/<id>/#report`). */
export const REPORT_ANCHOR = 'report';

/** The configured site address, always ending in `/`. */
export function siteRoot(site: LoadedConfig): string {
  const url = site.config.url;
  return url.endsWith('/') ? url : `${url}/`;
}

/** `path` (relative to the site's base, with or without a leading `/`) as an absolute URL. */
export function absoluteUrl(site: LoadedConfig, path = ''): string {
  return new URL(path.replace(/^\/+/, ''), siteRoot(site)).href;
}

/** The incident page, or one place on it (`update-2026-11-20-14-05`, `report`). */
export function incidentUrl(site: LoadedConfig, id: string, anchor?: string): string {
  const url = new URL(`incidents/${encodeURIComponent(id)}/`, siteRoot(site));
  if (anchor) url.hash = anchor;
  return url.href;
}

export function componentUrl(site: LoadedConfig, id: string): string {
  return absoluteUrl(site, `components/${encodeURIComponent(id)}/`);
}

/**
 * Every component an incident touches: its frontmatter components and any named on an update's
 * `Components:` line, in the order of the config.
 */
export function incidentComponentIds(site: LoadedConfig, incident: Incident): string[] {
  const ids = new Set<string>(incident.components.map((c) => c.component));
  for (const u of incident.updates) for (const c of u.changes) ids.add(c.component);
  return site.config.components.map((c) => c.id).filter((id) => ids.has(id));
}
