import { entry } from '../entry.ts';

import { CONFIG_FILE } from '../../../shared/content-layout.ts';

/** How a schema type reads to a content author. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

/** The field a finding is about, such as `components[2].id`, and what the schema says it holds. */
export interface Field {
  field: string;
  description?: string | undefined;
}

/** Fields of the config and of frontmatter: unknown, missing, or of the wrong type or value. */
export const FIELD_MESSAGES = {
  configMissing: entry('config-missing', {
    message: ({ root }: { root: string }) => `no ${CONFIG_FILE} in ${root}`,
    hint: () => 'create it with at least `name`, `url` and `components`; see the README',
  }),
  configNotAMap: entry('invalid-field', {
    message: () => `${CONFIG_FILE} must be a map of settings`,
    hint: () => 'start with `name: My Status`',
  }),
  duplicateComponent: entry('duplicate-component', {
    message: ({ id, firstLine }: { id: string; firstLine: number }) => `component id "${id}" is already used on line ${firstLine}`,
    hint: () => 'give each component its own id',
  }),
  contractTooNew: entry('content-contract', {
    message: ({ declared, known }: { declared: number; known: number }) =>
      `${CONFIG_FILE} follows content contract ${declared}, but this Statusmark knows contract ${known} at most`,
    hint: () => 'install the newer Statusmark this content was written for: `npm install statusmark@latest`',
  }),
  /** A copy of the Statusmark 0.1 repository pointed editors at a schema file of its own. */
  olderSchemaLine: entry('content-contract', {
    severity: 'warning',
    message: ({ target }: { target: string }) =>
      `the $schema line points at ${target}, which this repository does not have (a copy of Statusmark 0.1 had it)`,
    hint: ({ replacement }: { target: string; replacement: string }) =>
      `write \`${replacement}\`, the schema of the installed Statusmark, or run \`npx statusmark upgrade\`, which rewrites it`,
  }),
  unknownField: entry('unknown-field', {
    message: ({ key, where, guess }: { key: string; where: string; guess: string | undefined; allowed: readonly string[] }) =>
      `unknown field "${key}" in ${where}${guess ? `; did you mean "${guess}"?` : ''}`,
    hint: ({ allowed }) => (allowed.length ? `the fields here are: ${allowed.join(', ')}` : undefined),
  }),
  missingField: entry('missing-field', {
    message: ({ field }: Field & { key: string }) => `${field} is required`,
    hint: ({ key, description }) => `add \`${key}: …\`${description ? ` — ${description}` : ''}`,
  }),
  /** A required field whose schema says in its own words what is missing. */
  missingFieldSaid: entry('missing-field', {
    message: ({ said }: { said: string; key: string; description?: string | undefined }) => said,
    hint: ({ key, description }) => `add \`${key}: …\`${description ? ` — ${description}` : ''}`,
  }),
  wrongType: entry('invalid-field', {
    message: ({ field, expected, value }: Field & { expected: string; value: string | undefined }) =>
      `${field}: must be ${TYPE_WORDS[expected] ?? expected}${value === undefined ? '' : `, not ${value}`}`,
    hint: ({ expected, description }) =>
      expected === 'number' ? `write a whole number such as 15${description ? ` (${description})` : ''}` : description,
  }),
  notOneOf: entry('invalid-field', {
    message: ({ field, value, values }: Field & { value: string; values: readonly string[] }) =>
      `${field}: ${value} is not one of: ${values.join(', ')}`,
    hint: ({ values }) => `write one of: ${values.join(', ')}`,
  }),
  emptyText: entry('invalid-field', {
    message: ({ field }: Field) => `${field}: must not be empty`,
    hint: ({ description }) => description,
  }),
  emptyList: entry('invalid-field', {
    message: ({ field }: Field) => `${field}: must not be an empty list`,
    hint: ({ description }) => description,
  }),
  tooSmall: entry('invalid-field', {
    message: ({ field, minimum }: Field & { minimum: string }) => `${field}: must be at least ${minimum}`,
    hint: ({ description }) => description,
  }),
  wrongForm: entry('invalid-field', {
    message: ({ field }: Field) => `${field}: has the wrong form`,
    hint: ({ description }) => description,
  }),
  /** A value the schema refuses in its own words; its check may say what to write instead. */
  invalidSaid: entry('invalid-field', {
    message: ({ field, said }: Field & { said: string; ownHint?: string | undefined }) => `${field}: ${said}`,
    hint: ({ ownHint, description }) => ownHint ?? description,
  }),
  invalid: entry('invalid-field', {
    message: ({ field }: Field & { ownHint?: string | undefined }) => `${field}: is not valid`,
    hint: ({ ownHint, description }) => ownHint ?? description,
  }),
};
