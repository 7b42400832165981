import type { LoadedConfig } from './config.ts';
import type { IncidentState } from './timeline.ts';
import { compareStatus, IMPACTS, impactForStatus, type ComponentStatus, type Impact } from './statuses.ts';

/** Statuspage's `status.indicator`. */
export type Indicator = Impact | 'maintenance';

export interface OverallStatus {
  indicator: Indicator;
  /** For people: "All systems operational", "Partial outage", … */
  description: string;
  /** Every component's status at `now`, in config order. */
  components: Map<string, ComponentStatus>;
}

const DESCRIPTIONS: Record<Indicator, string> = {
  none: 'All systems operational',
  minor: 'Degraded performance',
  major: 'Partial outage',
  critical: 'Major outage',
  maintenance: 'Under maintenance',
};

/**
 * A component shows the worst status any open incident or maintenance in progress gives it.
 * The indicator is the worse of the open incidents' impact and what the components show;
 * `maintenance` only when nothing else is wrong.
 */
export function overallStatus(config: LoadedConfig, states: IncidentState[]): OverallStatus {
  const components = new Map<string, ComponentStatus>();
  for (const c of config.config.components) components.set(c.id, 'operational');
  let impact: Impact = 'none';
  let maintenance = false;
  for (const s of states) {
    if (!s.open) continue;
    if (s.maintenance) maintenance = true;
    else if (rank(s.incident.impact) > rank(impact)) impact = s.incident.impact;
    for (const [id, status] of s.current) {
      const was = components.get(id);
      if (was !== undefined && compareStatus(status, was) > 0) components.set(id, status);
    }
  }
  let worst: ComponentStatus = 'operational';
  for (const status of components.values()) if (compareStatus(status, worst) > 0) worst = status;
  const fromComponents = impactForStatus(worst);
  if (rank(fromComponents) > rank(impact)) impact = fromComponents;
  const indicator: Indicator = impact === 'none' && (maintenance || worst === 'under_maintenance') ? 'maintenance' : impact;
  return { indicator, description: DESCRIPTIONS[indicator], components };
}

function rank(impact: Impact): number {
  return IMPACTS.indexOf(impact);
}
