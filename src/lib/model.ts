import { siteModel as model } from 'virtual:statusmark/site-model';
import type { SiteModel } from '../core/site/site.ts';
import { textDirection, type TextDirection } from '../core/shared/text-direction.ts';

/**
 * The one site model of a build, shared by every page and endpoint. It comes from the virtual
 * module the content integration provides (see src/integrations/build-model.ts for the whole
 * hand-over); under `npm run dev` a content change makes the dev server evaluate it, and this
 * module, afresh.
 */
export function siteModel(): SiteModel {
  return model;
}

/** A path under the site's base, e.g. `link('incidents/x/')` → `/status/incidents/x/`. */
export function link(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

/** Which way the site's language runs, for `<html dir>`. */
export function pageDirection(): TextDirection {
  return textDirection(siteModel().site.locale);
}
