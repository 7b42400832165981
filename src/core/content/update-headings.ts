import type { ComponentConfig } from './config/config-schema.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag, Position } from '../diagnostics/diagnostics.ts';
import type { HeadingBlock } from './incident-body.ts';
import { readComponentLine } from './incident-components.ts';
import { checkTime } from './incident-times.ts';
import type { IncidentKind, Update } from './model.ts';
import {
  INCIDENT_STATUSES,
  isIncidentStatus,
  isMaintenanceStatus,
  MAINTENANCE_STATUSES,
  normaliseWord,
  STATUS_LABELS,
  type UpdateStatus,
} from './statuses.ts';
import { didYouMean } from '../shared/suggest.ts';

/** An update's heading (`## 2026-11-20 14:05 UTC · Investigating`): its time, its status and the text under it. */

const INCIDENT_WORDS = INCIDENT_STATUSES.map((s) => STATUS_LABELS[s]);
const MAINTENANCE_WORDS = MAINTENANCE_STATUSES.map((s) => STATUS_LABELS[s]);

/** Between an update heading's time and status: `·`, `–`, `—`, `|`, or `-` with spaces around it. */
export const UPDATE_SEPARATOR = /\s+-\s+|\s*[·–—|]\s*/;

/** One level-2 heading and the text under it, as an update; undefined when it cannot be read. */
export function readUpdate(
  block: HeadingBlock,
  kind: IncidentKind,
  bag: DiagnosticBag,
  components: ReadonlyMap<string, ComponentConfig>,
): Update | undefined {
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

  const { changes, markdown } = readComponentLine(block, bag, components);
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
    bag.report(kind === 'incident' ? CATALOG.maintenanceStatusInIncident : CATALOG.incidentStatusInMaintenance, at, {
      status: text,
      allowed,
    });
  } else {
    bag.report(CATALOG.unknownStatus, at, { status: text, suggestion: didYouMean(text, allowed), allowed });
  }
  return undefined;
}
