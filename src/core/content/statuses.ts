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

export const STATUS_LABELS: Record<UpdateStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  update: 'Update',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** What the page says of an incident with `opened_in_error: true`, in place of its status. */
export const OPENED_IN_ERROR_LABEL = 'Opened in error';

export const COMPONENT_STATUS_LABELS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

export const IMPACT_LABELS: Record<Impact, string> = {
  none: 'No impact',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

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
