import type { InjectedRoute } from 'astro';

/**
 * Every page and endpoint of a status site, as files under src/routes/ named the way Astro's
 * file routing would name them: statusmark() injects them, so a team's own repository needs no
 * src/pages/. Listed rather than read from the folder, so the package serves exactly these.
 */
export const ROUTE_FILES = [
  'index.astro',
  '404.astro',
  'history/[...page].astro',
  'incidents/[id].astro',
  'components/[id]/[...page].astro',
  'reports/[...page].astro',
  'subscribe.astro',
  'assets/[file].ts',
  'badge.svg.ts',
  'components/[id]/badge.svg.ts',
  'feed.json.ts',
  'history.rss.ts',
  'history.atom.ts',
  'components/[id]/history.rss.ts',
  'components/[id]/history.atom.ts',
  'components/[id]/feed.json.ts',
  'maintenance.rss.ts',
  'maintenance.atom.ts',
  'maintenance.json.ts',
  'maintenance.ics.ts',
  'api/v2/summary.json.ts',
  'api/v2/status.json.ts',
  'api/v2/components.json.ts',
  'api/v2/incidents.json.ts',
  'api/v2/incidents/unresolved.json.ts',
  'api/v2/incidents/all.json.ts',
  'api/v2/incidents/[id].json.ts',
  'api/v2/scheduled-maintenances.json.ts',
  'api/v2/scheduled-maintenances/active.json.ts',
  'api/v2/scheduled-maintenances/upcoming.json.ts',
  'embed.js.ts',
  'embed.json.ts',
] as const;

const ROUTES_FOLDER = new URL('../routes/', import.meta.url);

/** The URL pattern Astro's file routing gives a file: `history.rss.ts` → `/history.rss`, `reports/index.astro` → `/reports`. */
export function routePattern(file: string): string {
  const path = file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}

/** The routes statusmark() injects, each file under src/routes/ at its pattern. */
export function statusRoutes(): InjectedRoute[] {
  return ROUTE_FILES.map((file) => ({ pattern: routePattern(file), entrypoint: new URL(file, ROUTES_FOLDER) }));
}
