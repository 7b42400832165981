import type { LoadedConfig } from '../content/config/config.ts';
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { Caches } from '../shared/caches.ts';
import { checkContentRoot } from '../checks/check.ts';
import { overallStatus, type OverallStatus } from '../status/overall.ts';
import { formatHuman } from '../diagnostics/reporters/human.ts';
import { deriveState, type IncidentState } from '../status/timeline.ts';
import { componentUptime, type ComponentUptime } from '../status/uptime.ts';

/** Everything a page, feed or API file renders: the validated content and its state at `now`. */
export interface SiteModel {
  root: string;
  now: Date;
  site: LoadedConfig;
  /** Every incident and maintenance, newest start first. */
  states: IncidentState[];
  byId: Map<string, IncidentState>;
  overall: OverallStatus;
  /** Open incidents (not maintenance), newest first. */
  openIncidents: IncidentState[];
  activeMaintenance: IncidentState[];
  /** Soonest first. */
  upcomingMaintenance: IncidentState[];
  uptime: Map<string, ComponentUptime>;
  warnings: Diagnostic[];
  /** What rendering this model works out once (see shared/caches.ts): made with the model, dropped with it. */
  caches: Caches;
}

export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const { errors } = countBySeverity(diagnostics);
    super(`the content has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built\n${formatHuman(diagnostics, { color: false })}`);
    this.diagnostics = diagnostics;
    this.name = 'ContentError';
  }
}

/**
 * Loads a content root and derives its state at `now`. Throws ContentError rather than build a
 * page from broken content: the content's errors, and the findings of any policy or style rule
 * the config makes an error (warnings never stop a build).
 */
export function buildSiteModel(root: string, now: Date): SiteModel {
  const content = checkContentRoot(root, { now, errorsOnly: true });
  if (!content.loaded || content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
  const site = content.loaded;
  const states = content.incidents.map((i) => deriveState(i, now));
  const segments = states.flatMap((s) => s.segments);
  const uptime = new Map<string, ComponentUptime>();
  for (const c of site.config.components) uptime.set(c.id, componentUptime(c.id, segments, now));
  return {
    root,
    now,
    site,
    states,
    byId: new Map(states.map((s) => [s.incident.id, s])),
    overall: overallStatus(site, states),
    openIncidents: states.filter((s) => s.open && !s.maintenance),
    activeMaintenance: states.filter((s) => s.maintenance === 'in_progress'),
    upcomingMaintenance: states
      .filter((s) => s.maintenance === 'upcoming')
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
    uptime,
    warnings: content.diagnostics,
    caches: new Caches(),
  };
}
