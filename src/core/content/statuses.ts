import English from '../i18n/messages/en.json' with { type: 'json' };
import type { MessageKey } from '../i18n/message-key.ts';
/** The vocabularies of the content contract, and how each is written by people. */

export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export const COMPONENT_STATUSES = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];
/** Statuses an incident may give a component (maintenance sets `under_maintenance` itself). */
export const OUTAGE_STATUSES = ['degraded_performance', 'partial_outage', 'major_outage'] as const;

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'update', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'update', 'completed', 'cancelled'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
export type UpdateStatus = IncidentStatus | MaintenanceStatus;

/** The catalog key of each status's label (src/core/i18n/messages/<tag>.json): pages say it in their language. */
export const STATUS_MESSAGE = {
  investigating: 'status.investigating',
  identified: 'status.identified',
  monitoring: 'status.monitoring',
  update: 'status.update',
  resolved: 'status.resolved',
  scheduled: 'status.scheduled',
  in_progress: 'status.in_progress',
  verifying: 'status.verifying',
  completed: 'status.completed',
  cancelled: 'status.cancelled',
} as const satisfies Record<UpdateStatus, MessageKey>;

/** What the page says of an incident with `opened_in_error: true`, in place of its status. */
export const OPENED_IN_ERROR_MESSAGE = 'status.opened_in_error' satisfies MessageKey;

/** A component's status as a label ("Partial outage"), in a pill or a badge. */
export const COMPONENT_STATUS_MESSAGE = {
  operational: 'component_status.operational',
  under_maintenance: 'component_status.under_maintenance',
  degraded_performance: 'component_status.degraded_performance',
  partial_outage: 'component_status.partial_outage',
  major_outage: 'component_status.major_outage',
} as const satisfies Record<ComponentStatus, MessageKey>;

/** The same inside a sentence ("API: partial outage, now operational"). */
export const COMPONENT_STATUS_IN_SENTENCE_MESSAGE = {
  operational: 'component_status_in_sentence.operational',
  under_maintenance: 'component_status_in_sentence.under_maintenance',
  degraded_performance: 'component_status_in_sentence.degraded_performance',
  partial_outage: 'component_status_in_sentence.partial_outage',
  major_outage: 'component_status_in_sentence.major_outage',
} as const satisfies Record<ComponentStatus, MessageKey>;

/** An impact as a label ("Major"), and as a phrase ("Major impact", "Scheduled maintenance"). */
export const IMPACT_MESSAGE = {
  none: 'impact.none',
  minor: 'impact.minor',
  major: 'impact.major',
  critical: 'impact.critical',
  maintenance: 'impact.maintenance',
} as const satisfies Record<Impact | 'maintenance', MessageKey>;
export const IMPACT_PHRASE_MESSAGE = {
  none: 'impact_phrase.none',
  minor: 'impact_phrase.minor',
  major: 'impact_phrase.major',
  critical: 'impact_phrase.critical',
  maintenance: 'impact_phrase.maintenance',
} as const satisfies Record<Impact | 'maintenance', MessageKey>;

/** The English labels, for the CLI and the check, which stay in English. */
const inEnglish = <K extends string>(keys: Record<K, MessageKey>): Record<K, string> =>
  Object.fromEntries(Object.entries<MessageKey>(keys).map(([k, key]) => [k, English[key]])) as Record<K, string>;
export const STATUS_LABELS: Record<UpdateStatus, string> = inEnglish(STATUS_MESSAGE);
export const COMPONENT_STATUS_LABELS: Record<ComponentStatus, string> = inEnglish(COMPONENT_STATUS_MESSAGE);
export const IMPACT_LABELS: Record<Impact, string> = inEnglish({
  none: 'impact.none',
  minor: 'impact.minor',
  major: 'impact.major',
  critical: 'impact.critical',
});

/** Severity order: a component shows the worst status any open incident or maintenance gives it. */
const SEVERITY: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst;
}

export function compareStatus(a: ComponentStatus, b: ComponentStatus): number {
  return SEVERITY[a] - SEVERITY[b];
}

/** PRODUCT.md: a list of components takes its status from `impact`. */
export const STATUS_FOR_IMPACT: Record<Impact, ComponentStatus> = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
};

/** A missing `impact` is derived from the worst component status. */
export function impactForStatus(status: ComponentStatus): Impact {
  switch (status) {
    case 'major_outage':
      return 'critical';
    case 'partial_outage':
      return 'major';
    case 'degraded_performance':
      return 'minor';
    default:
      return 'none';
  }
}

/** "In progress", "in-progress", "IN_PROGRESS" and "in progress" are all `in_progress`. */
export function normaliseWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const STATUS_ALIASES: Record<string, ComponentStatus> = {
  ok: 'operational',
  up: 'operational',
  degraded: 'degraded_performance',
  partial: 'partial_outage',
  down: 'major_outage',
  outage: 'major_outage',
  major: 'major_outage',
  maintenance: 'under_maintenance',
};

export function parseComponentStatus(text: string): ComponentStatus | undefined {
  const word = normaliseWord(text);
  if ((COMPONENT_STATUSES as readonly string[]).includes(word)) return word as ComponentStatus;
  return STATUS_ALIASES[word];
}

export function isIncidentStatus(word: string): word is IncidentStatus {
  return (INCIDENT_STATUSES as readonly string[]).includes(word);
}

export function isMaintenanceStatus(word: string): word is MaintenanceStatus {
  return (MAINTENANCE_STATUSES as readonly string[]).includes(word);
}
