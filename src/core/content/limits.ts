import { CATALOG } from '../diagnostics/catalog/catalog.ts';
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
    bag.report(CATALOG.tooManyCharacters, at, { count: content.length, max: LIMITS.markdown });
    return false;
  }
  const lines = content.split(LINE_END);
  if (lines.length > LIMITS.lines) {
    bag.report(CATALOG.tooManyLines, at, { count: lines.length, max: LIMITS.lines });
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
    bag.report(CATALOG.nestedTooDeep, { line: deepest.line, column: 1 }, { count: deepest.depth, max: LIMITS.depth });
    ok = false;
  }
  if (items > LIMITS.listItems) {
    bag.report(CATALOG.tooManyListItems, at, { count: items, max: LIMITS.listItems });
    ok = false;
  }
  if (underlines > LIMITS.underlines) {
    bag.report(CATALOG.tooManyUnderlines, at, { count: underlines, max: LIMITS.underlines });
    ok = false;
  }
  // The parse that counts formatting exactly must not meet a body nested too deep: it is slow there too.
  return ok && formattingWithinLimits(content, lines, code, firstLine, bag);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The list and quote markers a line starts with, and how deep in lists and quotes its start can
 * be at most: a level for each marker, and one for every two columns of indentation (a list
 * item's content is indented by at least its marker and a space). A lazy continuation line
 * cannot start a list or quote, so no line starts deeper than this.
 */
export function linePrefix(line: string): { markers: number; depth: number } {
  let markers = 0;
  let columns = 0;
  // The column on screen, from the start of the line: a tab reaches the next multiple of four.
  let at = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ') {
      columns++;
      at++;
      i++;
    } else if (c === '\t') {
      columns += 4 - (at % 4);
      at += 4 - (at % 4);
      i++;
    } else if (c === '>' || ((c === '-' || c === '*' || c === '+') && isBlank(line[i + 1]))) {
      markers++;
      // The space after a marker is the marker's. A tab there is only partly (it may reach several
      // columns further), so it is left to count as indentation: a bound may count more, never less.
      const space = line[i + 1] === ' ' ? 1 : 0;
      i += 1 + space;
      at += 1 + space;
    } else {
      let j = i;
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if (j === i || (line[j] !== '.' && line[j] !== ')') || !isBlank(line[j + 1])) break;
      markers++;
      const space = line[j + 1] === ' ' ? 1 : 0;
      at += j + 1 + space - i;
      i = j + 1 + space;
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
function formattingWithinLimits(
  content: string,
  lines: readonly string[],
  code: readonly boolean[],
  firstLine: number,
  bag: DiagnosticBag,
): boolean {
  let stretch: Formatting = { marks: 0, images: 0 };
  let columns = 0;
  let rows = 0;
  let total = 0;
  let over = false;
  for (let i = 0; i <= lines.length && !over; i++) {
    const line = lines[i];
    if (line === undefined || code[i] || /^[ \t]*$/.test(line)) {
      over =
        stretch.marks > LIMITS.paragraphMarks ||
        stretch.images > LIMITS.images ||
        columns * rows > LIMITS.tableCells ||
        total > LIMITS.marks;
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
  let ok = true;
  const marks = census.paragraphs.reduce((sum, p) => sum + p.marks, 0);
  if (marks > LIMITS.marks) {
    bag.report(CATALOG.tooManyMarks, place(1), { count: marks, max: LIMITS.marks });
    ok = false;
  }
  for (const p of census.paragraphs) {
    if (p.marks > LIMITS.paragraphMarks) {
      bag.report(CATALOG.tooManyParagraphMarks, place(p.line), { count: p.marks, max: LIMITS.paragraphMarks, kind: p.kind });
      ok = false;
    } else if (p.images > LIMITS.images) {
      bag.report(CATALOG.tooManyImages, place(p.line), { count: p.images, max: LIMITS.images, kind: p.kind });
      ok = false;
    }
  }
  for (const t of census.tables) {
    if (t.columns * t.rows <= LIMITS.tableCells) continue;
    bag.report(CATALOG.tableTooLarge, place(t.line), { columns: t.columns, rows: t.rows, max: LIMITS.tableCells });
    ok = false;
  }
  return ok;
}

function structureWithinLimits(structure: BodyStructure, bag: DiagnosticBag): boolean {
  const blocks = [...structure.headings, ...(structure.report ? [structure.report] : [])];
  if (blocks.length > LIMITS.updates) {
    bag.report(CATALOG.tooManyUpdates, { line: blocks[0]!.line, column: 1 }, { count: blocks.length, max: LIMITS.updates });
    return false;
  }
  let ok = true;
  for (const b of blocks) {
    if (b.text.length <= LIMITS.heading) continue;
    bag.report(CATALOG.headingTooLong, { line: b.line, column: 1 }, { count: b.text.length, max: LIMITS.heading });
    ok = false;
  }
  const long = (entry: typeof CATALOG.summaryTooLong, line: number, length: number) => {
    if (length <= LIMITS.update) return;
    bag.report(entry, { line, column: 1 }, { count: length, max: LIMITS.update });
    ok = false;
  };
  if (structure.summary) long(CATALOG.summaryTooLong, structure.summary.line, structure.summary.markdown.length);
  for (const h of structure.headings) long(CATALOG.updateTooLong, h.line, h.body.length);
  return ok;
}
