import type { ComponentConfig } from './config/config-schema.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag, Position } from '../diagnostics/diagnostics.ts';
import type { HeadingBlock } from './incident-body.ts';
import type { ComponentChange, IncidentKind } from './model.ts';
import { COMPONENT_STATUSES, parseComponentStatus, STATUS_FOR_IMPACT, type Impact } from './statuses.ts';
import { didYouMean, suggest } from '../shared/suggest.ts';
import type { YamlSource } from './yaml/yaml-source.ts';

/** The components an incident changes: in its frontmatter, and on the first line of an update. */

/** The frontmatter's `components`: a list of ids (each given the status of the impact), or a map of id to status. */
export function readComponents(
  value: unknown,
  impact: Impact | undefined,
  kind: IncidentKind,
  src: YamlSource,
  bag: DiagnosticBag,
  components: ReadonlyMap<string, ComponentConfig>,
): ComponentChange[] {
  if (value === undefined) return [];
  const known = [...components.keys()];
  const out: ComponentChange[] = [];
  const listStatus = kind === 'maintenance' ? 'under_maintenance' : STATUS_FOR_IMPACT[impact ?? 'minor'];
  const checkId = (id: string, at: () => Position): boolean => {
    if (components.has(id)) return true;
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

const COMPONENTS_LINE = /^\s*components\s*:(.*)$/i;
const CHANGE = /^\s*([^\s=:→>]+)\s*(?:=|:|->|→)\s*(.+?)\s*$/;

/** The first line of an update may set component statuses: `Components: api = operational, dashboard = degraded_performance`. */
export function readComponentLine(
  block: HeadingBlock,
  bag: DiagnosticBag,
  components: ReadonlyMap<string, ComponentConfig>,
): { changes: ComponentChange[]; markdown: string } {
  const lines = block.body.split('\n');
  const m = COMPONENTS_LINE.exec(lines[0] ?? '');
  if (!m) return { changes: [], markdown: block.body };
  const changes: ComponentChange[] = [];
  const known = [...components.keys()];
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
    if (!components.has(id!)) {
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
