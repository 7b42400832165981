import type { z } from 'zod';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render, type Rendered } from '../../diagnostics/catalog/entry.ts';
import type { DiagnosticBag } from '../../diagnostics/diagnostics.ts';
import { suggest } from '../../shared/suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Turns schema issues into located diagnostics: `unknown-field` for typos, `invalid-field` for the rest. */
export function reportIssues(issues: readonly Issue[], schema: AnySchema, src: YamlSource, bag: DiagnosticBag, where: string): void {
  // A misspelt key is reported once, as unknown with a suggestion, not again as a missing field.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = keysAt(schema, path);
    for (const key of issue.keys) {
      const guess = suggest(key, allowed);
      if (guess) misspelt.add(JSON.stringify([...path, guess]));
      bag.report(CATALOG.unknownField, src.position(path, key), { key, where: label(path, where), guess, allowed });
    }
  }
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') continue;
    const present = valueExists(src, path);
    if (!present && misspelt.has(JSON.stringify(path))) continue;
    const at = present ? src.position(path) : src.position(path.slice(0, -1));
    const field = label(path, where);
    const description = describe(schemaAt(schema, path));
    if (!present && issue.code === 'invalid_type') {
      const key = String(path[path.length - 1]);
      const said = issue.message.startsWith('Invalid input') ? undefined : issue.message;
      if (said === undefined) bag.report(CATALOG.missingField, at, { field, key, description });
      else bag.report(CATALOG.missingFieldSaid, at, { said, key, description });
      continue;
    }
    bag.add(invalid(issue, field, src.doc.getIn(path as unknown[]), description), at);
  }
}

function label(path: readonly PropertyKey[], where: string): string {
  if (path.length === 0) return where;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueExists(src: YamlSource, path: readonly PropertyKey[]): boolean {
  return src.doc.hasIn(path as unknown[]);
}

/** Zod's issues ("Invalid input: expected number, received string") in words for content authors. */
function invalid(issue: Issue, field: string, value: unknown, description: string | undefined): Rendered {
  const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
  switch (issue.code) {
    case 'invalid_type':
      return render(CATALOG.wrongType, {
        field,
        description,
        expected: issue.expected,
        value: value === undefined || value === null ? undefined : shown(value),
      });
    case 'invalid_value':
      return render(CATALOG.notOneOf, { field, description, value: shown(value), values: issue.values.map(String) });
    case 'too_small':
      if (issue.origin === 'string') return render(CATALOG.emptyText, { field, description });
      if (issue.origin === 'array') return render(CATALOG.emptyList, { field, description });
      return render(CATALOG.tooSmall, { field, description, minimum: String(issue.minimum) });
    case 'invalid_union':
      if (issue.message.startsWith('Invalid input')) return render(CATALOG.wrongForm, { field, description });
      return render(CATALOG.invalidSaid, { field, description, said: issue.message });
    default: {
      // A check that knows what to write instead says so in its issue.
      const ownHint = issue.code === 'custom' && typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
      if (!issue.message.startsWith('Invalid')) return render(CATALOG.invalidSaid, { field, description, said: issue.message, ownHint });
      const said = issue.message.replace(/^Invalid( input)?:?\s*/, '');
      return said
        ? render(CATALOG.invalidSaid, { field, description, said, ownHint })
        : render(CATALOG.invalid, { field, description, ownHint });
    }
  }
}

function describe(schema: AnySchema | undefined): string | undefined {
  if (!schema) return undefined;
  const meta = (schema as unknown as { description?: string }).description;
  return meta;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  valueType?: AnySchema;
}

function unwrap(schema: AnySchema | undefined): AnySchema[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema[] = [schema];
  for (const step of path) {
    const next: AnySchema[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = s._zod.def as unknown as Def;
      if (def.type === 'object' && def.shape && typeof step === 'string' && def.shape[step]) next.push(def.shape[step]);
      else if (def.type === 'array' && def.element && typeof step === 'number') next.push(def.element);
      else if (def.type === 'record' && def.valueType) next.push(def.valueType);
    }
    if (next.length === 0) return undefined;
    current = next;
  }
  return current[0];
}

function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const keys = new Set<string>();
  for (const s of unwrap(at)) {
    const def = s._zod.def as unknown as Def;
    if (def.type === 'object' && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}
