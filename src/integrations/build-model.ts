import type { SiteModel } from '../core/site/site.ts';

/**
 * The one site model of an `astro build`. The content integration builds it when the build
 * starts; the pages and endpoints run in Vite's server bundle, a different module graph in the
 * same process, and pick it up here instead of reading all the content again. The search index
 * is made from it too.
 */
const SLOT = Symbol.for('statusmark.build-site-model');
const slot = globalThis as { [SLOT]?: SiteModel };

export function shareBuildModel(model: SiteModel | undefined): void {
  if (model) slot[SLOT] = model;
  else delete slot[SLOT];
}

/** The model of the build under way, or undefined outside a build (`npm run dev`, tests). */
export function sharedBuildModel(): SiteModel | undefined {
  return slot[SLOT];
}
