import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseConfig } from '../src/core/content/config/config.ts';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { parseIncident, type ParseContext } from '../src/core/content/parse-incident.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';

/**
 * "Nothing crashes" (PRODUCT.md, Bad input): whatever text arrives by pull request, the parsers
 * return either a usable result with no errors, or at least one located error that says why.
 */

const RUNS = { numRuns: 300 };
const FILE = 'incidents/2026-11-20-api-errors.md';

const config = parseConfig(BASE_CONFIG);
if (!config.loaded) throw new Error(`test config does not load: ${JSON.stringify(config.diagnostics)}`);
const CTX: ParseContext = { components: config.loaded.componentsById };

// --- Invariants ------------------------------------------------------------------------------

function checkDiagnostics(diagnostics: readonly Diagnostic[], file: string): void {
  for (const d of diagnostics) {
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.file).toBe(file);
    expect(typeof d.code).toBe('string');
    expect(d.code).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(typeof d.message).toBe('string');
    expect(d.message.trim()).not.toBe('');
    expect(Number.isInteger(d.line), `line of ${JSON.stringify(d)}`).toBe(true);
    expect(d.line, `line of ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(d.column), `column of ${JSON.stringify(d)}`).toBe(true);
    expect(d.column, `column of ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(0);
  }
}

/** The contract: it returns (never throws), and a result comes with no errors, a failure with at least one. */
function checkIncident(text: string, file = FILE): void {
  let result: ReturnType<typeof parseIncident>;
  try {
    result = parseIncident(file, text, CTX);
  } catch (error) {
    throw new Error(`parseIncident threw on ${JSON.stringify(text)}: ${(error as Error).stack ?? String(error)}`, { cause: error });
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.incident) expect(errors, JSON.stringify(text)).toEqual([]);
  else expect(errors.length, `no incident and no error for ${JSON.stringify(text)}`).toBeGreaterThan(0);
  checkDiagnostics(result.diagnostics, file);
}

/** Stricter: an `internal-error` is a caught exception, i.e. a crash the author cannot act on. */
function checkNoInternalError(text: string): void {
  const result = parseIncident(FILE, text, CTX);
  const internal = result.diagnostics.filter((d) => d.code === 'internal-error');
  expect(internal, `internal error on ${JSON.stringify(text)}`).toEqual([]);
}

/** Stricter: every line a diagnostic names exists in the file (0 = the whole file). */
function checkLinesInFile(text: string): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  for (const d of parseIncident(FILE, text, CTX).diagnostics) {
    expect(d.line, `${JSON.stringify(d)} for ${JSON.stringify(text)} (${lines} lines)`).toBeLessThanOrEqual(lines);
  }
}

function checkConfig(text: string): void {
  let result: ReturnType<typeof parseConfig>;
  try {
    result = parseConfig(text);
  } catch (error) {
    throw new Error(`parseConfig threw on ${JSON.stringify(text)}: ${(error as Error).stack ?? String(error)}`, { cause: error });
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.loaded) {
    expect(errors, JSON.stringify(text)).toEqual([]);
    expect(result.loaded.componentsById.size).toBeGreaterThan(0);
  } else expect(errors.length, `no config and no error for ${JSON.stringify(text)}`).toBeGreaterThan(0);
  checkDiagnostics(result.diagnostics, 'status.config.yaml');
}

// --- Inputs ----------------------------------------------------------------------------------

const VALID_INCIDENT = `---
title: Elevated error rates on the REST API
impact: major
started: 2026-11-20 14:00 UTC
components:
  api: partial_outage
  dashboard: degraded_performance
owner: "@alice"
---

Some requests to the API failed.

## 2026-11-20 15:10 UTC · Resolved
Components: api = operational, dashboard = operational
Error rates are back to normal.

## 2026-11-20 14:40 UTC · Monitoring
A fix is deployed and we are watching error rates.

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail with errors. Retrying usually succeeds.

## Post-incident report
### Summary
A bad deploy.
`;

const VALID_MAINTENANCE = `---
title: Database upgrade
kind: maintenance
window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 03:00 UTC }
components: [api, email]
---

## 2026-11-20 02:41 UTC · Completed
Done.

## 2026-11-20 02:00 UTC - In progress
Started.
`;

const VALID_CONFIG = `name: Acme Status
url: https://status.acme.example
description: Live and historical status of Acme services
support: { email: support@acme.example, url: https://acme.example/help }
components:
  - { id: api, name: REST API, group: Platform, description: Public API }
  - { id: dashboard, name: Dashboard, group: Platform }
  - { id: email, name: Email delivery }
policy:
  first_update_minutes: 15
  update_interval_minutes: 30
  report_due_minutes: 60
`;

it('the seed files are valid', () => {
  const incident = parseIncident(FILE, VALID_INCIDENT, CTX);
  expect(incident.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(incident.incident?.updates).toHaveLength(3);
  const maintenance = parseIncident('incidents/m.md', VALID_MAINTENANCE, CTX);
  expect(maintenance.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(maintenance.incident?.kind).toBe('maintenance');
  expect(parseConfig(VALID_CONFIG).loaded).toBeDefined();
});

/** Characters that matter to YAML, Markdown, gray-matter and the heading parser. */
const nastyChar = fc.constantFrom(
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  ':',
  '-',
  '---',
  '#',
  '##',
  '&a',
  '*a',
  '!',
  '!!str ',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '?',
  '%',
  '@',
  '`',
  '~',
  '\\',
  '\u0000',
  '\uFEFF',
  '\u00a0',
  '·',
  '—',
  '\u2028',
  '😀',
  '\uD800',
  '<',
  '<!--',
  '=',
  '→',
  '0',
  '9',
  'T',
  'Z',
  'UTC',
  '+01:00',
  '__proto__',
  'constructor',
);
const randomChars = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(nastyChar, { maxLength: 6 }).map((a) => a.join('')),
);

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; offset: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), text: randomChars }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: randomChars }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines = [''];
    const i = m.at % lines.length;
    switch (m.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]!);
        break;
      case 'swap': {
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'insert': {
        const line = lines[i]!;
        const o = m.offset % (line.length + 1);
        lines[i] = line.slice(0, o) + m.text + line.slice(o);
        break;
      }
      case 'replace':
        lines[i] = m.text;
        break;
      case 'truncate': {
        const all = lines.join('\n');
        lines = all.slice(0, m.at % (all.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

const mutationsOf = (seed: string) => fc.array(mutation, { minLength: 1, maxLength: 5 }).map((ms) => mutate(seed, ms));

/** Values that are valid somewhere in the frontmatter, or nearly. */
const fieldValue = fc.oneof(
  fc.constantFrom(
    'minor',
    'major',
    'critical',
    'none',
    'huge',
    'incident',
    'maintenance',
    '2026-11-20 14:00 UTC',
    '2026-11-20T14:00Z',
    '2026-11-22 14:00 UTC',
    '2026-11-20 14:00',
    '2026-02-30 10:00 UTC',
    '2026-11-20',
    '9999-12-31 23:59 -99:99',
    '0000-01-01 00:00 UTC',
    'api',
    'dashboard',
    'nope',
    '',
    '@alice',
  ),
  fc.constantFrom<unknown>(
    ['api'],
    ['api', 'api', 'email'],
    { api: 'partial_outage' },
    { api: 'operational' },
    { email: 'degraded' },
    { __proto__: 'x' },
    ['__proto__'],
    [1, 2],
    { api: 1 },
    [null],
    {},
    [],
  ),
  fc.constantFrom<unknown>(
    { start: '2026-11-20 02:00 UTC', end: '2026-11-20 03:00 UTC' },
    { start: '2026-11-20 03:00 UTC', end: '2026-11-20 02:00 UTC' },
    { start: 1 },
  ),
  fc.anything({ maxDepth: 2 }),
);
const fieldName = fc.constantFrom(
  'title',
  'impact',
  'kind',
  'components',
  'started',
  'resolved',
  'eta',
  'workaround',
  'owner',
  'window',
  'titel',
  'componets',
  '__proto__',
  'constructor',
  'toString',
);
const frontmatterObject = fc.dictionary(fieldName, fieldValue, { maxKeys: 8 });

function toYaml(value: unknown): string | undefined {
  try {
    return stringify(value);
  } catch {
    return undefined; // e.g. a symbol or bigint the stringifier refuses; not what this test is about
  }
}

const time = fc.constantFrom(
  '2026-11-20 14:05 UTC',
  '2026-11-20T14:05Z',
  '2026-11-20 14:05 +01:00',
  '2026-11-22 14:05 UTC',
  '2026-11-20 14:05',
  '2026-13-01 10:00 UTC',
  'yesterday',
  '2026-11-19 23:00 UTC',
  '',
);
const status = fc.constantFrom(
  'Investigating',
  'Identified',
  'Monitoring',
  'Update',
  'Resolved',
  'Scheduled',
  'In progress',
  'Completed',
  'Fixed',
  '',
);
const separator = fc.constantFrom(' · ', ' - ', ' – ', ' — ', ' | ', ' ', '·', ': ');
const bodyLine = fc.oneof(
  fc.tuple(time, separator, status).map(([t, s, st]) => `## ${t}${s}${st}`),
  fc.constantFrom(
    'Components: api = operational',
    'Components: api = operational, dashboard -> major_outage; email: degraded',
    'Components: nope = operational',
    'Components: api = sideways',
    'Components: ,,,',
    'Components: = ',
    '## Post-incident report',
    '## Notes',
    '### Details',
    'Some text.',
    '',
    '```',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '<!-- comment -->',
    '- ## listed',
  ),
);
const body = fc.array(bodyLine, { maxLength: 10 }).map((ls) => ls.join('\n'));

/** A whole incident file built from the pieces above. */
const structuredIncident = fc
  .tuple(frontmatterObject, body)
  .map(([fm, b]) => {
    const y = toYaml(fm);
    return y === undefined ? undefined : `---\n${y}---\n\n${b}\n`;
  })
  .filter((t): t is string => t !== undefined);

// --- parseIncident --------------------------------------------------------------------------

describe('parseIncident never crashes and always explains a failure', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), randomChars), (text) =>
        checkIncident(text),
      ),
      RUNS,
    );
  });

  it('random strings between frontmatter fences', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(nastyChar, { maxLength: 40 }).map((a) => a.join('')),
        ),
        body,
        (fm, b) => checkIncident(`---\n${fm}\n---\n${b}`),
      ),
      RUNS,
    );
  });

  it('fc.object() rendered as YAML frontmatter', () => {
    fc.assert(
      fc.property(fc.object({ maxDepth: 2 }), body, (obj, b) => {
        const y = toYaml(obj);
        fc.pre(y !== undefined);
        checkIncident(`---\n${y}---\n\n${b}`);
      }),
      RUNS,
    );
  });

  it('structured frontmatter with near-valid fields and update headings', () => {
    fc.assert(
      fc.property(structuredIncident, (text) => checkIncident(text)),
      RUNS,
    );
  });

  it('mutations of a valid incident (delete, duplicate, swap lines, insert characters, truncate)', () => {
    fc.assert(
      fc.property(mutationsOf(VALID_INCIDENT), (text) => checkIncident(text)),
      RUNS,
    );
  });

  it('mutations of a valid maintenance', () => {
    fc.assert(
      fc.property(mutationsOf(VALID_MAINTENANCE), (text) => checkIncident(text)),
      RUNS,
    );
  });

  it('odd file names', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('.md', '-x.md', 'a b.md', 'ü.md', '..md', 'x.MD')), (name) =>
        checkIncident(VALID_INCIDENT, `incidents/${name}`),
      ),
      { numRuns: 100 },
    );
  });
});

describe('parseIncident reports problems the author can act on', () => {
  const anyIncidentInput = fc.oneof(
    fc.string({ maxLength: 200 }),
    structuredIncident,
    mutationsOf(VALID_INCIDENT),
    mutationsOf(VALID_MAINTENANCE),
    fc.object({ maxDepth: 2 }).map((o) => `---\n${toYaml(o) ?? ''}---\n\n## 2026-11-20 14:05 UTC · Investigating\nx\n`),
  );

  it('never an internal-error (a caught exception)', () => {
    fc.assert(
      fc.property(anyIncidentInput, (text) => checkNoInternalError(text)),
      RUNS,
    );
  });

  it('YAML anchors and aliases in the frontmatter are not an internal error', () => {
    const refs = fc.integer({ min: 1, max: 12 });
    fc.assert(
      fc.property(refs, refs, (n, m) => {
        const lines = ['---', 'title: &t Title', 'x0: &a0 [a, b]'];
        for (let i = 1; i <= 3; i++) lines.push(`x${i}: &a${i} [${Array.from({ length: n }, () => `*a${i - 1}`).join(', ')}]`);
        lines.push(
          `owner: [${Array.from({ length: m }, () => '*a3').join(', ')}]`,
          '---',
          '',
          '## 2026-11-20 14:05 UTC · Investigating',
          'x',
        );
        checkIncident(lines.join('\n'));
        checkNoInternalError(lines.join('\n'));
      }),
      { numRuns: 50 },
    );
  });

  it('an alias without its anchor (a typo) is a located error, not an internal error', () => {
    const text = '---\ntitle: Elevated errors\nimpact: minor\nowner: *alcie\n---\n\n## 2026-11-20 14:05 UTC · Investigating\nx\n';
    const { incident, diagnostics } = parseIncident(FILE, text, CTX);
    expect(incident).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).not.toContain('internal-error');
    expect(diagnostics.map((d) => d.line)).toContain(4);
  });

  it('every diagnostic line is a line of the file', () => {
    fc.assert(
      fc.property(anyIncidentInput, (text) => checkLinesInFile(text)),
      RUNS,
    );
  });
});

// --- parseConfig ----------------------------------------------------------------------------

/** YAML-looking text from tokens: keys, indentation, flow collections, anchors, tags, scalars. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'name',
        'url',
        'components',
        'id',
        'group',
        'policy',
        'support',
        'links',
        'theme',
        'language',
        'logo',
        'x',
        '__proto__',
      ),
      fc.constantFrom(
        ': ',
        ':',
        '\n',
        '\n  ',
        '\n    ',
        '- ',
        '  - ',
        '{ ',
        ' }',
        '[',
        ']',
        ', ',
        '&a ',
        '*a',
        '!!str ',
        '!!int ',
        '!custom ',
        '? ',
        '|\n  ',
        '>-\n  ',
        '"',
        "'",
        '# c',
        '\t',
        '~',
        'null',
        'true',
        '1e999',
        '-.inf',
        '0x1F',
        'https://status.acme.example',
        'api',
        ' ',
        '---\n',
        '...\n',
        '%YAML 1.2\n',
        '<<: *a\n',
      ),
    ),
    { maxLength: 40 },
  )
  .map((ts) => ts.join(''));

const configObject = fc.dictionary(
  fc.constantFrom(
    'name',
    'url',
    'description',
    'language',
    'logo',
    'support',
    'links',
    'theme',
    'components',
    'policy',
    'nmae',
    '__proto__',
  ),
  fc.oneof(
    fc.constantFrom<unknown>(
      'Acme Status',
      'https://status.acme.example',
      'ftp://x',
      'not a url',
      'en',
      'en_GB',
      [{ id: 'api', name: 'API' }],
      [
        { id: 'api', name: 'API' },
        { id: 'api', name: 'Again' },
      ],
      [{ id: 'API!', name: '' }],
      [{ id: 'api', name: 'API', extra: 1 }],
      [],
      { first_update_minutes: 0 },
      { first_update_minutes: 1.5, report_due_minutes: -1 },
      { email: 'nope', url: 'https://ok.example', phone: 1 },
      [{ label: 'Home', url: 'javascript:alert(1)' }],
      { accent: '#12345' },
    ),
    fc.anything({ maxDepth: 2 }),
  ),
  { maxKeys: 8 },
);

describe('parseConfig never crashes and always explains a failure', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => checkConfig(text)),
      RUNS,
    );
  });

  it('YAML-ish token soup', () => {
    fc.assert(
      fc.property(yamlish, (text) => checkConfig(text)),
      RUNS,
    );
  });

  it('fc.object() rendered as YAML', () => {
    fc.assert(
      fc.property(fc.object({ maxDepth: 3 }), (obj) => {
        const y = toYaml(obj);
        fc.pre(y !== undefined);
        checkConfig(y);
      }),
      RUNS,
    );
  });

  it('structured config with near-valid fields', () => {
    fc.assert(
      fc.property(configObject, (obj) => {
        const y = toYaml(obj);
        fc.pre(y !== undefined);
        checkConfig(y);
      }),
      RUNS,
    );
  });

  it('mutations of a valid config', () => {
    fc.assert(
      fc.property(fc.oneof(mutationsOf(VALID_CONFIG), mutationsOf(BASE_CONFIG)), (text) => checkConfig(text)),
      RUNS,
    );
  });

  it('an alias without its anchor (a typo) is a located error, not a crash', () => {
    const text = `${BASE_CONFIG}description: *desc\n`;
    checkConfig(text);
    expect(parseConfig(text).diagnostics.map((d) => d.line)).toContain(7);
  });

  it('YAML anchors and aliases (alias bombs) are an error, not a crash', () => {
    const refs = fc.integer({ min: 1, max: 12 });
    fc.assert(
      fc.property(refs, refs, (n, m) => {
        const lines = [VALID_CONFIG.trimEnd(), 'x0: &a0 [a, b]'];
        for (let i = 1; i <= 3; i++) lines.push(`x${i}: &a${i} [${Array.from({ length: n }, () => `*a${i - 1}`).join(', ')}]`);
        // `logo` is not in VALID_CONFIG: a duplicate key would stop the parse before the aliases resolve.
        lines.push(`logo: [${Array.from({ length: m }, () => '*a3').join(', ')}]`);
        checkConfig(lines.join('\n'));
      }),
      { numRuns: 50 },
    );
  });
});
