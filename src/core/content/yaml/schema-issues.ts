import type { z } from 'zod';
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
    const path = issue.path as PropertyKey[];
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = keysAt(schema, path);
    for (const key of issue.keys) {
      const guess = suggest(key, allowed);
      if (guess) misspelt.add(JSON.stringify([...path, guess]));
      bag.error(
        'unknown-field',
        src.position(path, key),
        `unknown field "${key}" in ${label(path, where)}${guess ? `; did you mean "${guess}"?` : ''}`,
        allowed.length ? `the fields here are: ${allowed.join(', ')}` : undefined,
      );
    }
  }
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') continue;
    const present = valueExists(src, path);
    if (!present && misspelt.has(JSON.stringify(path))) continue;
    const at = present ? src.position(path) : src.position(path.slice(0, -1));
    const field = label(path, where);
    if (!present && issue.code === 'invalid_type') {
      const own = issue.message.startsWith('Invalid input') ? undefined : issue.message;
      bag.error('missing-field', at, own ?? `${field} is required`, requiredHint(path, schema));
      continue;
    }
    bag.error('invalid-field', at, `${field}: ${plainMessage(issue, src.doc.getIn(path as unknown[]))}`, hintFor(issue, schema));
  }
}

function label(path: readonly PropertyKey[], where: string): string {
  if (path.length === 0) return where;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueExists(src: YamlSource, path: readonly PropertyKey[]): boolean {
  return src.doc.hasIn(path as unknown[]);
}

function hintFor(issue: Issue, schema: AnySchema): string | undefined {
  // A check that knows what to write instead says so in its issue.
  if (issue.code === 'custom' && typeof issue.params?.hint === 'string') return issue.params.hint;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `write one of: ${issue.values.map(String).join(', ')}`;
  }
  const description = describe(schemaAt(schema, issue.path as PropertyKey[]));
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return `write a whole number such as 15${description ? ` (${description})` : ''}`;
  }
  return description;
}

function requiredHint(path: readonly PropertyKey[], schema: AnySchema): string {
  const key = String(path[path.length - 1]);
  const description = describe(schemaAt(schema, path));
  return `add \`${key}: …\`${description ? ` — ${description}` : ''}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

/** Zod's messages ("Invalid input: expected number, received string") in words for content authors. */
function plainMessage(issue: Issue, value: unknown): string {
  const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected}${value === undefined || value === null ? '' : `, not ${shown(value)}`}`;
    }
    case 'invalid_value':
      return `${shown(value)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.origin === 'array' ? 'must not be an empty list' : `must be at least ${String(issue.minimum)}`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid input') ? 'has the wrong form' : issue.message;
    default:
      return issue.message.startsWith('Invalid') ? `${issue.message.replace(/^Invalid( input)?:?\s*/, '')}` || 'is not valid' : issue.message;
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
