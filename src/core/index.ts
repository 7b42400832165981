/**
 * `statusmark/core`: the functions a team's own scripts use, with their types. Load a content
 * root, check it, build the site model at a time, read its status, and render what the site
 * publishes (feeds, the Statuspage API, the calendar) without running Astro.
 */
export { loadContentRoot, type ContentRoot, type LoadOptions } from './content/load.ts';
export { loadConfig, parseConfig, type LoadedConfig } from './content/config/config.ts';
export type { AffectedComponent, ComponentChange, Incident, IncidentKind, Update } from './content/model.ts';
export { checkContent, checkContentRoot, type CheckOptions } from './checks/check.ts';
export { countBySeverity, sortDiagnostics, type Diagnostic, type DiagnosticCode, type Position } from './diagnostics/diagnostics.ts';
export { REPORTERS } from './diagnostics/reporters/index.ts';
export { ContentError, readSiteModel } from './pipeline.ts';
export { buildSiteModel, type CheckedContent, type SiteModel } from './site/site.ts';
export { contentRootFromEnv, nowFromEnv } from './shared/env.ts';
export { inlineArrows, textDirection, type InlineArrows, type TextDirection } from './shared/text-direction.ts';
export { deriveState, type IncidentState, type MaintenanceState } from './status/timeline.ts';
export { overallStatus, type Indicator, type OverallStatus } from './status/overall.ts';
export { componentUptime, type ComponentUptime, type DayUptime } from './status/uptime.ts';
export { nextUpdateDue, type NextUpdateDue } from './status/next-update.ts';
export {
  nextTimeChange,
  timeChanges,
  WATCHDOG_GRACE_MINUTES,
  type TimeChange,
  type TimeChangeKind,
  type TimedContent,
} from './status/time-changes.ts';
export {
  buildFeed,
  feedFile,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedDocument,
  type FeedFormat,
  type FeedItem,
  type FeedScope,
} from './outputs/feeds/index.ts';
export { API_DOCUMENTS, apiDocument, apiFile, statuspageApi, type ApiDocumentName } from './outputs/api/statuspage.ts';
export { maintenanceCalendar } from './outputs/ical.ts';
