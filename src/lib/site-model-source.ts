import { readFileSync } from 'node:fs';
import { nowFromEnv } from '../core/shared/env.ts';
import { readSiteModel } from '../core/pipeline.ts';
import type { SiteModel } from '../core/site/site.ts';
import { siteModelFromSnapshot } from '../core/site/site-model-snapshot.ts';

/**
 * Where `virtual:statusmark/site-model` gets the model from (see src/integrations/build-model.ts):
 * one of these is called once, when the pages' module graph first imports that module.
 */

/** `astro build`: the model the content integration read and checked at build start, from its snapshot. */
export function siteModelFromFile(file: string): SiteModel {
  return siteModelFromSnapshot(readFileSync(file));
}

/** `npm run dev`: the content under `root` as it is now; a change to it makes the dev server import this again. */
export function siteModelFromContent(root: string): SiteModel {
  return readSiteModel(root, nowFromEnv());
}
