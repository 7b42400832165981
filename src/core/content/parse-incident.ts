import { basename } from 'node:path';
import matter from 'gray-matter';
import type { ComponentConfig } from './config/config-schema.ts';
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

const HEADING_EXAMPLE = '## 2026-11-20 14:05 UTC · Investigating';
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
    bag.error('internal-error', FILE_START, `could not read this file: ${(error as Error).message ?? String(error)}`, 'please report this with the file attached');
    return { diagnostics: bag.items };
  }
}

function parseInto(bag: DiagnosticBag, file: string, text: string, ctx: ParseContext): Incident | undefined {
  const id = incidentIdOf(file);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    bag.error('bad-file-name', FILE_START, `"${basename(file)}" cannot be used in a URL${unseenInName(basename(file))}`, 'name the file like 2026-11-20-api-errors.md: letters, digits and dashes');
  }
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(source)) {
    bag.error('missing-frontmatter', FILE_START, 'the file must start with frontmatter between `---` lines', 'start with:\n---\ntitle: What customers see\nimpact: minor\ncomponents: [api]\n---');
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
  if (!yaml.reportSyntax(bag, 'yaml-syntax')) return undefined;
  const data: unknown = yaml.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    bag.error('invalid-field', FILE_START, 'the frontmatter must be a map of fields', 'write `title: …` on its own line');
    return undefined;
  }
  const fm = data as Record<string, unknown>;
  const kind: IncidentKind = fm.kind === 'maintenance' ? 'maintenance' : 'incident';
  if (fm.kind !== undefined && fm.kind !== 'incident' && fm.kind !== 'maintenance') {
    bag.error('invalid-field', yaml.position(['kind']), `kind "${String(fm.kind)}" is not known`, 'write `kind: maintenance` for scheduled maintenance, or leave `kind` out for an incident');
    return undefined;
  }
  if (kind === 'incident' && 'window' in fm) {
    bag.error('invalid-field', yaml.position([], 'window'), '`window` is only for scheduled maintenance', 'add `kind: maintenance` if this is planned work, or remove `window`');
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
    bag.error(
      'no-updates',
      { line: firstBodyLine, column: 1 },
      kind === 'maintenance' ? 'this maintenance has no announcement yet' : 'this incident has no updates yet',
      `add one under the frontmatter: \`${kind === 'maintenance' ? '## 2026-11-20 09:00 UTC · Scheduled' : HEADING_EXAMPLE}\` and a line saying what customers see`,
    );
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
  const code = t.reason === 'no-zone' ? 'time-no-zone' : 'invalid-time';
  const hint =
    t.reason === 'no-zone'
      ? 'times must say their zone so every reader sees the right moment'
      : t.reason === 'invalid'
        ? 'that day or hour does not exist; check the date and the 24-hour time'
        : `write a time like \`${TIME_EXAMPLE}\``;
  bag.error(code, typeof at === 'function' ? at() : at, `${what}: ${t.message}`, hint);
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
    bag.error('unknown-component', at(), `"${id}" is not a component${didYouMean(id, known)}`, `the components in status.config.yaml are: ${known.join(', ')}`);
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
      bag.error(
        'unknown-component-status',
        src.position(['components', id]),
        `"${statusText}" is not a status an incident can give a component${didYouMean(statusText, [...COMPONENT_STATUSES])}`,
        'write degraded_performance, partial_outage or major_outage (or under_maintenance for maintenance)',
      );
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
    bag.error(
      'not-an-update',
      at,
      `the level-2 heading "${block.text}" is not an update`,
      `updates start with \`${HEADING_EXAMPLE}\`; use \`###\` for a heading inside an update, or \`## Post-incident report\` to start the report`,
    );
    return undefined;
  }
  const sep = UPDATE_SEPARATOR.exec(block.text);
  if (!sep) {
    bag.error('bad-update-heading', at, `"${block.text}" needs a separator between the time and the status`, `write it like \`${HEADING_EXAMPLE}\` (the separator may be ·, -, –, — or |)`);
    return undefined;
  }
  const timeText = block.text.slice(0, sep.index);
  const statusText = block.text.slice(sep.index + sep[0].length).trim();
  const statusAt: Position = { line: block.line, column: block.column + sep.index + sep[0].length };
  const when = checkTime(timeText, at, bag, 'update time');
  const status = readStatus(statusText, kind, statusAt, bag);

  const { changes, markdown } = readComponentLine(block, bag, ctx);
  if (!markdown.trim()) {
    bag.warn('empty-update', at, 'this update has no text', 'say what customers see, what you are doing and when the next update comes');
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
  const why = other
    ? kind === 'incident'
      ? ` is a maintenance status; add \`kind: maintenance\` to the frontmatter, or use one of ${allowed.join(', ')}`
      : ' is an incident status; maintenance uses ' + allowed.join(', ')
    : ` is not a status${didYouMean(text, allowed)}`;
  bag.error('unknown-status', at, `"${text}"${why}`, `write one of: ${allowed.join(', ')}`);
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
      bag.error('bad-component-change', at, `"${part.trim()}" is not a component change`, 'write `Components: api = operational, dashboard = degraded_performance`');
      continue;
    }
    const [, id, statusText] = c;
    if (!ctx.components.has(id!)) {
      bag.error('unknown-component', at, `"${id}" is not a component${didYouMean(id!, known)}`, `the components in status.config.yaml are: ${known.join(', ')}`);
      continue;
    }
    const status = parseComponentStatus(statusText!);
    if (!status) {
      const guess = suggest(statusText!.replace(/\s+/g, '_'), [...COMPONENT_STATUSES]);
      bag.error(
        'unknown-component-status',
        { line: at.line, column: at.column + part.trimStart().lastIndexOf(statusText!) },
        `"${statusText}" is not a component status${guess ? `; did you mean "${guess}"?` : ''}`,
        `write one of: ${COMPONENT_STATUSES.join(', ')}`,
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
      bag.error('update-in-future', { line: u.line, column: 4 }, `this update is dated after now (${nowText})`, 'check the date, the hour and the time zone of the heading');
    }
    if (kind === 'incident' && started && u.at < started) {
      bag.error('update-before-start', { line: u.line, column: 4 }, 'this update is dated before the incident `started`', 'correct the update time or `started`');
    }
  }
  if (started && started > now) {
    bag.error('time-in-future', src.position(['started']), '`started` is after now', 'an incident cannot start in the future; schedule planned work as `kind: maintenance`');
  }
  if (resolved && resolved > now) {
    bag.error('time-in-future', src.position(['resolved']), '`resolved` is after now', 'set `resolved` when the incident has actually ended, or leave it out');
  }
  if (ended && ended < start) {
    const at = resolved ? src.position(['resolved']) : { line: updates.find((u) => u.at.getTime() === ended.getTime())?.line ?? 1, column: 4 };
    bag.error('resolved-before-started', at, `the incident ends (${formatUtc(ended)}) before it starts (${formatUtc(start)})`, 'check the dates and time zones of `started`, `resolved` and the updates');
  }
  if (window?.start && window.end && window.end <= window.start) {
    bag.error('window-order', src.position(['window', 'end']), 'the maintenance window ends before it starts', 'make `window.end` later than `window.start`');
  }
}
