import { basename } from 'node:path';
import matter from 'gray-matter';
import type { ComponentConfig } from './config/config-schema.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { DiagnosticBag, FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostics.ts';
import type { HeadingBlock } from './incident-body.ts';
import { incidentIdOf } from '../shared/content-layout.ts';
import { IncidentFrontmatterSchema, MaintenanceFrontmatterSchema } from './incident-frontmatter.ts';
import { scanBodyWithinLimits } from './limits.ts';
import { checkMarkdownSafety } from './markdown/markdown.ts';
import type { ComponentChange, Incident, IncidentKind, Update } from './model.ts';
import { checkTitle, unseenInName } from './readable-text.ts';
import { reportIssues } from './yaml/schema-issues.ts';
import {
  COMPONENT_STATUSES,
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
  type Impact,
  type UpdateStatus,
} from './statuses.ts';
import { didYouMean, suggest } from '../shared/suggest.ts';
import { formatUtc, parseTime, TIME_EXAMPLE } from '../shared/time.ts';
import { YamlSource } from './yaml/yaml-source.ts';

export interface ParseContext {
  components: ReadonlyMap<string, ComponentConfig>;
  now: Date;
}

const INCIDENT_WORDS = INCIDENT_STATUSES.map((s) => STATUS_LABELS[s]);
const MAINTENANCE_WORDS = MAINTENANCE_STATUSES.map((s) => STATUS_LABELS[s]);

/** Reads one incident or maintenance file. Returns the incident only when the file has no errors. */
export function parseIncident(file: string, text: string, ctx: ParseContext): { incident?: Incident; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag(file);
  try {
    const incident = parseInto(bag, file, text, ctx);
    return { incident: bag.hasErrors ? undefined : incident, diagnostics: bag.items };
  } catch (error) {
    // Never a stack trace: an unexpected failure is a finding about this file, and the others are still read.
    bag.report(CATALOG.internalError, FILE_START, { error: (error as Error).message ?? String(error) });
    return { diagnostics: bag.items };
  }
}

function parseInto(bag: DiagnosticBag, file: string, text: string, ctx: ParseContext): Incident | undefined {
  const id = incidentIdOf(file);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    bag.report(CATALOG.badFileName, FILE_START, { name: basename(file), unseen: unseenInName(basename(file)) });
  }
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(source)) {
    bag.report(CATALOG.missingFrontmatter, FILE_START);
    return undefined;
  }
  let yaml: YamlSource | undefined;
  const parsed = matter(source, {
    engines: {
      yaml: (s: string) => {
        yaml = new YamlSource(s, 1);
        return {};
      },
    },
  });
  if (!yaml) yaml = new YamlSource('', 1);
  if (!yaml.reportSyntax(bag)) return undefined;
  const data: unknown = yaml.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    bag.report(CATALOG.frontmatterNotAMap, FILE_START);
    return undefined;
  }
  const fm = data as Record<string, unknown>;
  const kind: IncidentKind = fm.kind === 'maintenance' ? 'maintenance' : 'incident';
  if (fm.kind !== undefined && fm.kind !== 'incident' && fm.kind !== 'maintenance') {
    bag.report(CATALOG.unknownKind, yaml.position(['kind']), { kind: String(fm.kind) });
    return undefined;
  }
  if (kind === 'incident' && 'window' in fm) {
    bag.report(CATALOG.windowInIncident, yaml.position([], 'window'));
    return undefined;
  }
  const schema = kind === 'maintenance' ? MaintenanceFrontmatterSchema : IncidentFrontmatterSchema;
  const result = schema.safeParse(fm);
  if (!result.success) {
    reportIssues(result.error.issues, schema, yaml, bag, 'frontmatter');
    return undefined;
  }
  const front = result.data as Record<string, unknown> & { title: string };
  const src = yaml;
  checkTitle(front.title, () => src.position(['title']), (line) => source.split('\n', line)[line - 1] ?? '', bag);
  const time = (path: string[]): Date | undefined => {
    let value: unknown = front;
    for (const p of path) value = (value as Record<string, unknown> | undefined)?.[p];
    if (typeof value !== 'string') return undefined;
    return checkTime(value, () => src.position(path), bag, `\`${path.join('.')}\``);
  };
  const started = time(['started']);
  const resolved = time(['resolved']);
  const eta = time(['eta']);
  const window = kind === 'maintenance' ? { start: time(['window', 'start']), end: time(['window', 'end']) } : undefined;

  const impactWritten = front.impact as Impact | undefined;
  const components = readComponents(front.components, impactWritten, kind, src, bag, ctx);
  const impact: Impact =
    kind === 'maintenance' ? 'none' : (impactWritten ?? impactForStatus(worstStatus(components.map((c) => c.status))));

  // The body starts on the line after the closing `---`.
  const firstBodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;
  const structure = scanBodyWithinLimits(parsed.content, firstBodyLine, bag);
  if (!structure) return undefined;
  checkMarkdownSafety(parsed.content, firstBodyLine, bag);

  const updates: Update[] = [];
  for (const block of structure.headings) {
    const update = readUpdate(block, kind, bag, ctx);
    if (update) updates.push(update);
  }
  if (structure.headings.length === 0) {
    bag.report(kind === 'maintenance' ? CATALOG.noAnnouncement : CATALOG.noUpdates, { line: firstBodyLine, column: 1 });
  }
  if (bag.hasErrors) return undefined;

  // Chronological pass: effective status ("Update" keeps the previous one) and anchors.
  const chronological = [...updates].sort((a, b) => a.at.getTime() - b.at.getTime() || b.line - a.line);
  let current: UpdateStatus = kind === 'maintenance' ? 'scheduled' : 'investigating';
  const anchors = new Set<string>();
  for (const u of chronological) {
    if (u.status !== 'update') current = u.status;
    u.effectiveStatus = current;
    const base = `update-${u.at.toISOString().slice(0, u.at.getUTCSeconds() ? 19 : 16).replace(/[T:]/g, '-')}`.toLowerCase();
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
    u.anchor = anchor;
  }
  const first = chronological[0];
  const last = chronological[chronological.length - 1];
  const start = started ?? (kind === 'maintenance' ? window?.start : undefined) ?? first?.at ?? ctx.now;
  const isEnd = (s: UpdateStatus) => (kind === 'maintenance' ? s === 'completed' || s === 'cancelled' : s === 'resolved');
  let ended = resolved;
  if (!ended && last && isEnd(last.effectiveStatus)) {
    // The update that ended it: the earliest of the final run of ended updates.
    let k = chronological.length - 1;
    while (k > 0 && chronological[k - 1]!.effectiveStatus === last.effectiveStatus) k--;
    ended = chronological[k]!.at;
  }

  // Maintenance may be called off before its window starts: that end comes before the start.
  const calledOff = kind === 'maintenance' && last?.effectiveStatus === 'cancelled';
  checkTimeline({ kind, started, start, resolved, ...(calledOff ? {} : { ended }), updates: chronological, window, now: ctx.now, src, bag });
  if (bag.hasErrors) return undefined;

  const owner = front.owner as string | string[] | undefined;
  return {
    id,
    file,
    kind,
    title: front.title,
    impact,
    components,
    started: start,
    ...(ended ? { resolved: ended } : {}),
    ...(eta ? { eta } : {}),
    ...(typeof front.workaround === 'string' ? { workaround: front.workaround } : {}),
    ...(window?.start && window.end ? { window: { start: window.start, end: window.end } } : {}),
    owners: owner === undefined ? [] : Array.isArray(owner) ? owner : [owner],
    ...(structure.summary ? { summary: structure.summary.markdown } : {}),
    updates: chronological.reverse(),
    ...(structure.report ? { report: { markdown: structure.report.body, line: structure.report.line } } : {}),
  };
}

/** `at` may be a function: locating a value costs a positioned YAML parse, worth paying only for an error. */
function checkTime(value: string, at: Position | (() => Position), bag: DiagnosticBag, what: string): Date | undefined {
  const t = parseTime(value);
  if (t.ok) return t.date;
  const entry = t.reason === 'no-zone' ? CATALOG.timeNoZone : t.reason === 'invalid' ? CATALOG.timeDoesNotExist : CATALOG.timeUnreadable;
  bag.report(entry, typeof at === 'function' ? at() : at, { what, problem: t.message, example: TIME_EXAMPLE });
  return undefined;
}

function readComponents(
  value: unknown,
  impact: Impact | undefined,
  kind: IncidentKind,
  src: YamlSource,
  bag: DiagnosticBag,
  ctx: ParseContext,
): ComponentChange[] {
  if (value === undefined) return [];
  const known = [...ctx.components.keys()];
  const out: ComponentChange[] = [];
  const listStatus = kind === 'maintenance' ? 'under_maintenance' : STATUS_FOR_IMPACT[impact ?? 'minor'];
  const checkId = (id: string, at: () => Position): boolean => {
    if (ctx.components.has(id)) return true;
    bag.report(CATALOG.unknownComponent, at(), { id, suggestion: didYouMean(id, known), known });
    return false;
  };
  if (Array.isArray(value)) {
    value.forEach((id: string, i) => {
      if (checkId(id, () => src.position(['components', i]))) out.push({ component: id, status: listStatus });
    });
    if (kind === 'incident' && impact === 'none' && value.length) {
      // An incident with no impact still lists what it touched, without changing any status.
      for (const c of out) c.status = 'operational';
    }
    return dedupe(out);
  }
  for (const [id, statusText] of Object.entries(value as Record<string, string>)) {
    if (!checkId(id, () => src.position(['components'], id))) continue;
    const status = parseComponentStatus(statusText);
    if (!status || status === 'operational') {
      bag.report(CATALOG.frontmatterComponentStatus, src.position(['components', id]), {
        status: statusText,
        suggestion: didYouMean(statusText, [...COMPONENT_STATUSES]),
      });
      continue;
    }
    out.push({ component: id, status });
  }
  return out;
}

function dedupe(list: ComponentChange[]): ComponentChange[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.component) && seen.add(c.component));
}

/** Between an update heading's time and status: `·`, `–`, `—`, `|`, or `-` with spaces around it. */
export const UPDATE_SEPARATOR = /\s+-\s+|\s*[·–—|]\s*/;

function readUpdate(block: HeadingBlock, kind: IncidentKind, bag: DiagnosticBag, ctx: ParseContext): Update | undefined {
  const at: Position = { line: block.line, column: block.column };
  if (!/^\d/.test(block.text)) {
    bag.report(CATALOG.notAnUpdate, at, { heading: block.text });
    return undefined;
  }
  const sep = UPDATE_SEPARATOR.exec(block.text);
  if (!sep) {
    bag.report(CATALOG.noSeparator, at, { heading: block.text });
    return undefined;
  }
  const timeText = block.text.slice(0, sep.index);
  const statusText = block.text.slice(sep.index + sep[0].length).trim();
  const statusAt: Position = { line: block.line, column: block.column + sep.index + sep[0].length };
  const when = checkTime(timeText, at, bag, 'update time');
  const status = readStatus(statusText, kind, statusAt, bag);

  const { changes, markdown } = readComponentLine(block, bag, ctx);
  if (!markdown.trim()) {
    bag.report(CATALOG.emptyUpdate, at);
  }
  if (!when || !status) return undefined;
  return { anchor: '', at: when, status, effectiveStatus: status, markdown, changes, affected: [], line: block.line };
}

function readStatus(text: string, kind: IncidentKind, at: Position, bag: DiagnosticBag): UpdateStatus | undefined {
  const word = normaliseWord(text);
  if (kind === 'incident' && isIncidentStatus(word)) return word;
  if (kind === 'maintenance' && isMaintenanceStatus(word)) return word;
  const allowed = kind === 'incident' ? INCIDENT_WORDS : MAINTENANCE_WORDS;
  const other = kind === 'incident' ? isMaintenanceStatus(word) : isIncidentStatus(word);
  if (other) {
    bag.report(kind === 'incident' ? CATALOG.maintenanceStatusInIncident : CATALOG.incidentStatusInMaintenance, at, { status: text, allowed });
  } else {
    bag.report(CATALOG.unknownStatus, at, { status: text, suggestion: didYouMean(text, allowed), allowed });
  }
  return undefined;
}

const COMPONENTS_LINE = /^\s*components\s*:(.*)$/i;
const CHANGE = /^\s*([^\s=:→>]+)\s*(?:=|:|->|→)\s*(.+?)\s*$/;

/** The first line of an update may set component statuses: `Components: api = operational, dashboard = degraded_performance`. */
function readComponentLine(block: HeadingBlock, bag: DiagnosticBag, ctx: ParseContext): { changes: ComponentChange[]; markdown: string } {
  const lines = block.body.split('\n');
  const m = COMPONENTS_LINE.exec(lines[0] ?? '');
  if (!m) return { changes: [], markdown: block.body };
  const changes: ComponentChange[] = [];
  const known = [...ctx.components.keys()];
  let column = (lines[0]!.indexOf(':') ?? 0) + 2;
  for (const part of m[1]!.split(/[,;]/)) {
    const at = { line: block.bodyLine, column: column + (part.length - part.trimStart().length) };
    column += part.length + 1;
    if (!part.trim()) continue;
    const c = CHANGE.exec(part);
    if (!c) {
      bag.report(CATALOG.badComponentChange, at, { part: part.trim() });
      continue;
    }
    const [, id, statusText] = c;
    if (!ctx.components.has(id!)) {
      bag.report(CATALOG.unknownComponent, at, { id: id!, suggestion: didYouMean(id!, known), known });
      continue;
    }
    const status = parseComponentStatus(statusText!);
    if (!status) {
      const guess = suggest(statusText!.replace(/\s+/g, '_'), [...COMPONENT_STATUSES]);
      bag.report(
        CATALOG.updateComponentStatus,
        { line: at.line, column: at.column + part.trimStart().lastIndexOf(statusText!) },
        { status: statusText!, guess, statuses: COMPONENT_STATUSES },
      );
      continue;
    }
    changes.push({ component: id!, status });
  }
  return { changes, markdown: lines.slice(1).join('\n').trim() };
}

interface TimelineInput {
  kind: IncidentKind;
  started?: Date;
  start: Date;
  resolved?: Date;
  ended?: Date;
  updates: Update[];
  window?: { start?: Date; end?: Date };
  now: Date;
  src: YamlSource;
  bag: DiagnosticBag;
}

function checkTimeline({ kind, started, start, resolved, ended, updates, window, now, src, bag }: TimelineInput): void {
  const nowText = formatUtc(now);
  for (const u of updates) {
    if (u.at > now) {
      bag.report(CATALOG.updateInFuture, { line: u.line, column: 4 }, { now: nowText });
    }
    if (kind === 'incident' && started && u.at < started) {
      bag.report(CATALOG.updateBeforeStart, { line: u.line, column: 4 });
    }
  }
  if (started && started > now) {
    bag.report(CATALOG.startedInFuture, src.position(['started']));
  }
  if (resolved && resolved > now) {
    bag.report(CATALOG.resolvedInFuture, src.position(['resolved']));
  }
  if (ended && ended < start) {
    const at = resolved ? src.position(['resolved']) : { line: updates.find((u) => u.at.getTime() === ended.getTime())?.line ?? 1, column: 4 };
    bag.report(CATALOG.endsBeforeStart, at, { ended: formatUtc(ended), start: formatUtc(start) });
  }
  if (window?.start && window.end && window.end <= window.start) {
    bag.report(CATALOG.windowOrder, src.position(['window', 'end']));
  }
}
