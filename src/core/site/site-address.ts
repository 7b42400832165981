import { loadConfig } from '../content/config/config.ts';
import { contentRootFromEnv } from '../shared/env.ts';

/** `site` (origin) and `base` (path, with trailing slash) for Astro, from the configured URL. */
export function siteAddress(root = contentRootFromEnv()): { site: string; base: string } {
  const { loaded } = loadConfig(root);
  // A broken config is reported by `npm run check` and by the first page that loads the model.
  const url = new URL(loaded?.config.url ?? 'http://localhost/');
  return { site: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}
