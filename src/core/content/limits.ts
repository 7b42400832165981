import type { DiagnosticBag, Position } from '../diagnostics/diagnostics.ts';
import { countMarks, formattingCensus, type Formatting } from './markdown/formatting-census.ts';
import { fencedCode, fencesAtTopLevelOnly, scanBody, type BodyStructure } from './incident-body.ts';

/**
 * What one incident file may hold (the README's "Limits on content"). Files arrive by pull request
 * from anyone, and Markdown parsing takes more than linear time on some shapes of text: runs of
 * `*` or `[` in one paragraph, images inside image descriptions, list items by the thousand, deep
 * nesting (which also overflows the stack of every tree walk after the parser), setext underlines,
 * huge tables. Each limit is far above what a real incident holds, and each is checked before
 * the body is parsed as Markdown (on the raw text; only an exact count of formatting parses it,
 * with the costly constructs off), so a file over one gets a finding instead of a hang or a
 * crash, in check, build and CLI alike.
 */
export const LIMITS = {
  /** Characters after the frontmatter. */
  markdown: 50_000,
  /** Lines after the frontmatter. */
  lines: 1_000,
  /** Characters of one update, and of the text before the first update. */
  update: 10_000,
  /** Level-2 headings: the updates and the report's heading. */
  updates: 200,
  /** Characters of a level-2 heading's text. */
  heading: 200,
  /** Levels of lists and block quotes a line may start with. */
  depth: 8,
  /** List item markers and block quote marks (`>`) at the starts of lines. */
  listItems: 1_000,
  /** Unescaped `*`, `_`, `~`, `[`, `]` and `<`, outside code: in the whole file… */
  marks: 5_000,
  /** …and in one paragraph, heading or table cell. */
  paragraphMarks: 500,
  /** Images (`![`) in one paragraph, heading or table cell. */
  images: 8,
  /** Lines of only `=` or only `-` (setext heading underlines and rules). */
  underlines: 100,
  /** Cells of one table: its columns times its rows, as the page shows it. */
  tableCells: 5_000,
} as const;

const CODE = 'over-limit';
const MARK_LIST = '`*`, `_`, `~`, `[`, `]`, `<`';
const n = (count: number) => count.toLocaleString('en');
const SHORTEN = 'shorten it: keep to what customers need to know, and link to a longer write-up';

/**
 * `scanBody`, once the body is within the limits: the structure of the body, or undefined when
 * something is over a limit (each is reported on `bag`). `content` starts at file line `firstLine`.
 */
export function scanBodyWithinLimits(content: string, firstLine: number, bag: DiagnosticBag): BodyStructure | undefined {
  if (!textWithinLimits(content, firstLine, bag)) return undefined;
  const structure = scanBody(content, firstLine);
  return structureWithinLimits(structure, bag) ? structure : undefined;
}

// CommonMark's line endings, a lone CR among them: the parser's lines, not only the editor's.
const LINE_END = /\r\n|\r|\n/;

function textWithinLimits(content: string, firstLine: number, bag: DiagnosticBag): boolean {
  const at = { line: firstLine, column: 1 };
  if (content.length > LIMITS.markdown) {
    bag.error(CODE, at, `the text after the frontmatter is ${n(content.length)} characters long; a file may hold at most ${n(LIMITS.markdown)}`, SHORTEN);
    return false;
  }
  const lines = content.split(LINE_END);
  if (lines.length > LIMITS.lines) {
    bag.error(CODE, at, `the text after the frontmatter has ${n(lines.length)} lines; a file may have at most ${n(LIMITS.lines)}`, SHORTEN);
    return false;
  }
  // Lines of fenced code hold no structure, and a log or a config file in one is no reason to
  // refuse a file. Where a fence may belong to a list or quote, every line counts.
  const inCode = fencesAtTopLevelOnly(content) ? fencedCode() : () => false;
  const code = lines.map((line) => inCode(line));
  let deepest: { line: number; depth: number } | undefined;
  let items = 0;
  let underlines = 0;
  lines.forEach((line, i) => {
    if (code[i]) return;
    const prefix = linePrefix(line);
    items += prefix.markers;
    if (prefix.depth > LIMITS.depth && !deepest) deepest = { line: firstLine + i, depth: prefix.depth };
    if (/^[ \t>]*(?:=+|-+)[ \t]*$/.test(line)) underlines++;
  });
  let ok = true;
  if (deepest) {
    // The first such line only: the lines under it are usually just as deep.
    bag.error(
      CODE,
      { line: deepest.line, column: 1 },
      `this line is nested ${n(deepest.depth)} levels deep in lists and quotes; at most ${LIMITS.depth} levels are allowed`,
      'flatten the list or quote (two spaces of indentation count as a level, and so does each `>`, `-`, `*`, `+` or `1.` that starts the line)',
    );
    ok = false;
  }
  if (items > LIMITS.listItems) {
    bag.error(CODE, at, `this file has ${n(items)} list items and quote marks (\`>\`); a file may have at most ${n(LIMITS.listItems)}`, SHORTEN);
    ok = false;
  }
  if (underlines > LIMITS.underlines) {
    bag.error(
      CODE,
      at,
      `this file has ${n(underlines)} lines of only \`=\` or \`-\`; a file may have at most ${LIMITS.underlines}`,
      'write headings as `### Heading` rather than underlining them, and rules as `***`',
    );
    ok = false;
  }
  // The parse that counts formatting exactly must not meet a body nested too deep: it is slow there too.
  return ok && formattingWithinLimits(content, lines, code, firstLine, bag);
}

/**
 * The list and quote markers a line starts with, and how deep in lists and quotes its start can
 * be at most: a level for each marker, and one for every two columns of indentation (a list
 * item's content is indented by at least its marker and a space). A lazy continuation line
 * cannot start a list or quote, so no line starts deeper than this.
 */
export function linePrefix(line: string): { markers: number; depth: number } {
  let markers = 0;
  let columns = 0;
  let i = 0;
  const space = (c: string | undefined) => c === ' ' || c === '\t';
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ') {
      columns++;
      i++;
    } else if (c === '\t') {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === '>' || ((c === '-' || c === '*' || c === '+') && space(line[i + 1]))) {
      markers++;
      i += space(line[i + 1]) ? 2 : 1; // the space after a marker is the marker's
    } else {
      let j = i;
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if (j === i || (line[j] !== '.' && line[j] !== ')') || !space(line[j + 1])) break;
      markers++;
      i = j + 2;
    }
  }
  return { markers, depth: markers + Math.floor(columns / 2) };
}

/**
 * Formatting per paragraph and cells per table. First an upper bound from the raw text: a
 * paragraph or table never spans a blank line, so counting per stretch of lines between blank
 * lines can only count more (code spans too). Only a file over that bound is parsed, with the
 * costly inline constructs switched off, for the exact count.
 */
function formattingWithinLimits(content: string, lines: readonly string[], code: readonly boolean[], firstLine: number, bag: DiagnosticBag): boolean {
  let stretch: Formatting = { marks: 0, images: 0 };
  let columns = 0;
  let rows = 0;
  let total = 0;
  let over = false;
  for (let i = 0; i <= lines.length && !over; i++) {
    const line = lines[i];
    if (line === undefined || code[i] || /^[ \t]*$/.test(line)) {
      over = stretch.marks > LIMITS.paragraphMarks || stretch.images > LIMITS.images || columns * rows > LIMITS.tableCells || total > LIMITS.marks;
      stretch = { marks: 0, images: 0 };
      columns = rows = 0;
      continue;
    }
    rows++;
    const f = countMarks(line);
    total += f.marks;
    stretch = { marks: stretch.marks + f.marks, images: stretch.images + f.images };
    // Anything like a table's delimiter row (`| --- | :-: |`): it says how many columns there are.
    if (line.includes('|') && line.includes('-') && /^[ \t>|:-]*$/.test(line)) columns = Math.max(columns, line.split('|').length);
  }
  if (!over) return true;
  const census = formattingCensus(content);
  const place = (line: number): Position => ({ line: firstLine + line - 1, column: 1 });
  const hint = 'put code between backticks, and escape a character that is meant literally with a backslash, like `\\*`';
  let ok = true;
  const marks = census.paragraphs.reduce((sum, p) => sum + p.marks, 0);
  if (marks > LIMITS.marks) {
    bag.error(CODE, place(1), `this file has ${n(marks)} formatting characters (${MARK_LIST}) outside code; a file may have at most ${n(LIMITS.marks)}`, `${SHORTEN}; ${hint}`);
    ok = false;
  }
  for (const p of census.paragraphs) {
    if (p.marks > LIMITS.paragraphMarks) {
      bag.error(
        CODE,
        place(p.line),
        `this ${p.kind} has ${n(p.marks)} formatting characters (${MARK_LIST}); at most ${LIMITS.paragraphMarks} are allowed in one ${p.kind}`,
        `split it into shorter paragraphs; ${hint}`,
      );
      ok = false;
    } else if (p.images > LIMITS.images) {
      bag.error(CODE, place(p.line), `this ${p.kind} has ${n(p.images)} images; at most ${LIMITS.images} are allowed in one ${p.kind}`, 'split it into shorter paragraphs, and never put an image inside the description of another');
      ok = false;
    }
  }
  for (const t of census.tables) {
    if (t.columns * t.rows <= LIMITS.tableCells) continue;
    bag.error(
      CODE,
      place(t.line),
      `this table has ${n(t.columns)} columns and ${n(t.rows)} rows (${n(t.columns * t.rows)} cells); a table may have at most ${n(LIMITS.tableCells)} cells`,
      'split it into smaller tables, or write the details as a list',
    );
    ok = false;
  }
  return ok;
}

function structureWithinLimits(structure: BodyStructure, bag: DiagnosticBag): boolean {
  const blocks = [...structure.headings, ...(structure.report ? [structure.report] : [])];
  if (blocks.length > LIMITS.updates) {
    bag.error(
      CODE,
      { line: blocks[0]!.line, column: 1 },
      `this file has ${n(blocks.length)} level-2 headings; an incident may have at most ${LIMITS.updates} updates`,
      'an incident that goes on this long is several incidents: resolve this one and open a new one for what continues',
    );
    return false;
  }
  let ok = true;
  for (const b of blocks) {
    if (b.text.length <= LIMITS.heading) continue;
    bag.error(
      CODE,
      { line: b.line, column: 1 },
      `this heading is ${n(b.text.length)} characters long; a level-2 heading may be at most ${LIMITS.heading}`,
      'write it like `## 2026-11-20 14:05 UTC · Investigating`, and the text on the lines under it',
    );
    ok = false;
  }
  const long = (what: string, line: number, length: number, hint: string) => {
    if (length <= LIMITS.update) return;
    bag.error(CODE, { line, column: 1 }, `${what} is ${n(length)} characters long; it may be at most ${n(LIMITS.update)}`, hint);
    ok = false;
  };
  if (structure.summary) long('the text before the first update', structure.summary.line, structure.summary.markdown.length, 'shorten it, and say the rest in the updates');
  for (const h of structure.headings) long('this update', h.line, h.body.length, 'split it into two updates, or move the detail to the post-incident report');
  return ok;
}
