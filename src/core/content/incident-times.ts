import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag, Position } from '../diagnostics/diagnostics.ts';
import { parseTime, TIME_EXAMPLE } from '../shared/time.ts';
import type { IncidentKind } from './model.ts';
import type { YamlSource } from './yaml/yaml-source.ts';

/** `at` may be a function: locating a value costs a positioned YAML parse, worth paying only for an error. */
export function checkTime(value: string, at: Position | (() => Position), bag: DiagnosticBag, what: string): Date | undefined {
  const t = parseTime(value);
  if (t.ok) return t.date;
  const entry = t.reason === 'no-zone' ? CATALOG.timeNoZone : t.reason === 'invalid' ? CATALOG.timeDoesNotExist : CATALOG.timeUnreadable;
  bag.report(entry, typeof at === 'function' ? at() : at, { what, problem: t.message, example: TIME_EXAMPLE });
  return undefined;
}

/** The times of the frontmatter, each checked where it is written. */
export interface FrontmatterTimes {
  started?: Date | undefined;
  resolved?: Date | undefined;
  eta?: Date | undefined;
  window?: { start?: Date | undefined; end?: Date | undefined } | undefined;
}

export function readTimes(front: Record<string, unknown>, kind: IncidentKind, src: YamlSource, bag: DiagnosticBag): FrontmatterTimes {
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
  return { started, resolved, eta, window };
}
