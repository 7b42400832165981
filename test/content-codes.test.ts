import { readFileSync } from 'node:fs';
import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { ALL_RULES, type RuleId } from '../src/core/diagnostics/catalog/all-rules.ts';
import { CONTENT_CODES, type ContentCode } from '../src/core/diagnostics/catalog/content-codes.ts';
import { CATALOG } from '../src/core/diagnostics/catalog/catalog.ts';
import { render } from '../src/core/diagnostics/catalog/entry.ts';

interface ReadmeRow {
  code: string;
  severity: 'error' | 'warning';
}

/** The nodes of a level-2 section, up to the next level-2 heading. */
function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n) === title);
  if (start < 0) throw new Error(`README has no "## ${title}"`);
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The rows of the `| code | what it means |` table: the code in its first cell, "(warning)" after it when it is one. */
function contentCodeRows(markdown: string): ReadmeRow[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const tables = section(tree, 'Check your content').filter((n): n is Table => n.type === 'table');
  const table = tables.find((t) => t.children[0]?.children.map((c) => toString(c)).join('|') === 'code|what it means');
  if (!table) throw new Error('README "Check your content" has no table headed | code | what it means |');
  return table.children.slice(1).map((row) => {
    const cell = row.children[0]!;
    const [first, ...after] = cell.children;
    if (first?.type !== 'inlineCode') throw new Error(`README row "${toString(row)}" does not start with a code in backticks`);
    const rest = after
      .map((n) => toString(n))
      .join('')
      .trim();
    if (rest !== '' && rest !== '(warning)')
      throw new Error(`README row \`${first.value}\`: after the code, write "(warning)" or nothing, not "${rest}"`);
    return { code: first.value, severity: rest === '' ? 'error' : 'warning' };
  });
}

describe('the content diagnostics catalog', () => {
  const rows = contentCodeRows(readFileSync('README.md', 'utf8'));

  it('has a README row for every code, and a code for every README row, in the same order', () => {
    expect(rows.map((r) => r.code)).toEqual(Object.keys(CONTENT_CODES));
  });

  it('gives each code the default severity the README marks it with', () => {
    const catalog = Object.entries(CONTENT_CODES).map(([code, info]) => ({ code, severity: info.defaultSeverity }));
    expect(rows).toEqual(catalog);
  });

  it('gives each code a title and a one-line description', () => {
    for (const [code, info] of Object.entries(CONTENT_CODES)) {
      expect(info.title, code).toMatch(/^\S.{2,60}$/);
      expect(info.description, code).toMatch(/^[A-Z`].*\.$/);
      expect(info.description, code).not.toContain('\n');
    }
  });

  it("shares no code with a rule, so a finding's code says which it is", () => {
    const rules = new Set<string>(ALL_RULES.map((r) => r.id));
    expect(Object.keys(CONTENT_CODES).filter((code) => rules.has(code))).toEqual([]);
  });

  it('reports each code with the severity its README row marks, but the one entry the row explains', () => {
    // internal-error's row: "When it is the policy or style rules that failed, it is a warning";
    // content-contract's: "As a warning, a form an older Statusmark wrote"; page-message's: "As a warning, a `locale` …".
    const marked = new Map(rows.map((r) => [r.code, r.severity]));
    const differ = Object.entries(CATALOG)
      .filter(([, entry]) => marked.has(entry.code) && entry.severity !== marked.get(entry.code))
      .map(([name]) => name);
    expect(differ.sort()).toEqual(['languageBesideLocale', 'noCatalog', 'olderLanguageField', 'olderSchemaLine', 'rulesFailed']);
  });

  it('quotes messages in the README exactly as the catalog words them', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`"${render(CATALOG.titleTooLong, { length: '412', max: 200 }).message}"`);
    expect(readme).toContain(
      `"${render(CATALOG.hiddenCharacter, { places: 'U+202E RIGHT-TO-LEFT OVERRIDE at column 14', count: 1 }).message}"`,
    );
  });

  // Checked by `npm run typecheck`: a misspelt code in a catalog entry or a Diagnostic does not compile.
  it('types Diagnostic.code as a catalog code or a rule id, and nothing else', () => {
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<ContentCode | RuleId>();
    expectTypeOf<'raw-htm'>().not.toExtend<Diagnostic['code']>();
  });
});

describe('reading the README table', () => {
  const readme = (rows: string) => `# x\n\n## Check your content\n\n| code | what it means |\n|---|---|\n${rows}\n## Configuration\n`;

  it('reads the code and its warning mark, not the rules table', () => {
    const md = `${readme('| `a-b` | One. |\n| `c-d` (warning) | Two \\| three. |\n')}`.replace(
      '## Configuration',
      '| rule | asks for | example |\n|---|---|---|\n| `style-x` | a | b |\n\n## Configuration',
    );
    expect(contentCodeRows(md)).toEqual([
      { code: 'a-b', severity: 'error' },
      { code: 'c-d', severity: 'warning' },
    ]);
  });

  it('refuses a row whose first cell is not a code, or has other words after it', () => {
    expect(() => contentCodeRows(readme('| raw-html | x |\n'))).toThrow('README row "raw-htmlx" does not start with a code in backticks');
    expect(() => contentCodeRows(readme('| `raw-html` (warn) | x |\n'))).toThrow(
      'README row `raw-html`: after the code, write "(warning)" or nothing, not "(warn)"',
    );
  });
});
