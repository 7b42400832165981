import type { ComponentConfig } from './config/config-schema.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { DiagnosticBag, FILE_START, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { readComponents } from './incident-components.ts';
import { readTimes } from './incident-times.ts';
import { scanBodyWithinLimits } from './limits.ts';
import { checkMarkdownSafety } from './markdown/markdown.ts';
import type { Incident, IncidentKind, Update } from './model.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { impactForStatus, worstStatus, type Impact, type UpdateStatus } from './statuses.ts';
import { formatUtc } from '../shared/time.ts';
import { readUpdate } from './update-headings.ts';
import type { YamlSource } from './yaml/yaml-source.ts';
import type { YamlValues } from './yaml/yaml-values.ts';

export interface ParseContext {
  components: ReadonlyMap<string, ComponentConfig>;
  /** Frontmatter values remembered from earlier parses; the result is the same with or without them. */
  yamlValues?: YamlValues;
}

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
  const read = readFrontmatter(bag, file, text, ctx.yamlValues);
  if (!read) return undefined;
  const { id, kind, front, yaml: src, body, firstBodyLine } = read;
  const { started, resolved, eta, window } = readTimes(front, kind, src, bag);

  const impactWritten = front.impact as Impact | undefined;
  const components = readComponents(front.components, impactWritten, kind, src, bag, ctx.components);
  const impact: Impact = kind === 'maintenance' ? 'none' : (impactWritten ?? impactForStatus(worstStatus(components.map((c) => c.status))));

  const structure = scanBodyWithinLimits(body, firstBodyLine, bag);
  if (!structure) return undefined;
  checkMarkdownSafety(body, firstBodyLine, bag);

  const updates: Update[] = [];
  for (const block of structure.headings) {
    const update = readUpdate(block, kind, bag, ctx.components);
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
    const base = `update-${u.at
      .toISOString()
      .slice(0, u.at.getUTCSeconds() ? 19 : 16)
      .replace(/[T:]/g, '-')}`.toLowerCase();
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
    u.anchor = anchor;
  }
  const first = chronological[0];
  const last = chronological[chronological.length - 1];
  // `first` is there: a file without updates is an error above.
  const start = started ?? (kind === 'maintenance' ? window?.start : undefined) ?? first!.at;
  const isEnd = (s: UpdateStatus) => (kind === 'maintenance' ? s === 'completed' || s === 'cancelled' : s === 'resolved');
  let ended = resolved;
  if (!ended && last && isEnd(last.effectiveStatus)) {
    // The update that ended it: the earliest of the final run of ended updates.
    let k = chronological.length - 1;
    while (k > 0 && chronological[k - 1]!.effectiveStatus === last.effectiveStatus) k--;
    ended = chronological[k]!.at;
  }

  // An incident opened by mistake ends with its latest update, whatever that update says.
  const openedInError = kind === 'incident' && front.opened_in_error === true;
  if (openedInError && !ended) ended = last!.at;

  // Maintenance may be called off before its window starts: that end comes before the start.
  const calledOff = kind === 'maintenance' && last?.effectiveStatus === 'cancelled';
  // Times in the future are checked against the clock on the parsed incident (checks/in-future.ts).
  checkTimeline({ kind, started, start, resolved, ...(calledOff ? {} : { ended }), updates: chronological, window, src, bag });
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
    ...(openedInError ? { openedInError: true as const } : {}),
  };
}

interface TimelineInput {
  kind: IncidentKind;
  started?: Date;
  start: Date;
  resolved?: Date;
  ended?: Date;
  updates: Update[];
  window?: { start?: Date; end?: Date };
  src: YamlSource;
  bag: DiagnosticBag;
}

function checkTimeline({ kind, started, start, resolved, ended, updates, window, src, bag }: TimelineInput): void {
  for (const u of updates) {
    if (kind === 'incident' && started && u.at < started) {
      bag.report(CATALOG.updateBeforeStart, { line: u.line, column: 4 });
    }
  }
  if (ended && ended < start) {
    const at = resolved
      ? src.position(['resolved'])
      : { line: updates.find((u) => u.at.getTime() === ended.getTime())?.line ?? 1, column: 4 };
    bag.report(CATALOG.endsBeforeStart, at, { ended: formatUtc(ended), start: formatUtc(start) });
  }
  if (window?.start && window.end && window.end <= window.start) {
    bag.report(CATALOG.windowOrder, src.position(['window', 'end']));
  }
}
