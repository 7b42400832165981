import { serialize } from 'node:v8';
import type { ComponentConfig } from '../content/config/config-schema.ts';
import type { SiteModel } from '../site/site.ts';
import { digest, siteDigest, stateDigest } from '../site/state-digest.ts';
import type { IncidentState } from '../status/timeline.ts';
import { listChangesByItself } from './list-phases.ts';
import { componentRow } from './pages.ts';

/**
 * The `cacheKey` of each page that an incremental build (Astro's `experimental.incrementalBuild`)
 * may copy from the previous build instead of rendering. Astro skips a page when its key and the
 * code it imports are unchanged (and drops the whole cache when the Astro config or the lockfile
 * changes, which is also how a new statusmark version invalidates it); so a key holds everything
 * the page shows that is not code: the site's config, and for each incident it shows, the parsed
 * incident and its state at `now` (status, phase of a maintenance, end, duration, each
 * component's status: all in IncidentState), with what the views add at `now` (the updates
 * published by then, the next update due): see site/state-digest.ts.
 * Pages that show `now` itself or the whole history (home, reports, feeds, API) get no key and
 * are always rendered.
 */

/**
 * `/incidents/<id>/`: the incident alone. The page of one that is open or still ahead also says when
 * it was built ("as of", and when it goes out of date), so its key has the build's time in it.
 */
export function incidentPageKey(model: SiteModel, state: IncidentState): string {
  const built = state.open || state.maintenance === 'upcoming' ? model.now.toISOString() : '';
  return digest('incident', siteDigest(model), stateDigest(model, state), built);
}

/** Astro's page of a paginated list: its place in the list and the links around it. */
interface ListPage {
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
  url: object;
  data: readonly IncidentState[];
}

/** A page of `/history/`: the incidents it lists, and where it stands. */
export function historyPageKey(model: SiteModel, page: ListPage): string {
  return listKey(model, 'history', page);
}

/** A page of `/components/<id>/`; the first also shows the component's status and uptime at `now` (whose window moves each day). */
export function componentPageKey(model: SiteModel, component: ComponentConfig, page: ListPage): string {
  const row = page.currentPage === 1 ? digest(serialize(componentRow(model, component))) : '';
  return listKey(model, `component ${component.id}`, page, row);
}

/** A list that holds maintenance ahead or under way says when it was built ("as of", when it goes out of date), as its key does. */
function listKey(model: SiteModel, kind: string, page: ListPage, extra = ''): string {
  const { currentPage, lastPage, total, start, end, url } = page;
  const place = JSON.stringify({ currentPage, lastPage, total, start, end, url });
  const built = listChangesByItself(page.data) ? model.now.toISOString() : '';
  return digest(kind, siteDigest(model), place, extra, built, ...page.data.map((s) => stateDigest(model, s)));
}
