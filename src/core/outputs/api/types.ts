import type { Indicator } from '../../status/overall.ts';
import type { ComponentStatus, Impact } from '../../content/statuses.ts';

/**
 * The public Statuspage API v2 shapes (`https://<page>/api/v2/*.json`), with Statuspage's field
 * names, so existing clients and widgets read a Statusmark page unchanged. Times are ISO 8601 UTC.
 * `schemas/statuspage-v2.schema.json` says the same in JSON Schema; the tests hold the two together.
 */

export interface SpPage {
  id: string;
  name: string;
  /** The page's address, without a trailing slash, like Statuspage's. */
  url: string;
  time_zone: string;
  /** When the page was built: every state in the document is as of this time. */
  updated_at: string;
  /**
   * Statusmark's addition: the next time at which the clock alone changes a state in the API (a
   * maintenance window starting or ending), or null when none is ahead.
   */
  valid_until: string | null;
}

export interface SpStatus {
  indicator: Indicator;
  description: string;
}

export interface SpComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  /** 1-based: among the top-level entries, or among the group's components. */
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** A group's component ids. */
  components?: string[];
}

export interface SpAffectedComponent {
  /** The component's id. */
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

export type SpIncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem';
export type SpMaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface SpIncidentUpdate {
  id: string;
  status: SpIncidentStatus | SpMaintenanceStatus;
  /** The update's text as written (Markdown). */
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: SpAffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: string | null;
  tweet_id: string | null;
}

export interface SpIncident {
  id: string;
  name: string;
  status: SpIncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Impact;
  /** The incident's page. */
  shortlink: string;
  /** When it began; for maintenance that has not begun, when it was announced. */
  started_at: string;
  page_id: string;
  /** Newest first. */
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
}

export interface SpScheduledMaintenance extends Omit<SpIncident, 'status' | 'impact'> {
  status: SpMaintenanceStatus;
  impact: 'maintenance';
  scheduled_for: string;
  scheduled_until: string;
}

export interface SpSummary {
  page: SpPage;
  components: SpComponent[];
  incidents: SpIncident[];
  scheduled_maintenances: SpScheduledMaintenance[];
  status: SpStatus;
}

/** One incident or maintenance with its post-incident report, as `api/v2/incidents/<id>.json` gives it. */
export type SpIncidentDetail = (SpIncident | SpScheduledMaintenance) & {
  /** The published post-incident report as written (Markdown), or null. */
  postmortem_body: string | null;
  postmortem_body_last_updated_at: string | null;
  postmortem_published_at: string | null;
};

export interface SpIncidentDocument {
  page: SpPage;
  incident: SpIncidentDetail;
}

/** Statusmark's addition, `api/v2/incidents/all.json`: every listed incident and maintenance, and where its file is. */
export interface SpIncidentIndexEntry {
  id: string;
  name: string;
  status: SpIncidentStatus | SpMaintenanceStatus;
  impact: Impact | 'maintenance';
  created_at: string;
  updated_at: string;
  started_at: string;
  resolved_at: string | null;
  scheduled_for: string | null;
  scheduled_until: string | null;
  shortlink: string;
  /** The absolute address of the incident's own file. */
  url: string;
}

export interface SpIncidentIndex {
  page: SpPage;
  incidents: SpIncidentIndexEntry[];
}
