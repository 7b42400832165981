import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkIncidentText, IncidentLinter } from '../src/core/checks/check.ts';
import { parseConfig } from '../src/core/content/config/config.ts';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { LIMITS, linePrefix } from '../src/core/content/limits.ts';
import { parseIncident } from '../src/core/content/parse-incident.ts';
import { BuildError, buildSite, cleanEnv } from './helpers/build.ts';
import { runCli } from './helpers/cli.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

/**
 * The content limits (src/core/content/limits.ts, README "Limits on content"): each refuses a file just
 * over it with a finding that says where, what the limit is and what to do, accepts a file at
 * it, and is decided once for `npm run check`, the build and the CLI alike.
 */

const FILE = 'incidents/2026-11-20-api-errors.md';
const NOW = '2026-11-21T00:00:00Z';
const config = parseConfig(BASE_CONFIG);
if (!config.loaded) throw new Error('test config does not load');
const loaded = config.loaded;

const FRONT = '---\ntitle: Elevated error rates\nimpact: minor\ncomponents: [api]\n---\n';
/** Line of the first body line of `file(…)`. */
const BODY = 6;
const heading = (i: number) =>
  `## 2026-11-20 ${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC · ${i ? 'Update' : 'Investigating'}`;
/** An incident whose updates (oldest first) are `updates`, each under its own heading. */
const file = (...updates: string[]) =>
  FRONT +
  updates
    .map((u, i) => `${heading(i)}\n${u}\n`)
    .reverse()
    .join('\n');

const SHORTEN = 'shorten it: keep to what customers need to know, and link to a longer write-up';
const MARKS = '`*`, `_`, `~`, `[`, `]`, `<`';

function findings(text: string): Diagnostic[] {
  return parseIncident(FILE, text, { components: loaded.componentsById }).diagnostics;
}

/** The limit findings, as line, message and hint. */
function overLimit(text: string) {
  return findings(text)
    .filter((d) => d.code === 'over-limit')
    .map(({ line, message, hint }) => ({ line, message, hint }));
}

/** No error at all: at a limit, the file is an ordinary valid incident. */
function expectValid(text: string) {
  expect(findings(text).filter((d) => d.severity === 'error')).toEqual([]);
}

const words = (length: number) =>
  'Some requests fail. '
    .repeat(Math.ceil(length / 20))
    .slice(0, length)
    .trimEnd()
    .padEnd(length, '.');

describe('each limit refuses a file just over it and accepts one at it', () => {
  it('the length of the text after the frontmatter', () => {
    const updates = (last: number) => [words(9_990), words(9_990), words(9_990), words(9_990), words(last)];
    const at = file(...updates(0)).length - FRONT.length;
    const within = file(...updates(LIMITS.markdown - at));
    expect(within.length - FRONT.length).toBe(LIMITS.markdown);
    expectValid(within);
    expect(overLimit(file(...updates(LIMITS.markdown - at + 1)))).toEqual([
      { line: BODY, message: 'the text after the frontmatter is 50,001 characters long; a file may hold at most 50,000', hint: SHORTEN },
    ]);
  });

  it('the number of lines', () => {
    const lines = (n: number) => Array.from({ length: n }, () => 'We are on it.').join('\n\n');
    expectValid(file(lines(498)));
    expect(overLimit(file(lines(500)))).toEqual([
      { line: BODY, message: 'the text after the frontmatter has 1,001 lines; a file may have at most 1,000', hint: SHORTEN },
    ]);
  });

  it('the length of one update, and of the text before the first update', () => {
    expectValid(file(words(LIMITS.update)));
    expect(overLimit(file('Short.', words(LIMITS.update + 1)))).toEqual([
      {
        line: BODY,
        message: 'this update is 10,001 characters long; it may be at most 10,000',
        hint: 'split it into two updates, or move the detail to the post-incident report',
      },
    ]);
    expect(overLimit(`${FRONT}${words(LIMITS.update + 1)}\n\n${heading(0)}\nShort.\n`)).toEqual([
      {
        line: BODY,
        message: 'the text before the first update is 10,001 characters long; it may be at most 10,000',
        hint: 'shorten it, and say the rest in the updates',
      },
    ]);
  });

  it('the number of updates', () => {
    const updates = (n: number) => Array.from({ length: n }, () => 'Still on it.');
    expectValid(file(...updates(LIMITS.updates)));
    expect(overLimit(file(...updates(LIMITS.updates + 1)))).toEqual([
      {
        line: BODY,
        message: 'this file has 201 level-2 headings; an incident may have at most 200 updates',
        hint: 'an incident that goes on this long is several incidents: resolve this one and open a new one for what continues',
      },
    ]);
  });

  it('the length of a level-2 heading, before its time and status are read', () => {
    // 20 characters of time, the spaces, 15 of separator and status.
    const long = (spaces: number) => `${FRONT}## 2026-11-20 10:00 UTC${' '.repeat(spaces)}· Investigating\nText.\n`;
    expectValid(long(LIMITS.heading - 35));
    expect(overLimit(long(LIMITS.heading - 34))).toEqual([
      {
        line: BODY,
        message: 'this heading is 201 characters long; a level-2 heading may be at most 200',
        hint: 'write it like `## 2026-11-20 14:05 UTC · Investigating`, and the text on the lines under it',
      },
    ]);
  });

  it('how deep a line is nested in lists and quotes', () => {
    const hint =
      'flatten the list or quote (two spaces of indentation count as a level, and so does each `>`, `-`, `*`, `+` or `1.` that starts the line)';
    expectValid(file(`Text.\n\n${'- '.repeat(LIMITS.depth)}x`));
    expectValid(file(`Text.\n\n${'>'.repeat(LIMITS.depth)} x`));
    expect(overLimit(file(`Text.\n\n${'- '.repeat(LIMITS.depth + 1)}x`))).toEqual([
      { line: BODY + 3, message: 'this line is nested 9 levels deep in lists and quotes; at most 8 levels are allowed', hint },
    ]);
    expect(overLimit(file(`${'> '.repeat(2000)}x\n${'> '.repeat(2000)}y`))).toEqual([
      { line: BODY + 1, message: 'this line is nested 2,000 levels deep in lists and quotes; at most 8 levels are allowed', hint },
      { line: BODY, message: 'this file has 4,000 list items and quote marks (`>`); a file may have at most 1,000', hint: SHORTEN },
    ]);
    const indented = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(overLimit(file(indented))).toEqual([
      { line: BODY + 9, message: 'this line is nested 9 levels deep in lists and quotes; at most 8 levels are allowed', hint },
    ]);
  });

  it('the number of list items and quote marks', () => {
    // Two on each line, to stay within the lines.
    const items = Array.from({ length: LIMITS.listItems / 2 }, (_, i) => `> - item ${i}`).join('\n');
    expectValid(file(items));
    expect(overLimit(file(items, '- one more'))).toEqual([
      { line: BODY, message: 'this file has 1,001 list items and quote marks (`>`); a file may have at most 1,000', hint: SHORTEN },
    ]);
  });

  it('the number of setext underlines and rules', () => {
    const underlined = (n: number) => Array.from({ length: n }, (_, i) => `Part ${i}\n---`).join('\n\n');
    expectValid(file(underlined(LIMITS.underlines)));
    expect(overLimit(file(underlined(LIMITS.underlines + 1)))).toEqual([
      {
        line: BODY,
        message: 'this file has 101 lines of only `=` or `-`; a file may have at most 100',
        hint: 'write headings as `### Heading` rather than underlining them, and rules as `***`',
      },
    ]);
  });

  it('formatting characters in one paragraph', () => {
    const hint =
      'split it into shorter paragraphs; put code between backticks, and escape a character that is meant literally with a backslash, like `\\*`';
    expectValid(file(`Text.\n\n${'a_ '.repeat(LIMITS.paragraphMarks)}`));
    expect(overLimit(file(`Text.\n\n${'a_ '.repeat(LIMITS.paragraphMarks + 1)}`))).toEqual([
      {
        line: BODY + 3,
        message: `this paragraph has 501 formatting characters (${MARKS}); at most 500 are allowed in one paragraph`,
        hint,
      },
    ]);
    expect(overLimit(file(`Text.\n\n| a |\n| - |\n| ${'*'.repeat(LIMITS.paragraphMarks + 1)} |`))).toEqual([
      {
        line: BODY + 5,
        message: `this table cell has 501 formatting characters (${MARKS}); at most 500 are allowed in one table cell`,
        hint,
      },
    ]);
  });

  it('formatting characters in the whole file', () => {
    const paragraphs = (count: number) => Array.from({ length: count }, () => '*a* '.repeat(100)).join('\n\n');
    expectValid(file(paragraphs(12), paragraphs(13)));
    expect(overLimit(file(paragraphs(12), `${paragraphs(13)}\n\n**x**`))).toEqual([
      {
        line: BODY,
        message: `this file has 5,004 formatting characters (${MARKS}) outside code; a file may have at most 5,000`,
        hint: `${SHORTEN}; put code between backticks, and escape a character that is meant literally with a backslash, like \`\\*\``,
      },
    ]);
  });

  it('images in one paragraph', () => {
    const nested = (n: number) => `${'!['.repeat(n)}x${'](https://x.example/i.png)'.repeat(n)}`;
    expectValid(file(`Text.\n\n${nested(LIMITS.images)}`));
    expect(overLimit(file(`Text.\n\n${nested(LIMITS.images + 1)}`))).toEqual([
      {
        line: BODY + 3,
        message: 'this paragraph has 9 images; at most 8 are allowed in one paragraph',
        hint: 'split it into shorter paragraphs, and never put an image inside the description of another',
      },
    ]);
  });

  it('the cells of a table, counted as the page shows it (short rows are filled up)', () => {
    const table = (columns: number, rows: number) => `${'| h '.repeat(columns)}|\n${'| - '.repeat(columns)}|\n${'| x\n'.repeat(rows - 1)}`;
    expectValid(file(table(50, 100)));
    expect(overLimit(file(`Text.\n\n${table(50, 101)}`))).toEqual([
      {
        line: BODY + 3,
        message: 'this table has 50 columns and 101 rows (5,050 cells); a table may have at most 5,000 cells',
        hint: 'split it into smaller tables, or write the details as a list',
      },
    ]);
  });
});

describe('what is not counted', () => {
  const log = Array.from(
    { length: 150 },
    (_, i) => `[2026-11-20T10:00:${String(i % 60).padStart(2, '0')}Z] [ERROR] **retry** of job_${i} failed`,
  ).join('\n');

  it('code: fenced at the top level, fenced in a list item, and between backticks', () => {
    expectValid(file(`The log:\n\n\`\`\`\n${log}\n\`\`\``));
    expectValid(file(`- The log:\n\n  \`\`\`\n  ${log.replace(/\n/g, '\n  ')}\n  \`\`\``));
    expectValid(file(`Code: ${'`**[x]**` '.repeat(200)}`));
    // The same lines as text are one paragraph, and too much of it.
    expect(overLimit(file(`The log:\n\n${log}`)).map((d) => d.line)).toEqual([BODY + 3]);
  });

  it('backslash escapes, and task list boxes', () => {
    expectValid(file(`Text.\n\n${'\\* '.repeat(1000)}`));
    expectValid(file(Array.from({ length: 600 }, (_, i) => `- [${i % 2 ? 'x' : ' '}] step ${i}`).join('\n')));
  });
});

describe('the inputs of issue 17 are refused at once, not parsed for seconds', () => {
  const cpu = (f: () => unknown) => {
    const start = process.threadCpuUsage();
    f();
    const used = process.threadCpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  it.each([
    [
      '`**_` 20,000 times',
      '**_'.repeat(20_000),
      'the text after the frontmatter is 60,041 characters long; a file may hold at most 50,000',
    ],
    [
      '40,000 `[`, `x`, 40,000 `]`',
      `${'['.repeat(40_000)}x${']'.repeat(40_000)}`,
      'the text after the frontmatter is 80,042 characters long; a file may hold at most 50,000',
    ],
    [
      '2,000 nested list markers',
      `${'- '.repeat(2000)}x`,
      'this line is nested 2,000 levels deep in lists and quotes; at most 8 levels are allowed',
    ],
    ['3,000 `>`', `${'>'.repeat(3000)} x`, 'this line is nested 3,000 levels deep in lists and quotes; at most 8 levels are allowed'],
    [
      '`**_` in one paragraph, within the file size',
      '**_'.repeat(10_000),
      `this paragraph has 30,000 formatting characters (${MARKS}); at most 500 are allowed in one paragraph`,
    ],
  ])('%s', (_, body, message) => {
    const text = file(body);
    let result: Diagnostic[] = [];
    expect(cpu(() => (result = checkIncidentText(FILE, text, loaded, { now: new Date(NOW) }).diagnostics))).toBeLessThan(1000);
    expect(result.filter((d) => d.severity === 'error').map((d) => d.message)).toContain(message);
  });
});

describe('linePrefix', () => {
  it('counts markers, and a level for every two columns of indentation', () => {
    expect(linePrefix('Text')).toEqual({ markers: 0, depth: 0 });
    expect(linePrefix('- a')).toEqual({ markers: 1, depth: 1 });
    expect(linePrefix('  - b')).toEqual({ markers: 1, depth: 2 });
    expect(linePrefix('> > 1. c')).toEqual({ markers: 3, depth: 3 });
    expect(linePrefix('>>>x')).toEqual({ markers: 3, depth: 3 });
    expect(linePrefix('\t- x')).toEqual({ markers: 1, depth: 3 });
    // A tab after `>` reaches column 4: one column is the marker's space, the rest indentation.
    expect(linePrefix('>\t- a')).toEqual({ markers: 2, depth: 3 });
    expect(linePrefix('-\tb')).toEqual({ markers: 1, depth: 2 });
    expect(linePrefix('-not a marker')).toEqual({ markers: 0, depth: 0 });
    expect(linePrefix('2026-11-20 is a date')).toEqual({ markers: 0, depth: 0 });
    expect(linePrefix('1234567890. ten digits are no marker')).toEqual({ markers: 0, depth: 0 });
  });

  // The depth limit protects the parser and every tree walk after it, so it must never count a
  // container less deep than remark builds it: every list and quote starts on a line whose
  // prefix is at least as deep (a lazy line continues a paragraph, it never starts a container).
  it('is never less than the depth remark gives the lists and quotes starting on the line', () => {
    const parser = unified().use(remarkParse).use(remarkGfm);
    const piece = fc.constantFrom('- ', '* ', '+ ', '1. ', '10) ', '> ', '>', '  ', '   ', '    ', '\t', ' ');
    const line = fc
      .tuple(fc.array(piece, { maxLength: 8 }), fc.constantFrom('a', '', '- b', '```', 'c *d*', '---', '> e'))
      .map(([p, t]) => p.join('') + t);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const md = lines.join('\n');
        const tree = parser.parse(md);
        const walk = (node: Nodes, depth: number): void => {
          const deeper = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
          if (deeper > depth && node.position) {
            const start = lines[node.position.start.line - 1]!;
            expect(linePrefix(start).depth, JSON.stringify({ md, line: start })).toBeGreaterThanOrEqual(deeper);
          }
          if ('children' in node) for (const child of node.children) walk(child, deeper);
        };
        walk(tree, 0);
      }),
      { numRuns: 400, examples: [[['>- a', '>\t- a', 'a']]] },
    );
  });
});

describe('one decision for check, build and the CLI', () => {
  const REPO = resolve(import.meta.dirname, '..');
  const REFUSED: Record<string, string> = {
    'incidents/2026-11-20-quotes.md': file(`${'>'.repeat(3000)} x`),
    'incidents/2026-11-20-lists.md': file(`${'- '.repeat(2000)}x`),
    'incidents/2026-11-20-long.md': file('Short.', words(LIMITS.update + 1)),
    'incidents/2026-11-20-emphasis.md': file(`Text.\n\n${'**_'.repeat(200)}`),
  };
  // Everything as large or as deep as allowed, with a report for the search index to read.
  const AT_LIMITS = `${file(
    `${'- '.repeat(LIMITS.depth)}deep\n\n${'>'.repeat(LIMITS.depth)} quoted`,
    `${'a_ '.repeat(LIMITS.paragraphMarks)}\n\n${'![x](https://x.example/i.png) '.repeat(LIMITS.images)}`,
    words(LIMITS.update),
  )}\n## Post-incident report\n### Summary\n${'**b** '.repeat(100)}\n\n${'1. '.repeat(LIMITS.depth)}x\n`;
  const errorLines = (output: string) =>
    [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/incidents\/\S+:\d+:\d+ error .*/g)].map((m) => m[0].trim()).sort();

  it('`npm run check`, `--errors-only` and the build refuse the same files with the same findings', () => {
    const root = makeContentRoot({ ...REFUSED, 'incidents/2026-11-20-at-limits.md': AT_LIMITS });
    const check = (...args: string[]) =>
      spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), ...args], {
        cwd: REPO,
        env: { ...cleanEnv(), STATUS_DIR: root, STATUS_NOW: NOW, NO_COLOR: '1' },
        encoding: 'utf8',
      });
    const full = check();
    expect(full.status, full.stdout + full.stderr).toBe(1);
    const expected = [
      'incidents/2026-11-20-emphasis.md:9:1 error over-limit this paragraph has 600 formatting characters (`*`, `_`, `~`, `[`, `]`, `<`); at most 500 are allowed in one paragraph',
      'incidents/2026-11-20-lists.md:6:1 error over-limit this file has 2,000 list items and quote marks (`>`); a file may have at most 1,000',
      'incidents/2026-11-20-lists.md:7:1 error over-limit this line is nested 2,000 levels deep in lists and quotes; at most 8 levels are allowed',
      'incidents/2026-11-20-long.md:6:1 error over-limit this update is 10,001 characters long; it may be at most 10,000',
      'incidents/2026-11-20-quotes.md:6:1 error over-limit this file has 3,000 list items and quote marks (`>`); a file may have at most 1,000',
      'incidents/2026-11-20-quotes.md:7:1 error over-limit this line is nested 3,000 levels deep in lists and quotes; at most 8 levels are allowed',
    ];
    expect(errorLines(full.stdout)).toEqual(expected);
    expect(errorLines(check('--errors-only').stdout)).toEqual(expected);
    let failure: unknown;
    try {
      buildSite(root, NOW);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildError);
    expect(errorLines((failure as BuildError).output)).toEqual(expected);
    expect(existsSync(join((failure as BuildError).dir, 'index.html'))).toBe(false);
  });

  it('a file at every limit passes the check and builds, search index and all', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-at-limits.md': AT_LIMITS });
    expect(findings(AT_LIMITS).filter((d) => d.severity === 'error')).toEqual([]);
    const site = buildSite(root, NOW);
    expect(site.html('incidents/2026-11-20-at-limits/index.html')('h1').text()).toBe('Elevated error rates');
    expect(existsSync(join(site.dir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('a rule that fails is a warning, never an error: the build does not run every rule the check runs', () => {
    const { incident } = parseIncident(FILE, file('We are looking into it.'), { components: loaded.componentsById });
    const linter = new IncidentLinter(loaded, { now: new Date(NOW) });
    const broken = { ...incident!, updates: undefined as never };
    expect(linter.lint(broken, file('We are looking into it.'))).toEqual([
      {
        severity: 'warning',
        code: 'internal-error',
        file: FILE,
        line: 1,
        column: 1,
        message: expect.stringMatching(/^could not run the policy and style rules on this file: .+/),
        hint: 'please report this with the file attached; the rest of the check read it without errors',
      },
    ]);
  });

  it('the CLI refuses to write an update over a limit, with the finding the check gives', async () => {
    const root = makeContentRoot({ [FILE]: file('We are looking into it.') });
    const message = words(LIMITS.update + 1);
    const run = await runCli(['update', '2026-11-20-api-errors', '--message', message], { STATUS_DIR: root, STATUS_NOW: NOW });
    expect(run.code).toBe(1);
    const written = file('We are looking into it.', message);
    const finding = checkIncidentText(FILE, written, loaded, { now: new Date(NOW) }).diagnostics.find((d) => d.code === 'over-limit')!;
    expect(finding.message).toBe('this update is 10,001 characters long; it may be at most 10,000');
    expect(run.stderr).toContain(finding.message);
    expect(run.stderr).toContain('nothing was written');
  });
});
