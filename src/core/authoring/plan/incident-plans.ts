/** `new`, `update` (also `maintenance update`), `resolve` and `report`: the plan of each, from checked values. */
import type { ComponentChange, Incident } from '../../content/model.ts';
import {
  impactForStatus,
  isIncidentStatus,
  isMaintenanceStatus,
  STATUS_FOR_IMPACT,
  STATUS_LABELS,
  worstStatus,
  type Impact,
  type IncidentStatus,
  type UpdateStatus,
} from '../../content/statuses.ts';
import { incidentIdOf } from '../../shared/content-layout.ts';
import { formatUtc, MINUTE } from '../../shared/time.ts';
import { deriveState } from '../../status/timeline.ts';
import { promisedLabel } from '../text/clock.ts';
import { setFrontmatterField } from '../text/frontmatter.ts';
import { insertUpdate, newIncidentText, slugify, type ComponentEntry, type NewUpdate } from '../text/incident-text.ts';
import { addReport } from '../text/report-skeleton.ts';
import { AuthoringError } from './authoring-error.ts';
import { newFileName, openIncident, type Context, type Plan } from './context.ts';
import { changesOf, requireMessage, requireTitle, workaroundText, type ComponentSpec } from './flag-values.ts';

export interface NewOptions {
  title: string;
  impact?: Impact;
  components: ComponentSpec[];
  status: IncidentStatus;
  message: string;
  at: Date;
  started?: Date;
  eta?: Date;
  workaround?: string;
  /** File name slug; from the title by default. */
  slug?: string;
}

export function planNew(ctx: Context, o: NewOptions): Plan {
  const title = requireTitle(o.title, 'what customers see, e.g. "Elevated error rates on the REST API"');
  const message = requireMessage(o.message);
  const withStatus = o.components.filter((c) => c.status);
  if (withStatus.some((c) => c.status === 'operational' || c.status === 'under_maintenance')) {
    throw new AuthoringError('--components: an incident gives components degraded_performance, partial_outage or major_outage');
  }
  const impact =
    o.impact ??
    (withStatus.length === o.components.length && withStatus.length
      ? impactForStatus(worstStatus(withStatus.map((c) => c.status!)))
      : undefined);
  if (!impact)
    throw new AuthoringError(
      '--impact is missing: minor, major, critical or none (or give each component a status, e.g. api=partial_outage)',
    );
  const asList = withStatus.length === 0;
  if (!asList && impact === 'none' && withStatus.length !== o.components.length) {
    throw new AuthoringError('--components: with impact none, give every component its status, or list ids only');
  }
  const components: ComponentEntry[] = o.components.map((c) => ({ id: c.id, status: c.status ?? STATUS_FOR_IMPACT[impact] }));
  const start = o.started ?? o.at;
  const file = newFileName(ctx, start, o.slug ? slugify(o.slug) : slugify(title));
  const update: NewUpdate = { at: o.at, status: o.status, changes: [], message };
  const workaround = workaroundText(o.workaround);
  const after = newIncidentText({
    title,
    impact,
    components,
    asList,
    ...(o.started ? { started: o.started } : {}),
    ...(o.eta ? { eta: o.eta } : {}),
    ...(workaround ? { workaround } : {}),
    update,
  });
  return {
    command: 'new',
    file,
    after,
    id: incidentIdOf(file),
    title,
    kind: 'incident',
    update,
    components,
    what: impact === 'none' ? 'a new incident with no impact' : `a new ${impact} incident`,
    prTitle: `Incident: ${title} (${STATUS_LABELS[o.status]})`,
  };
}

export interface UpdateOptions {
  status?: UpdateStatus;
  message: string;
  at: Date;
  components: ComponentSpec[];
  /** A new `eta` for the frontmatter. */
  eta?: Date;
  /** A new `workaround` for the frontmatter. */
  workaround?: string;
}

/** The incident's text with its `eta` and `workaround` set, where given; the names of the fields set. */
function withFields(file: string, text: string, o: UpdateOptions): { text: string; set: string[] } {
  const workaround = workaroundText(o.workaround);
  const fields = [
    ...(o.eta ? [{ key: 'eta', value: formatUtc(o.eta) }] : []),
    ...(workaround ? [{ key: 'workaround', value: workaround }] : []),
  ];
  let out = text;
  for (const field of fields) {
    const edited = setFrontmatterField(out, field);
    if (edited === undefined) {
      throw new AuthoringError(
        `${file}: its frontmatter is not written as \`key: value\` lines, so \`${field.key}\` cannot be set; set it by hand, then run the command without --${field.key}`,
      );
    }
    out = edited;
  }
  return { text: out, set: fields.map((f) => f.key) };
}

export async function planUpdate(ctx: Context, id: string, o: UpdateOptions, command = 'update'): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  const maintenance = incident.kind === 'maintenance';
  if (command === 'update' && maintenance) {
    throw new AuthoringError(
      `${incident.id} is scheduled maintenance; use \`maintenance update ${incident.id}\` or \`maintenance complete ${incident.id}\``,
    );
  }
  if (command !== 'update' && !maintenance) {
    throw new AuthoringError(`${incident.id} is an incident, not maintenance; use \`update ${incident.id}\` or \`resolve ${incident.id}\``);
  }
  const status: UpdateStatus = o.status ?? (maintenance ? (o.at < incident.window!.start ? 'scheduled' : 'in_progress') : 'update');
  if (maintenance ? !isMaintenanceStatus(status) : !isIncidentStatus(status)) {
    throw new AuthoringError(`--status: ${STATUS_LABELS[status]} is not ${maintenance ? 'a maintenance' : 'an incident'} status`);
  }
  const changes = changesOf(o.components);
  const update: NewUpdate = { at: o.at, status, changes, message: requireMessage(o.message) };
  // The update first: its place comes from the parsed file's line numbers, which the frontmatter edit would shift.
  const after = withFields(file, insertUpdate(text, incident, update), o);
  return {
    command,
    file,
    before: text,
    after: after.text,
    id: incident.id,
    title: incident.title,
    kind: incident.kind,
    update,
    components: changes.map((c) => ({ id: c.component, status: c.status })),
    what: `${anUpdate(status)}${after.set.length ? `, and the new ${after.set.join(' and ')}` : ''}`,
    prTitle: `${incident.title}: ${status === 'update' ? 'update' : `${STATUS_LABELS[status]} update`}`,
  };
}

/** "an Identified update", "a Monitoring update"; an Update is news with no change of status. */
function anUpdate(status: UpdateStatus): string {
  if (status === 'update') return 'an update with no change of status';
  const label = STATUS_LABELS[status];
  // Every status label that starts with a vowel letter starts with a vowel sound.
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} update`;
}

export interface ResolveOptions {
  message?: string;
  at: Date;
  /** `--in-error`: the incident was opened by mistake; `opened_in_error: true`, and a final update that says so. */
  inError?: boolean;
}

/** What the final update of an incident opened in error says, unless the responder's words already say it. */
export const IN_ERROR_OPENING = 'This incident was opened in error.';
export const IN_ERROR_MESSAGE = `${IN_ERROR_OPENING} Our services were not affected.`;

/** The Resolved update: components back to operational; for major and critical incidents, when the report follows. */
export async function planResolve(ctx: Context, id: string, o: ResolveOptions): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  if (incident.kind === 'maintenance')
    throw new AuthoringError(`${incident.id} is scheduled maintenance; use \`maintenance complete ${incident.id}\``);
  if (incident.openedInError) {
    throw new AuthoringError(`${incident.id} is already marked as opened in error; to add news, use \`update ${incident.id}\``);
  }
  if (incident.resolved && incident.resolved <= o.at) {
    throw new AuthoringError(
      o.inError
        ? `${incident.id} was already resolved at ${formatUtc(incident.resolved)}; to mark it as opened in error, add \`opened_in_error: true\` to its frontmatter`
        : `${incident.id} was already resolved at ${formatUtc(incident.resolved)}; to add news, use \`update ${incident.id}\``,
    );
  }
  if (o.inError) return planResolveInError(file, text, incident, o);
  const state = deriveState(incident, o.at);
  const changes: ComponentChange[] = [...state.current]
    .filter(([, status]) => status !== 'operational')
    .map(([component]) => ({ component, status: 'operational' as const }));
  let message = o.message?.trim() ? requireMessage(o.message) : 'This incident is resolved. All affected services work normally again.';
  if (!o.message?.trim() && (incident.impact === 'major' || incident.impact === 'critical')) {
    const due = new Date(o.at.getTime() + ctx.loaded.config.policy.report_due_minutes * MINUTE);
    message += ` We will publish a post-incident report here by ${promisedLabel(due, o.at, ctx.loaded.config.time_format)}.`;
  }
  const update: NewUpdate = { at: o.at, status: 'resolved', changes, message };
  return {
    command: 'resolve',
    file,
    before: text,
    after: insertUpdate(text, incident, update),
    id: incident.id,
    title: incident.title,
    kind: 'incident',
    update,
    components: changes.map((c) => ({ id: c.component, status: c.status })),
    what: 'the Resolved update',
    prTitle: `Resolved: ${incident.title}`,
  };
}

/**
 * Ends an incident opened by mistake: `opened_in_error: true` in the frontmatter and a Resolved
 * update that says so. No Components: line, since nothing was affected (the flag keeps it off
 * the uptime), and no report is promised, since none is due.
 */
function planResolveInError(file: string, text: string, incident: Incident, o: ResolveOptions): Plan {
  const own = o.message?.trim() ? requireMessage(o.message) : undefined;
  const message = own === undefined ? IN_ERROR_MESSAGE : /\bin error\b/i.test(own) ? own : `${IN_ERROR_OPENING} ${own}`;
  const update: NewUpdate = { at: o.at, status: 'resolved', changes: [], message };
  // The update first: its place comes from the parsed file's line numbers, which the frontmatter edit would shift.
  const after = setFrontmatterField(insertUpdate(text, incident, update), { key: 'opened_in_error', value: true });
  if (after === undefined) {
    throw new AuthoringError(
      `${file}: its frontmatter is not written as \`key: value\` lines, so \`opened_in_error\` cannot be set; add \`opened_in_error: true\` by hand and a final update that says so`,
    );
  }
  return {
    command: 'resolve',
    file,
    before: text,
    after,
    id: incident.id,
    title: incident.title,
    kind: 'incident',
    update,
    components: [],
    what: 'the final update, marked as opened in error',
    prTitle: `Opened in error: ${incident.title}`,
  };
}

export async function planReport(ctx: Context, id: string): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  if (incident.report) throw new AuthoringError(`${incident.id} already has a post-incident report (line ${incident.report.line})`);
  return {
    command: 'report',
    file,
    before: text,
    after: addReport(text, incident, ctx.loaded),
    id: incident.id,
    title: incident.title,
    kind: incident.kind,
    components: incident.components.map((c) => ({ id: c.component, status: c.status })),
    what: 'a post-incident report skeleton',
    prTitle: `Post-incident report: ${incident.title}`,
  };
}
