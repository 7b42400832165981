/**
 * The shapes of text that make Markdown tools slow or make them crash, each as large as the
 * content limits allow (src/core/content/limits.ts), and the check-and-render they are timed with.
 * `npm run bench` times every one and reports the slowest; the fuzz test (test/fuzz.test.ts)
 * takes a few each run, cut to any size, besides its random text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/core/checks/check.ts';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostics.ts';
import { feedFile } from '../../src/core/outputs/feeds/index.ts';
import { countMarks } from '../../src/core/content/markdown/formatting-census.ts';
import { LIMITS, linePrefix } from '../../src/core/content/limits.ts';
import { searchRecords } from '../../src/core/views/search-records.ts';
import { readSiteModel } from '../../src/core/pipeline.ts';
import { incidentView } from '../../src/core/views/incident.ts';
import { homeView, reportStates } from '../../src/core/views/pages.ts';

export const FUZZ_NOW = new Date('2026-11-21T00:00:00Z');

export const FUZZ_CONFIG = `name: Fuzz Status
url: https://status.fuzz.example
components:
  - { id: api, name: REST API }
  - { id: dashboard, name: Dashboard }
`;

const FRONTMATTER = '---\ntitle: Elevated error rates\nimpact: minor\ncomponents: [api]\n---\n';

/** An incident file: the updates (oldest first) under headings a minute apart, then the report. */
export function incidentFile(updates: readonly string[], report?: string): string {
  const at = (i: number) => {
    const t = new Date(Date.UTC(2026, 10, 20, 0, 0) + i * 60_000).toISOString();
    return `${t.slice(0, 10)} ${t.slice(11, 16)} UTC`;
  };
  const blocks = updates.map((body, i) => `## ${at(i)} · ${i === 0 ? 'Investigating' : 'Update'}\n${body}\n`).reverse();
  return `${FRONTMATTER}\n${blocks.join('\n')}${report === undefined ? '' : `\n## Post-incident report\n${report}\n`}`;
}

/**
 * `unit` repeated into paragraphs of `perParagraph` units, as much as the file holds: in updates
 * of at most `LIMITS.update` characters, or all in the post-incident report (one long text).
 */
function filled(unit: string, perParagraph: number, separator = '\n\n', where: 'updates' | 'report' = 'updates'): string {
  const paragraph = unit.repeat(perParagraph);
  const marks = countMarks(paragraph).marks;
  const items = paragraph.split('\n').reduce((sum, line) => sum + linePrefix(line).markers, 0);
  const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length - 1;
  const paragraphLines = Math.max(1, lineCount(paragraph + separator));
  // How many paragraphs fit in this many characters and lines, and in the file's formatting marks.
  const fit = (chars: number, lines: number) =>
    Math.max(
      1,
      Math.min(
        Math.floor(chars / (paragraph.length + separator.length)),
        Math.floor(lines / paragraphLines),
        marks ? Math.floor(LIMITS.marks / marks) : Infinity,
        items ? Math.floor(LIMITS.listItems / items) : Infinity,
      ),
    );
  if (where === 'report')
    return incidentFile(['Fixed.'], Array.from({ length: fit(LIMITS.markdown - 200, LIMITS.lines - 10) }, () => paragraph).join(separator));
  const perUpdate = fit(LIMITS.update, LIMITS.lines - 10);
  const update = Array.from({ length: perUpdate }, () => paragraph).join(separator);
  const count = Math.min(
    LIMITS.updates,
    Math.floor((LIMITS.markdown - 200) / (update.length + 40)),
    Math.floor((LIMITS.lines - 10) / (lineCount(update) + 3)),
    Math.floor(fit(Infinity, Infinity) / perUpdate),
  );
  return incidentFile(Array.from({ length: Math.max(1, count) }, () => update));
}

/** Most marks a paragraph may hold, in units of `marksPerUnit`. */
const units = (marksPerUnit: number) => Math.floor(LIMITS.paragraphMarks / marksPerUnit);

const words = 'Some requests to the API fail with errors and retrying usually succeeds while we investigate';

function increasingBackticks(length: number): string {
  let s = '';
  for (let i = 1; s.length < length; i++) s += `a${'`'.repeat(i)}`;
  return s;
}

/** Inline shapes: a paragraph's worth of each, spread over the updates or all in the report. */
const INLINE: Record<string, [unit: string, perParagraph: number]> = {
  'emphasis runs (**_)': ['**_', units(3)],
  'bracket runs ([[[x]]])': [`${'['.repeat(units(2))}x${']'.repeat(units(2))}`, 1],
  'nested strong (**…x…**)': [`${'**'.repeat(units(4))}x${'**'.repeat(units(4))}`, 1],
  'emphasis closers without openers (a_ )': ['a_ ', units(1)],
  'mismatched openers and closers (*a_ )': ['*a_ ', units(2)],
  'link openers and emphasis closers ([ a_)': ['[ a_', units(2)],
  'link closers without openers (a])': ['a]', units(1)],
  'unclosed link destinations ([a](b ")': ['[a](b "', units(2)],
  'strikethrough runs (~~a)': ['~~a', units(2)],
  'images in image descriptions': [`${'!['.repeat(LIMITS.images)}x${'](u)'.repeat(LIMITS.images)}`, 1],
  'links in a row': ['[a](https://x.example) ', units(2)],
  'HTML-like text (a < b, <? and <!x)': ['a < b <? c <!x ', units(3)],
  'entity and numeric references': ['&amp;&#x1F600;&#;&bogus; ', 60],
  'long lines': [`${words} `, Math.floor((LIMITS.update - 100) / (words.length + 1))],
  'bare URLs and emails': ['https://x.example/a_b www.x.example a@b.example ', 20],
  'unicode (combining marks, emoji, right-to-left, zero-width)': ['é̴̡̛̖̗͈̳̥̞ 🚚‍🔥 שלום‎ ‮x​y⁠ 𝔘𝔫𝔦 ', 80],
  'unpaired surrogates and control characters': ['\uD800x\uDC00\u0000\u0007\u2028\u2029\r', 80],
  'speculation on every word (style rules)': ['probably ', 200],
  'blame causes without parties (style rules)': ['due to, provider ', 100],
  'one sentence of ten thousand characters (style rules)': ['word ', Math.floor((LIMITS.update - 100) / 5)],
  'next-update promises (policy rules)': ['next update update update by ', 100],
};

/** Block shapes: line after line of each, spread over the updates or all in the report. */
const BLOCK: Record<string, string> = {
  'nested lists': `${'- '.repeat(LIMITS.depth)}x\n`,
  'nested quotes': `${'>'.repeat(LIMITS.depth)} x\n`,
  'mixed lists and quotes': `${'> - 1. '.repeat(Math.floor(LIMITS.depth / 3))}x\n`,
  'many headings': '### Heading\n',
  'many paragraphs': 'a\n\n',
  'many list items': '- a\n',
  'list items with paragraphs': '- a\n\n  b\n\n',
  'quotes between paragraphs': '> a\n\nb\n\n',
  'task list': '- [x] done\n- [ ] not done\n',
  'hard line breaks': 'a\\\nb  \n',
  'indented code': '    code\n',
  'fenced code': '```\n[INFO] **x** [y]\n```\n',
  'link reference definitions': '[a]: https://x.example\n[a] [b]\n',
};

const shapes = (where: 'updates' | 'report') => [
  ...Object.entries(INLINE).map(([name, [unit, per]]) => [`${name}, in ${where}`, () => filled(unit, per, '\n\n', where)] as const),
  ...Object.entries(BLOCK).map(([name, line]) => [`${name}, in ${where}`, () => filled(line, 1, '', where)] as const),
];

/** Name → the file. Built on demand: some are tens of kilobytes. */
export const FUZZ_CORPUS: Record<string, () => string> = {
  ...Object.fromEntries(shapes('updates')),
  ...Object.fromEntries(shapes('report')),
  'backtick runs of growing length': () => incidentFile([increasingBackticks(LIMITS.update - 200)]),
  'nested lists by indentation': () =>
    incidentFile([Array.from({ length: LIMITS.depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')]),
  'long runs of spaces': () => incidentFile([`a${' '.repeat(LIMITS.update - 10)}b`]),
  'a long update heading': () => `${FRONTMATTER}\n## 2026-11-20 00:00 UTC${' '.repeat(LIMITS.heading - 40)}· Investigating\nx\n`,
  'a components line of spaces': () => incidentFile([`Components: api = degraded_performance${' '.repeat(LIMITS.update - 60)}x\n\nText.`]),
  'many updates': () => incidentFile(Array.from({ length: LIMITS.updates }, (_, i) => `Update ${i}: we are still investigating.`)),
  'setext underlines': () =>
    incidentFile(['Fixed.'], Array.from({ length: LIMITS.underlines }, (_, i) => `Heading ${i}\n===\n`).join('\n')),
  'a table as large as allowed': () => {
    const columns = 10;
    const rows = Math.floor(LIMITS.tableCells / columns) - 1;
    return incidentFile(['Fixed.'], `${'| a '.repeat(columns)}|\n${'| - '.repeat(columns)}|\n${'| x\n'.repeat(rows)}`);
  },
  'a wide table with short rows': () =>
    incidentFile(['Fixed.'], `${'|a'.repeat(LIMITS.tableCells / 10)}|\n${'|-'.repeat(LIMITS.tableCells / 10)}|\n${'x\n'.repeat(9)}`),
  footnotes: () => incidentFile([`${'See[^1] '.repeat(units(2))}\n\n[^1]: A note.`]),
  'lone carriage returns': () => incidentFile(['a\rb\r\r## c\r'.repeat(100)]),
};

export interface FuzzTiming {
  /** CPU time of this thread, in ms. */
  check: number;
  /** Reading the content as the build does, then every page view, feed and search record made from it. */
  render: number;
  diagnostics: Diagnostic[];
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.threadCpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * `npm run check` of a content root holding only this file, then (when it has no errors) what the
 * build makes of it. Either step throws if the code under it throws.
 */
export function checkAndRender(text: string, file = 'incidents/2026-11-20-fuzz.md'): FuzzTiming {
  const root = mkdtempSync(join(tmpdir(), 'statusmark-fuzz-'));
  try {
    writeFileSync(join(root, 'status.config.yaml'), FUZZ_CONFIG);
    mkdirSync(join(root, 'incidents'));
    writeFileSync(join(root, file), text);
    let t = process.threadCpuUsage();
    const { diagnostics } = checkContentRoot(root, { now: FUZZ_NOW });
    const check = cpuMs(t);
    t = process.threadCpuUsage();
    if (!diagnostics.some((d) => d.severity === 'error')) {
      const model = readSiteModel(root, FUZZ_NOW);
      for (const state of model.states) incidentView(model, state);
      homeView(model);
      reportStates(model);
      searchRecords(model, '/');
      for (const format of ['rss', 'atom', 'json'] as const) feedFile(model, { kind: 'history' }, format);
    }
    return { check, render: cpuMs(t), diagnostics };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
