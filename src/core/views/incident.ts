import type { ComponentConfig } from '../content/config/config-schema.ts';
import { toString } from 'hast-util-to-string';
import { renderMarkdown } from '../content/markdown/markdown.ts';
import type { Update } from '../content/model.ts';
import { isOverdue, nextUpdateDue } from '../status/next-update.ts';
import { reportHtml, reportTree, updateHtml } from '../content/rendered-html.ts';
import { isListed } from '../site/listed.ts';
import type { SiteModel } from '../site/site.ts';
import {
  COMPONENT_STATUS_IN_SENTENCE_MESSAGE,
  IMPACT_MESSAGE,
  IMPACT_PHRASE_MESSAGE,
  OPENED_IN_ERROR_MESSAGE,
  STATUS_MESSAGE,
  worstStatus,
  type ComponentStatus,
  type Impact,
  type UpdateStatus,
} from '../content/statuses.ts';
import { durationText } from '../i18n/duration.ts';
import { translatorOf } from '../site/translator.ts';
import type { IncidentState, MaintenanceState } from '../status/timeline.ts';
import { cacheOf, type Caches } from '../shared/caches.ts';
import { oneLine, truncate } from '../shared/text-safety.ts';

export interface ComponentChangeView {
  id: string;
  name: string;
  from: ComponentStatus;
  to: ComponentStatus;
  /** The statuses as words inside a sentence ("partial outage"). */
  fromText: string;
  toText: string;
}

export interface UpdateView {
  anchor: string;
  at: Date;
  status: UpdateStatus;
  statusLabel: string;
  html: string;
  changes: ComponentChangeView[];
}

export interface AffectedView {
  id: string;
  name: string;
  /** The worst status the incident gave it. */
  worst: ComponentStatus;
  /** As words inside a sentence ("partial outage"), as is `nowText`. */
  worstText: string;
  /** Its status now within this incident (operational once over). */
  now: ComponentStatus;
  nowText: string;
}

/** What every list, card and page shows of one incident or maintenance. */
export interface IncidentSummary {
  id: string;
  /** Path under the site base, e.g. `incidents/2026-11-20-api/`. */
  path: string;
  title: string;
  kind: 'incident' | 'maintenance';
  status: UpdateStatus;
  statusLabel: string;
  impact: Impact | 'maintenance';
  impactLabel: string;
  /** "Major impact", "No impact", "Scheduled maintenance": the impact as a phrase. */
  impactText: string;
  open: boolean;
  maintenance?: MaintenanceState;
  start: Date;
  end?: Date;
  durationText: string;
  window?: { start: Date; end: Date };
  components: AffectedView[];
  hasReport: boolean;
}

export interface IncidentView extends IncidentSummary {
  summaryHtml?: string;
  eta?: Date;
  workaround?: string;
  /** Newest first. */
  updates: UpdateView[];
  latest: UpdateView;
  /** For an open incident: when the next update is due (`nextUpdateDue`). */
  nextUpdateBy?: Date;
  /** That time has passed at the model's `now` (the page script says so once it passes in the reader's browser). */
  nextUpdateLate?: boolean;
  reportHtml?: string;
  /** The report's `### Summary` section (or its first paragraph) as plain text. */
  reportSummary?: string;
  /** For an incident no list shows (opened in error, `opened_in_error: hide`): why, at the top of its page, which stays for links already shared. */
  unlistedNotice?: string;
}

export function incidentPath(id: string): string {
  return `incidents/${id}/`;
}

const SUMMARIES = cacheOf('incident summaries', () => new Map<IncidentState, IncidentSummary>());
const VIEWS = cacheOf('incident views', () => new Map<IncidentState, IncidentView>());

export function summarise(model: SiteModel, state: IncidentState): IncidentSummary {
  const summaries = model.caches.get(SUMMARIES);
  let s = summaries.get(state);
  if (s) return s;
  const { incident } = state;
  const { t } = translatorOf(model);
  const names = model.site.componentsById;
  const involved = new Map<string, ComponentStatus[]>();
  for (const c of incident.components) involved.set(c.component, [c.status]);
  for (const seg of state.segments) (involved.get(seg.component) ?? involved.set(seg.component, []).get(seg.component)!).push(seg.status);
  for (const u of incident.updates) for (const a of u.affected) if (!involved.has(a.component)) involved.set(a.component, [a.new_status]);
  const components = [...involved.entries()]
    .map(([id, statuses]) => {
      const worst = worstStatus(statuses);
      const now = state.current.get(id) ?? 'operational';
      return {
        id,
        name: names.get(id)?.name ?? id,
        worst,
        worstText: t(COMPONENT_STATUS_IN_SENTENCE_MESSAGE[worst]),
        now,
        nowText: t(COMPONENT_STATUS_IN_SENTENCE_MESSAGE[now]),
      };
    })
    .sort((a, b) => order(model, a.id) - order(model, b.id));
  const impact = incident.kind === 'maintenance' ? 'maintenance' : incident.impact;
  s = {
    id: incident.id,
    path: incidentPath(incident.id),
    title: incident.title,
    kind: incident.kind,
    status: state.status,
    statusLabel: t(incident.openedInError ? OPENED_IN_ERROR_MESSAGE : STATUS_MESSAGE[state.status]),
    impact,
    impactLabel: t(IMPACT_MESSAGE[impact]),
    impactText: t(IMPACT_PHRASE_MESSAGE[impact]),
    open: state.open,
    ...(state.maintenance ? { maintenance: state.maintenance } : {}),
    start: state.start,
    ...(state.end ? { end: state.end } : {}),
    durationText: durationText(translatorOf(model), state.durationMs),
    ...(incident.window ? { window: incident.window } : {}),
    components,
    hasReport: Boolean(incident.report),
  };
  summaries.set(state, s);
  return s;
}

function order(model: SiteModel, id: string): number {
  const i = model.site.config.components.findIndex((c: ComponentConfig) => c.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export function incidentView(model: SiteModel, state: IncidentState): IncidentView {
  const views = model.caches.get(VIEWS);
  let v = views.get(state);
  if (v) return v;
  const { incident } = state;
  const published = incident.updates.filter((u) => u.at <= model.now);
  const updates = published.map((u) => updateView(model, u));
  const latestUpdate = published[0] ?? incident.updates[incident.updates.length - 1]!;
  const latest = updates[0] ?? updateView(model, latestUpdate);
  const due = nextUpdateDue(state, model.site.config.policy, model.now);
  v = {
    ...summarise(model, state),
    ...(incident.summary ? { summaryHtml: renderMarkdown(incident.summary, { idPrefix: 'summary-', caches: model.caches }) } : {}),
    ...(incident.eta ? { eta: incident.eta } : {}),
    ...(incident.workaround ? { workaround: incident.workaround } : {}),
    updates,
    latest,
    ...(due ? { nextUpdateBy: due.at, nextUpdateLate: isOverdue(due, model.now) } : {}),
    ...(incident.report
      ? { reportHtml: reportHtml(incident, model.caches)!, reportSummary: reportSummary(incident.report.markdown, model.caches) }
      : {}),
    ...(isListed(model, state) ? {} : { unlistedNotice: translatorOf(model).t('incident.unlisted') }),
  };
  views.set(state, v);
  return v;
}

function updateView(model: SiteModel, u: Update): UpdateView {
  const { t } = translatorOf(model);
  const names = model.site.componentsById;
  const affected = [...u.affected].sort((a, b) => order(model, a.component) - order(model, b.component));
  return {
    anchor: u.anchor,
    at: u.at,
    status: u.status,
    statusLabel: t(STATUS_MESSAGE[u.status]),
    html: updateHtml(u, model.caches),
    changes: affected.map((a) => ({
      id: a.component,
      name: names.get(a.component)?.name ?? a.component,
      from: a.old_status,
      to: a.new_status,
      fromText: t(COMPONENT_STATUS_IN_SENTENCE_MESSAGE[a.old_status]),
      toText: t(COMPONENT_STATUS_IN_SENTENCE_MESSAGE[a.new_status]),
    })),
  };
}

/** A report's summary on the archive: a few sentences, so 500 reports make pages a reader can scan. */
export const REPORT_SUMMARY_SENTENCES = 3;
export const REPORT_SUMMARY_LENGTH = 300;
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentences under the report's "Summary" heading, else of its first paragraph, read from the
 * rendered report: at most REPORT_SUMMARY_SENTENCES, and REPORT_SUMMARY_LENGTH characters (a longer
 * first sentence is cut, with "…").
 */
export function reportSummary(markdown: string, caches?: Caches): string {
  const blocks = reportTree(markdown, caches).children.filter((n) => n.type === 'element');
  const isHeading = (n: (typeof blocks)[number]) => /^h[1-6]$/.test(n.tagName);
  const at = blocks.findIndex((n) => isHeading(n) && /summary/i.test(toString(n)));
  const paragraphs: string[] = [];
  for (let i = at + 1; i < blocks.length; i++) {
    const n = blocks[i]!;
    if (isHeading(n) || (at < 0 && paragraphs.length)) break;
    if (n.tagName === 'p') paragraphs.push(oneLine(toString(n)));
  }
  let summary = '';
  let count = 0;
  for (const { segment } of sentences.segment(paragraphs.join(' '))) {
    const next = `${summary}${segment}`;
    if (count && (count === REPORT_SUMMARY_SENTENCES || next.trim().length > REPORT_SUMMARY_LENGTH)) break;
    summary = next;
    count++;
  }
  return truncate(summary.trim(), REPORT_SUMMARY_LENGTH);
}
