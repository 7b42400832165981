import type { LoadedConfig } from '../content/config/config.ts';
import type { ContentRoot } from '../content/load.ts';
import type { Incident } from '../content/model.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { Caches } from '../shared/caches.ts';
import { overallStatus, type OverallStatus } from '../status/overall.ts';
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

/** Content read and checked without errors: a config, its incidents, and the warnings about them. */
export type CheckedContent = Pick<ContentRoot, 'root' | 'incidents' | 'diagnostics'> & { loaded: LoadedConfig };

/**
 * Derives the state at `now` of content already read and checked (pipeline.ts reads, checks and
 * refuses errors first). Reads no file and runs no rule.
 */
export function buildSiteModel(content: CheckedContent, now: Date): SiteModel {
  const site = content.loaded;
  const derived = derivedAt(site, content.incidents, now);
  const { states } = derived;
  // An incident opened in error was no downtime.
  const segments = states.filter((s) => !s.incident.openedInError).flatMap((s) => s.segments);
  const uptime = new Map<string, ComponentUptime>();
  for (const c of site.config.components) uptime.set(c.id, componentUptime(c.id, segments, now));
  return {
    root: content.root,
    now,
    site,
    ...derived,
    uptime,
    warnings: content.diagnostics,
    caches: new Caches(),
  };
}

/** What of a site model depends on the moment: each incident's state, and what the states add up to. */
type DerivedAt = Pick<SiteModel, 'states' | 'byId' | 'overall' | 'openIncidents' | 'activeMaintenance' | 'upcomingMaintenance'>;

function derivedAt(site: LoadedConfig, incidents: readonly Incident[], now: Date): DerivedAt {
  const states = incidents.map((i) => deriveState(i, now));
  return {
    states,
    byId: new Map(states.map((s) => [s.incident.id, s])),
    overall: overallStatus(site, states),
    openIncidents: states.filter((s) => s.open && !s.maintenance),
    activeMaintenance: states.filter((s) => s.maintenance === 'in_progress'),
    upcomingMaintenance: states.filter((s) => s.maintenance === 'upcoming').sort((a, b) => a.start.getTime() - b.start.getTime()),
  };
}

/**
 * The model as it will stand at `at`, a moment after the build, with nothing new written: each
 * incident's state and the overall status at `at`. Uptime, warnings and caches stay the build's;
 * a reader's browser shows this state once its clock reaches `at` (views/time-phases.ts).
 */
export function siteModelAt(model: SiteModel, at: Date): SiteModel {
  return {
    ...model,
    now: at,
    ...derivedAt(
      model.site,
      model.states.map((s) => s.incident),
      at,
    ),
  };
}
