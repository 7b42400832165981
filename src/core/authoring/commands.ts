/**
 * What each CLI command writes, as pure plans: read the workspace, compute the new text,
 * validate it with the same code as `npm run check`. Nothing here writes a file or calls GitHub.
 */
import { checkIncidentText } from '../checks/check.ts';
import { parseConfig, type LoadedConfig } from '../content/config/config.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { duplicateId } from '../content/duplicate-id.ts';
import { incidentIdOf } from '../shared/content-layout.ts';
import type { ComponentChange, Incident } from '../content/model.ts';
import { parseIncidentAt } from '../checks/in-future.ts';
import {
  COMPONENT_STATUS_LABELS,
  COMPONENT_STATUSES,
  IMPACTS,
  impactForStatus,
  INCIDENT_STATUSES,
  isIncidentStatus,
  isMaintenanceStatus,
  MAINTENANCE_STATUSES,
  normaliseWord,
  parseComponentStatus,
  STATUS_FOR_IMPACT,
  STATUS_LABELS,
  worstStatus,
  type ComponentStatus,
  type Impact,
  type IncidentStatus,
  type MaintenanceStatus,
  type UpdateStatus,
} from '../content/statuses.ts';
import { didYouMean } from '../shared/suggest.ts';
import { deriveState } from '../status/timeline.ts';
import { DAY, formatUtc, MINUTE, offsetMinutes, offsetProblem, parseTime } from '../shared/time.ts';
import { AuthoringError } from './authoring-error.ts';
import { clockLabel, clockTime, promisedLabel } from './clock.ts';
import { setFrontmatterField } from './frontmatter.ts';
import { addReport, longDate } from './report.ts';
import { insertUpdate, newIncidentText, newMaintenanceText, normaliseMessage, slugify, type ComponentEntry, type NewUpdate } from './text.ts';
import { findIncidentFile, folderFor, type Workspace } from './workspace.ts';


export interface Context {
  ws: Workspace;
  loaded: LoadedConfig;
  now: Date;
}

export function openContext(ws: Workspace, now: Date): Context {
  if (ws.configText === undefined) {
    throw new AuthoringError(`there is no status.config.yaml in ${ws.label}; set STATUS_DIR to your content root`);
  }
  const { loaded, diagnostics } = parseConfig(ws.configText);
  if (!loaded) throw new AuthoringError('status.config.yaml has errors; fix them first (npm run check)', diagnostics);
  return { ws, loaded, now };
}

export interface Plan {
  command: string;
  /** Path relative to the content root. */
  file: string;
  /** The file's text before the change; undefined for a new file. */
  before?: string;
  after: string;
  id: string;
  title: string;
  kind: 'incident' | 'maintenance';
  /** The update written, if any (the report adds none). */
  update?: NewUpdate;
  /** Components named by the change, with the status they get. */
  components: ComponentEntry[];
  /** "a Monitoring update", "an Identified update": what the change adds, for messages. */
  what: string;
  /** Pull request title. */
  prTitle: string;
}

// ---------------------------------------------------------------------------------------------
// Values from flags or prompts

/** "14:05 UTC", "14:05 +01:00", or on a 12-hour clock "2:05 PM UTC": a time of day, with its zone. */
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?(\s?(?:z|utc|gmt|[+-]\d{2}:?\d{2}))$/i;

export function parseAt(text: string | undefined, now: Date, what = '--at'): Date {
  if (text === undefined || text.trim() === '' || text.trim().toLowerCase() === 'now') return now;
  const t = text.trim();
  // A time of day is today, in its zone.
  const short = TIME_OF_DAY.exec(t);
  if (short) {
    const [, h, m, half, zoneText] = short;
    const zone = zoneText!.trim();
    const offset = offsetMinutes(zone);
    if (offset === undefined) throw new AuthoringError(`${what}: ${offsetProblem(zone)}`);
    let hour = Number(h);
    if (half) {
      if (hour < 1 || hour > 12) throw new AuthoringError(`${what}: "${t}" is not a time; on a 12-hour clock the hour is 1 to 12, e.g. 2:35 PM UTC or 14:35 UTC`);
      hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    }
    const localDay = new Date(now.getTime() + offset * MINUTE).toISOString().slice(0, 10);
    return parseAt(`${localDay} ${String(hour).padStart(2, '0')}:${m}${zoneText}`, now, what);
  }
  const r = parseTime(t);
  if (r.ok) return r.date;
  throw new AuthoringError(`${what}: ${r.message}`);
}

/** `--next`: minutes after the update, or a time; a time of day alone is the next such time after the update, as readers take it. */
export function parseNext(text: string, at: Date): Date {
  const t = text.trim();
  if (/^\d+$/.test(t)) return new Date(at.getTime() + Number(t) * MINUTE);
  let due = parseAt(t, at, '--next');
  if (due < at && TIME_OF_DAY.test(t)) due = new Date(due.getTime() + DAY);
  if (due < at) throw new AuthoringError(`--next: ${formatUtc(due)} is before the update (${formatUtc(at)}); give a later time, or minutes such as --next 30`);
  return due;
}

/** "2h", "90m", "1h30m", "1 h 30 min", "45 minutes" → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?\s*$/i.exec(text);
  if (!m || (!m[1] && !m[2])) throw new AuthoringError(`--duration: "${text}" is not a duration; write e.g. 2h, 90m or 1h30m`);
  const ms = (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * MINUTE;
  if (ms <= 0) throw new AuthoringError('--duration must be longer than zero');
  return ms;
}

export function parseImpact(text: string): Impact {
  const word = normaliseWord(text);
  if ((IMPACTS as readonly string[]).includes(word)) return word as Impact;
  throw new AuthoringError(`--impact: "${text}" is not an impact${didYouMean(word, IMPACTS)}; use one of: ${IMPACTS.join(', ')}`);
}

export function parseIncidentStatus(text: string): IncidentStatus {
  const word = normaliseWord(text);
  if (isIncidentStatus(word)) return word;
  const hint = isMaintenanceStatus(word) ? ' (that is a maintenance status)' : didYouMean(word, INCIDENT_STATUSES);
  throw new AuthoringError(`--status: "${text}" is not an incident status${hint}; use one of: ${INCIDENT_STATUSES.join(', ')}`);
}

export function parseMaintenanceStatus(text: string): MaintenanceStatus {
  const word = normaliseWord(text);
  if (isMaintenanceStatus(word)) return word;
  const hint = isIncidentStatus(word) ? ' (that is an incident status)' : didYouMean(word, MAINTENANCE_STATUSES);
  throw new AuthoringError(`--status: "${text}" is not a maintenance status${hint}; use one of: ${MAINTENANCE_STATUSES.join(', ')}`);
}

export interface ComponentSpec {
  id: string;
  status?: ComponentStatus;
}

/** `api, dashboard=degraded, email: down` (or several flags) → ids checked against the config, statuses normalised. */
export function parseComponents(values: string | readonly string[] | undefined, loaded: LoadedConfig, flag = '--components'): ComponentSpec[] {
  const list = (typeof values === 'string' ? [values] : (values ?? [])).flatMap((v) => v.split(/[,;]/));
  const known = [...loaded.componentsById.keys()];
  const out: ComponentSpec[] = [];
  for (const raw of list) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([^\s=:→>]+)\s*(?:(?:=|:|->|→)\s*(.+))?$/.exec(part);
    if (!m) throw new AuthoringError(`${flag}: "${part}" is not a component; write ids like api,dashboard or changes like api=operational`);
    const id = m[1]!;
    if (!loaded.componentsById.has(id)) {
      throw new AuthoringError(`${flag}: "${id}" is not a component${didYouMean(id, known)} (the components are: ${known.join(', ')})`);
    }
    let status: ComponentStatus | undefined;
    if (m[2] !== undefined) {
      status = parseComponentStatus(m[2]);
      if (!status) {
        throw new AuthoringError(
          `${flag}: "${m[2]}" is not a component status${didYouMean(normaliseWord(m[2]), COMPONENT_STATUSES)}; use one of: ${COMPONENT_STATUSES.join(', ')} (or ok, degraded, partial, down)`,
        );
      }
    }
    const existing = out.findIndex((c) => c.id === id);
    if (existing >= 0) out.splice(existing, 1);
    out.push({ id, ...(status ? { status } : {}) });
  }
  return out;
}

function changesOf(specs: readonly ComponentSpec[], flag = '--components'): ComponentChange[] {
  return specs.map((s) => {
    if (!s.status) throw new AuthoringError(`${flag}: say the new status of "${s.id}", e.g. ${s.id}=operational`);
    return { component: s.id, status: s.status };
  });
}

/** A title is one line: lists, feeds, notifications and the browser tab show it. */
function requireTitle(text: string, example: string): string {
  const title = text.trim();
  if (!title) throw new AuthoringError(`--title is empty: say ${example}`);
  if (/[\r\n]/.test(title)) throw new AuthoringError('--title has a line break: a title is one line, shown in lists, feeds and notifications; put the details in --message');
  return title;
}

/** The workaround as typed, line breaks normalised, without the blank space around it. */
function workaroundText(text: string | undefined): string | undefined {
  const workaround = normaliseMessage(text ?? '').trimStart();
  return workaround || undefined;
}

function requireMessage(message: string | undefined, flag = '--message'): string {
  const text = normaliseMessage(message ?? '');
  if (!text) throw new AuthoringError(`${flag} is empty: say what customers see, what you are doing and when the next update comes`);
  if (/^ {0,3}##(?:[ \t]|$)/m.test(text)) {
    throw new AuthoringError(`${flag}: a line starting with "## " would start a new update; use "###" for a heading inside an update`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Reading the incident a command changes

async function openIncident(ctx: Context, id: string): Promise<{ file: string; text: string; incident: Incident }> {
  const file = findIncidentFile(ctx.ws.files, id);
  if (!file) {
    const ids = ctx.ws.files.map(incidentIdOf);
    throw new AuthoringError(`there is no incident "${id}" in ${ctx.ws.label}${didYouMean(id, ids)}`);
  }
  const text = await ctx.ws.read(file);
  const { incident, diagnostics } = parseIncidentAt(file, text, { components: ctx.loaded.componentsById }, ctx.now);
  if (!incident) throw new AuthoringError(`${file} has errors; fix them first (npm run check)`, diagnostics);
  return { file, text, incident };
}

function componentNames(ctx: Context, entries: readonly { id: string }[]): string {
  return entries.map((e) => ctx.loaded.componentsById.get(e.id)?.name ?? e.id).join(', ');
}

// ---------------------------------------------------------------------------------------------
// The commands

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

function newFileName(ctx: Context, date: Date, slug: string): string {
  const base = `${date.toISOString().slice(0, 10)}-${slug}`;
  const taken = new Set(ctx.ws.files.map(incidentIdOf));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return `${folderFor(ctx.ws.files, date)}/${id}.md`;
}

export function planNew(ctx: Context, o: NewOptions): Plan {
  const title = requireTitle(o.title, 'what customers see, e.g. "Elevated error rates on the REST API"');
  const message = requireMessage(o.message);
  const withStatus = o.components.filter((c) => c.status);
  if (withStatus.some((c) => c.status === 'operational' || c.status === 'under_maintenance')) {
    throw new AuthoringError('--components: an incident gives components degraded_performance, partial_outage or major_outage');
  }
  const impact = o.impact ?? (withStatus.length === o.components.length && withStatus.length ? impactForStatus(worstStatus(withStatus.map((c) => c.status!))) : undefined);
  if (!impact) throw new AuthoringError('--impact is missing: minor, major, critical or none (or give each component a status, e.g. api=partial_outage)');
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
  const fields = [...(o.eta ? [{ key: 'eta', value: formatUtc(o.eta) }] : []), ...(workaround ? [{ key: 'workaround', value: workaround }] : [])];
  let out = text;
  for (const field of fields) {
    const edited = setFrontmatterField(out, field);
    if (edited === undefined) {
      throw new AuthoringError(`${file}: its frontmatter is not written as \`key: value\` lines, so \`${field.key}\` cannot be set; set it by hand, then run the command without --${field.key}`);
    }
    out = edited;
  }
  return { text: out, set: fields.map((f) => f.key) };
}

export async function planUpdate(ctx: Context, id: string, o: UpdateOptions, command = 'update'): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  const maintenance = incident.kind === 'maintenance';
  if (command === 'update' && maintenance) {
    throw new AuthoringError(`${incident.id} is scheduled maintenance; use \`maintenance update ${incident.id}\` or \`maintenance complete ${incident.id}\``);
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
}

/** The Resolved update: components back to operational; for major and critical incidents, when the report follows. */
export async function planResolve(ctx: Context, id: string, o: ResolveOptions): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  if (incident.kind === 'maintenance') throw new AuthoringError(`${incident.id} is scheduled maintenance; use \`maintenance complete ${incident.id}\``);
  if (incident.resolved && incident.resolved <= o.at) {
    throw new AuthoringError(`${incident.id} was already resolved at ${formatUtc(incident.resolved)}; to add news, use \`update ${incident.id}\``);
  }
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

export interface MaintenanceOptions {
  title: string;
  start: Date;
  end: Date;
  components: ComponentSpec[];
  message?: string;
  at: Date;
  slug?: string;
}

export function planMaintenance(ctx: Context, o: MaintenanceOptions): Plan {
  const title = requireTitle(o.title, 'what the work is, e.g. "Database upgrade"');
  if (o.end <= o.start) throw new AuthoringError(`the window ends (${formatUtc(o.end)}) before it starts (${formatUtc(o.start)})`);
  if (o.components.some((c) => c.status === 'operational')) throw new AuthoringError('--components: maintenance cannot set a component to operational');
  const asList = o.components.every((c) => !c.status || c.status === 'under_maintenance');
  const components: ComponentEntry[] = o.components.map((c) => ({ id: c.id, status: c.status ?? 'under_maintenance' }));
  const names = componentNames(ctx, components);
  const sameDay = o.start.toISOString().slice(0, 10) === o.end.toISOString().slice(0, 10);
  const clock = ctx.loaded.config.time_format;
  const window = sameDay
    ? `on ${longDate(o.start)}, from ${clockTime(o.start, clock)} to ${clockLabel(o.end, clock)}`
    : `from ${longDate(o.start)}, ${clockLabel(o.start, clock)} to ${longDate(o.end)}, ${clockLabel(o.end, clock)}`;
  const message = o.message?.trim()
    ? requireMessage(o.message)
    : `We will carry out planned maintenance ${window}.${names ? ` Affected: ${names}.` : ''} We will post here when the work starts.`;
  const file = newFileName(ctx, o.start, slugify(o.slug ?? title));
  const update: NewUpdate = { at: o.at, status: 'scheduled', changes: [], message };
  return {
    command: 'maintenance',
    file,
    after: newMaintenanceText({ title, window: { start: o.start, end: o.end }, components, asList, update }),
    id: incidentIdOf(file),
    title,
    kind: 'maintenance',
    update,
    components,
    what: 'new scheduled maintenance',
    prTitle: `Maintenance: ${title} (${formatUtc(o.start)})`,
  };
}

export async function planMaintenanceComplete(ctx: Context, id: string, o: ResolveOptions): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  if (incident.kind !== 'maintenance') throw new AuthoringError(`${incident.id} is an incident, not maintenance; use \`resolve ${incident.id}\``);
  if (incident.updates.some((u) => u.status === 'completed')) throw new AuthoringError(`${incident.id} already has a Completed update`);
  if (incident.updates[0]?.effectiveStatus === 'cancelled') throw new AuthoringError(`${incident.id} was cancelled; there is nothing to complete`);
  const message = o.message?.trim() ? requireMessage(o.message) : 'The maintenance is complete. All services work normally.';
  const update: NewUpdate = { at: o.at, status: 'completed', changes: [], message };
  return {
    command: 'maintenance complete',
    file,
    before: text,
    after: insertUpdate(text, incident, update),
    id: incident.id,
    title: incident.title,
    kind: 'maintenance',
    update,
    components: incident.components.map((c) => ({ id: c.component, status: 'operational' })),
    what: 'the Completed update',
    prTitle: `Completed: ${incident.title}`,
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

// ---------------------------------------------------------------------------------------------
// Validation: the same code as `npm run check`

export interface Validation {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export function validatePlan(ctx: Context, plan: Plan): Validation {
  const { diagnostics } = checkIncidentText(plan.file, plan.after, ctx.loaded, { now: ctx.now });
  const all = [...diagnostics];
  if (plan.before === undefined) {
    const other = ctx.ws.files.find((f) => f !== plan.file && incidentIdOf(f) === plan.id);
    if (other || ctx.ws.files.includes(plan.file)) {
      all.push(duplicateId(plan.file, other ?? plan.file));
    }
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  return { diagnostics: sortDiagnostics(all), errors, warnings: all.length - errors };
}

export function describeComponents(ctx: Context, entries: readonly ComponentEntry[]): { name: string; status: string }[] {
  return entries.map((e) => ({ name: ctx.loaded.componentsById.get(e.id)?.name ?? e.id, status: COMPONENT_STATUS_LABELS[e.status] }));
}
