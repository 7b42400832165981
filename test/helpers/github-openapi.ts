/**
 * GitHub's REST API as GitHub's published OpenAPI description has it (@octokit/openapi), for the
 * fake in fake-github.ts: which operation a request is, whether a request or a response matches
 * that operation's schemas, and the example objects GitHub documents for its responses.
 *
 * The description is read once per test file; only the operations the fake serves are compiled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The operations the fake serves, by GitHub's operationId. */
export const SERVED = [
  'repos/get',
  'git/get-ref',
  'git/create-ref',
  'git/delete-ref',
  'git/get-commit',
  'git/create-commit',
  'git/get-tree',
  'git/create-tree',
  'git/get-blob',
  'pulls/create',
  'pulls/merge',
  'issues/list-for-repo',
  'issues/create',
  'issues/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'actions/list-jobs-for-workflow-run-attempt',
  'actions/create-workflow-dispatch',
  'actions/list-workflow-runs',
] as const;
export type OperationId = (typeof SERVED)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  'x-multi-segment'?: boolean;
}
interface Media {
  schema?: JsonObject;
  examples?: Record<string, { $ref?: string; value?: Json }>;
}
interface Response {
  $ref?: string;
  content?: Record<string, Media>;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, Response>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Parameter>;
    responses: Record<string, Response>;
    examples: Record<string, { value: Json }>;
  };
}

/** A request identified: which operation, under which path template, with which path parameters. */
export interface Route {
  id: string;
  method: string;
  template: string;
  params: Record<string, string>;
}

interface Compiled {
  operation: Operation;
  /** Path and query parameters, as one object of strings. */
  parameters: ValidateFunction;
  body?: ValidateFunction;
  bodyRequired: boolean;
  /** By status; `null` where GitHub documents no content. */
  responses: Map<string, ValidateFunction | null>;
}

const require = createRequire(import.meta.url);
const description = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Description;
const ref = <T>(value: T | { $ref: string }, table: Record<string, T>): T =>
  value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string'
    ? table[value.$ref.split('/').pop()!]!
    : (value as T);

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms (ajv knows it only beside `type`, and
 * without null in an `enum`): beside `allOf`/`$ref` it becomes `anyOf: [schema, null]`.
 * References point into the `github` schema registered below.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', 'github#/components/schemas/')
        : toJsonSchema(value);
  }
  if (out.nullable !== true) return out;
  if (!('type' in out)) {
    const { nullable: _, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  // GitHub answers `state_reason: null` where the enum has no null: nullable adds it, as GitHub means it.
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

/** The component schemas a schema refers to, directly or through others. */
function reachable(schemas: Json[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!names.has(name)) {
          names.add(name);
          visit(description.components.schemas[name]!);
        }
      } else visit(value);
    }
  };
  schemas.forEach(visit);
  return names;
}

const jsonOf = (media: Record<string, Media> | undefined) => media?.['application/json'];

interface Template {
  method: string;
  template: string;
  id: string;
  pattern: RegExp;
  names: string[];
}

function compileAll(): { operations: Map<string, Compiled>; routes: Template[]; basicError: ValidateFunction } {
  const routes: Template[] = [];
  const served = new Map<string, Operation>();
  for (const [template, item] of Object.entries(description.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation?.operationId) continue;
      const parameters = (operation.parameters ?? []).map((p) => ref(p, description.components.parameters));
      const names: string[] = [];
      const source = template.replace(/\{(\w+)\}|[^{]+/g, (part, name?: string) => {
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return parameters.find((p) => p.name === name)?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
      });
      routes.push({ method: method.toUpperCase(), template, id: operation.operationId, pattern: new RegExp(`^${source}$`), names });
      if ((SERVED as readonly string[]).includes(operation.operationId)) served.set(operation.operationId, operation);
    }
  }
  // The most literal template wins: /issues/comments/{id} over /issues/{number}/... .
  routes.sort((a, b) => b.template.replace(/\{\w+\}/g, '').length - a.template.replace(/\{\w+\}/g, '').length);

  const mediaSchemas: Json[] = [];
  for (const operation of served.values()) {
    const body = jsonOf(operation.requestBody?.content)?.schema;
    if (body) mediaSchemas.push(body);
    for (const r of Object.values(operation.responses)) {
      const schema = jsonOf(ref(r, description.components.responses).content)?.schema;
      if (schema) mediaSchemas.push(schema);
    }
  }
  mediaSchemas.push({ $ref: '#/components/schemas/basic-error' });
  const schemas = Object.fromEntries(
    [...reachable(mediaSchemas)].map((name) => [name, toJsonSchema(description.components.schemas[name]!)]),
  );
  // inlineRefs: false compiles each shared schema (simple-user, repository) once instead of at every use.
  const ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false });
  addFormats.default(ajv);
  ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/);
  ajv.addSchema({ $id: 'github', components: { schemas } });
  // Query and path parameters arrive as text: `per_page=100` is the integer 100.
  const params = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  addFormats.default(params);

  const operations = new Map<string, Compiled>();
  const byRef = new Map<string, ValidateFunction | null>();
  for (const [id, operation] of served) {
    const parameters = (operation.parameters ?? [])
      .map((p) => ref(p, description.components.parameters))
      .filter((p) => p.in === 'path' || p.in === 'query');
    const responses = new Map<string, ValidateFunction | null>();
    for (const [status, r] of Object.entries(operation.responses)) {
      const schema = jsonOf(ref(r, description.components.responses).content)?.schema;
      const compile = () => (schema ? ajv.compile(toJsonSchema(schema) as object) : null);
      if (!r.$ref) {
        responses.set(status, compile());
        continue;
      }
      // Most error responses are shared ones (`#/components/responses/not_found`): compiled once.
      if (!byRef.has(r.$ref)) byRef.set(r.$ref, compile());
      responses.set(status, byRef.get(r.$ref)!);
    }
    const body = jsonOf(operation.requestBody?.content)?.schema;
    operations.set(id, {
      operation,
      parameters: params.compile({
        type: 'object',
        properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
        required: parameters.filter((p) => p.required).map((p) => p.name),
      }),
      ...(body ? { body: ajv.compile(toJsonSchema(body) as object) } : {}),
      bodyRequired: Boolean(operation.requestBody?.required),
      responses,
    });
  }
  return { operations, routes, basicError: ajv.getSchema('github#/components/schemas/basic-error')! };
}

const { operations, routes, basicError } = compileAll();

/** `/tree/0/mode must be equal to one of the allowed values ("100644", …)`: the first few fields, and how many more. */
function fields(errors: ErrorObject[] | null | undefined): string[] {
  const all = (errors ?? []).map((e) => {
    const at =
      e.keyword === 'required'
        ? `${e.instancePath}/${e.params.missingProperty}`
        : e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${e.params.additionalProperty}`
          : e.instancePath || '(the whole body)';
    const what =
      e.keyword === 'required'
        ? 'is required but missing'
        : e.keyword === 'enum'
          ? `${e.message} (${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
          : e.message;
    return `${at} ${what}`;
  });
  return all.length > 8 ? [...all.slice(0, 8), `…and ${all.length - 8} more`] : all;
}

/** Which operation GitHub would take this request for (undefined: GitHub has no such path). */
export function route(method: string, path: string): Route | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { id: r.id, method, template: r.template, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]!])) };
  }
  return undefined;
}

const label = (r: Route) => `${r.id} (${r.method} ${r.template})`;

/** What GitHub's description says is wrong with a request the code sent; empty when nothing is. */
export function requestProblems(r: Route, query: URLSearchParams, body: unknown): string[] {
  const op = operations.get(r.id);
  if (!op) return [`${label(r)}: the fake does not serve this operation; add it to SERVED and to the fake`];
  const problems: string[] = [];
  const parameters = { ...Object.fromEntries(query), ...r.params };
  if (!op.parameters(parameters))
    problems.push(...fields(op.parameters.errors).map((f) => `${label(r)} parameter ${f.replace(/^\//, '')}`));
  if (body === undefined) {
    if (op.bodyRequired) problems.push(`${label(r)} request body is required but missing`);
  } else if (!op.body) problems.push(`${label(r)} takes no request body, but got one`);
  else if (!op.body(body)) problems.push(...fields(op.body.errors).map((f) => `${label(r)} request body ${f}`));
  return problems;
}

/** What GitHub's description says is wrong with a response the fake gave; empty when nothing is. */
export function responseProblems(r: Route, status: number, body: unknown): string[] {
  const op = operations.get(r.id);
  if (!op) return [];
  const documented = op.responses.get(String(status));
  if (documented === undefined) {
    // GitHub documents few of the 401s and 403s it gives; every error it gives has this shape.
    if (status >= 400)
      return basicError(body) ? [] : fields(basicError.errors).map((f) => `${label(r)} ${status} response (basic-error) ${f}`);
    return [`${label(r)}: GitHub documents no ${status} response (only ${[...op.responses.keys()].join(', ')})`];
  }
  if (documented === null) return body === undefined ? [] : [`${label(r)} ${status} response has a body, but GitHub sends none`];
  if (body === undefined) return [`${label(r)} ${status} response has no body, but GitHub sends one`];
  return documented(body) ? [] : fields(documented.errors).map((f) => `${label(r)} ${status} response ${f}`);
}

/** A copy of the first example GitHub documents for the operation's response with this status. */
export function example(id: OperationId, status: number): JsonObject {
  const response = ref(operations.get(id)!.operation.responses[String(status)]!, description.components.responses);
  const first = Object.values(jsonOf(response.content)?.examples ?? {})[0];
  if (!first) throw new Error(`GitHub documents no example for ${id} ${status}`);
  const value = first.$ref ? description.components.examples[first.$ref.split('/').pop()!]!.value : first.value;
  return structuredClone((Array.isArray(value) ? value[0] : value) as JsonObject);
}
