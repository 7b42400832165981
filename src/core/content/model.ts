import type { ComponentStatus, Impact, UpdateStatus } from './statuses.ts';

/** A component status set by an update's `Components:` line (or the frontmatter, at the start). */
export interface ComponentChange {
  component: string;
  status: ComponentStatus;
}

/** Statuspage's `affected_components` entry of an update. */
export interface AffectedComponent {
  component: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

export interface Update {
  /** Stable anchor on the incident page, e.g. `update-2026-11-20-1405`. */
  anchor: string;
  at: Date;
  /** As written; `update` means "no change of status". */
  status: UpdateStatus;
  /** The status in force after this update (`update` resolved to the one before it). */
  effectiveStatus: UpdateStatus;
  /** The update's Markdown without its `Components:` line. */
  markdown: string;
  changes: ComponentChange[];
  /** Filled by the timeline: old and new status of each component this update changed. */
  affected: AffectedComponent[];
  line: number;
}

export type IncidentKind = 'incident' | 'maintenance';

export interface Incident {
  /** The file name without `.md`; unique across sub-folders. */
  id: string;
  /** Path relative to the content root. */
  file: string;
  kind: IncidentKind;
  title: string;
  /** `impact` as written, or derived from the worst component status; `none` for maintenance. */
  impact: Impact;
  /** Components as listed in frontmatter, with the status they take when the incident starts. */
  components: ComponentChange[];
  started: Date;
  /** `resolved` from frontmatter, else the time of the Resolved/Completed update that ended it. */
  resolved?: Date;
  eta?: Date;
  workaround?: string;
  window?: { start: Date; end: Date };
  owners: string[];
  summary?: string;
  /** Newest first. */
  updates: Update[];
  report?: { markdown: string; line: number };
  /** `opened_in_error: true`: opened by mistake; ended at its latest update, no report due, no downtime. */
  openedInError?: true;
}
