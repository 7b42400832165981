import English from '../i18n/messages/en.json' with { type: 'json' };
import type { MessageKey } from '../i18n/message-key.ts';
import type { LoadedConfig } from '../content/config/config.ts';
import type { IncidentState } from './timeline.ts';
import { compareStatus, IMPACTS, impactForStatus, type ComponentStatus, type Impact } from '../content/statuses.ts';

/** Statuspage's `status.indicator`. */
export type Indicator = Impact | 'maintenance';

export interface OverallStatus {
  indicator: Indicator;
  /** In English, for the CLI and the workflows: "All systems operational", "Partial outage", … (pages use OVERALL_MESSAGE). */
  description: string;
  /** Every component's status at `now`, in config order. */
  components: Map<string, ComponentStatus>;
}

/** The catalog key of the overall status's words, which pages, badges and the API say in the page's language. */
export const OVERALL_MESSAGE = {
  none: 'overall.none',
  minor: 'overall.minor',
  major: 'overall.major',
  critical: 'overall.critical',
  maintenance: 'overall.maintenance',
} as const satisfies Record<Indicator, MessageKey>;

/**
 * A component shows the worst status any open incident or maintenance in progress gives it.
 * The indicator is what the components show, as Statuspage works out its top-level status, so the
 * banner never says more or less than the list below it: an incident whose update brought its
 * components down to a partial outage is `major` ("Partial outage") whatever its frontmatter
 * impact, and one that set them all back to operational no longer counts. Only an open incident
 * that names no component at all counts by its impact, having nothing else to show.
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
    else if (s.current.size === 0 && rank(s.incident.impact) > rank(impact)) impact = s.incident.impact;
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
  return { indicator, description: English[OVERALL_MESSAGE[indicator]], components };
}

function rank(impact: Impact): number {
  return IMPACTS.indexOf(impact);
}
