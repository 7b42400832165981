import fc from 'fast-check';
import type { Heading } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../src/core/content/incident-body.ts';

/**
 * Differential test: `scanBody` finds update headings with a line scanner (for speed); remark is
 * the reference for what a level-2 heading is. Both must agree on every realistic document.
 *
 * The generator only produces ATX headings. Setext headings (a paragraph followed by a `---` or
 * `===` underline) are deliberately left out: the scanner does not claim to handle them, and a
 * `---` line after a paragraph would otherwise turn up constantly. To keep them out, no piece
 * produces a line of only `-` or `=` (thematic breaks use `***`/`___`, list items are never empty).
 */

const parser = unified().use(remarkParse).use(remarkGfm);
const REPORT = /^(post[- ]?incident report|postmortem|post-mortem)$/i;

interface Found {
  text: string;
  line: number;
  column: number;
}

/** Top-level depth-2 headings as remark reads them; text is the raw source of the content. */
function remarkHeadings(md: string, firstLine: number): Found[] {
  const tree = parser.parse(md);
  return tree.children
    .filter((n): n is Heading => n.type === 'heading' && n.depth === 2)
    .map((h) => {
      const first = h.children[0];
      const last = h.children[h.children.length - 1];
      const text = first && last ? md.slice(first.position!.start.offset, last.position!.end.offset) : '';
      return {
        text,
        line: h.position!.start.line + firstLine - 1,
        // For an empty heading the scanner reports the column after `##`; remark has no child to place.
        column: first ? first.position!.start.column : -1,
      };
    });
}

function scannerHeadings(md: string, firstLine: number): Found[] {
  const s = scanBody(md, firstLine);
  return [...s.headings, ...(s.report ? [s.report] : [])].map((h) => ({ text: h.text, line: h.line, column: h.column }));
}

// --- The grammar ----------------------------------------------------------------------------

type Lines = string[];
const oneOf = <T>(...xs: T[]) => fc.constantFrom(...xs);

const word = oneOf(
  'API',
  'errors',
  'are',
  'elevated',
  'we',
  'deployed',
  'a',
  'fix',
  '#hash',
  'C#',
  'x##',
  '`code`',
  '**bold**',
  '_it_',
  '<https://a.example>',
  '1.',
  '-',
  '|',
  '~',
  'UTC',
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sp = (max: number) => fc.integer({ min: 0, max }).map((n) => ' '.repeat(n));

const time = oneOf(
  '2026-11-20 14:05 UTC',
  '2026-11-20T14:05Z',
  '2026-11-20 14:05:30 +01:00',
  '2026-11-20T09:00:00-05:00',
  '2026-11-20 14:05',
);
const separator = oneOf(' · ', ' - ', ' – ', ' — ', ' | ', '·', '—', '|', '  ·  ');
const status = oneOf(
  'Investigating',
  'Identified',
  'Monitoring',
  'Update',
  'Resolved',
  'resolved',
  'In progress',
  'Scheduled',
  'Completed',
);
const closing = oneOf('', '', '', ' ##', ' #', ' ######', ' ## ', '\t##', '#', ' \\#', '   ');
const afterHashes = oneOf(' ', ' ', '  ', '\t');

/** `## <time> · <status>`, with 0–3 leading spaces (a heading) or, rarely, 4 (not a heading). */
const updateHeading = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: oneOf('') }, { weight: 3, arbitrary: sp(3) }, { weight: 1, arbitrary: oneOf('    ') }),
    afterHashes,
    time,
    separator,
    status,
    closing,
  )
  .map(([indent, gap, t, sep, st, close]): Lines => [`${indent}##${gap}${t}${sep}${st}${close}`]);

const otherH2 = fc
  .tuple(sp(3), oneOf('Notes', 'What happened', '**Resolved**', '`code`', 'Status: ok', 'a ## b', '#', ''), closing)
  .map(([indent, t, close]): Lines => [t === '' ? `${indent}##${close.trimEnd() === '' ? '' : close}` : `${indent}## ${t}${close}`]);

const notH2 = oneOf<Lines>(
  ['# Title'],
  ['### Root cause'],
  ['#### Timeline'],
  ['###### Deep'],
  ['####### seven is text'],
  ['##not-a-heading'],
  ['\\## escaped'],
  ['#\t# split'],
);

/** Paragraph lines; a line that would start another block (a list, a quote, a heading…) gets a word in front. */
const paragraph = fc
  .array(words(1, 6), { minLength: 1, maxLength: 3 })
  .map((ls): Lines => ls.map((l) => (/^([-*+>|#~`=]|\d+[.)])/.test(l) ? `Text ${l}` : l)));

const thematicBreak = oneOf<Lines>(['***'], ['* * *'], ['___']);

const blank = oneOf<Lines>([''], ['', ''], ['   ']);

const fenceBody = fc.array(
  oneOf(
    '## fake heading',
    '## 2026-11-20 14:05 UTC · Resolved',
    '  ## indented fake',
    'curl https://api.acme.example',
    '```',
    '~~~',
    '``',
    '    code',
    '',
    '> ## quoted',
    '- ## listed',
  ),
  { maxLength: 4 },
);

const fencedCode = fc
  .tuple(
    oneOf('`', '~'),
    fc.integer({ min: 3, max: 5 }),
    sp(3),
    oneOf('', 'sh', 'text', ' json'),
    fenceBody,
    fc.integer({ min: 0, max: 2 }),
    sp(3),
    oneOf('', '  '),
    fc.boolean(),
  )
  .map(([ch, n, indent, info, body, extra, closeIndent, trailing, closed]): Piece => {
    const open = `${indent}${ch.repeat(n)}${info}`;
    // Inside the fence, drop lines that would close it early: the body is meant to stay code.
    const inner = body.filter((l) => !(l.trim()[0] === ch && l.trim().length >= n && /^(.)\1*$/.test(l.trim()) && /^ {0,3}\S/.test(l)));
    return closed
      ? { lines: [open, ...inner, `${closeIndent}${ch.repeat(n + extra)}${trailing}`] }
      : { lines: [open, ...inner], unclosed: true };
  });

/** A backtick "fence" whose info string holds a backtick is not a fence, just a paragraph. */
const fakeFence = oneOf<Lines>(['``` not`a fence', '## after fake fence'], ['``not a fence', '## after two backticks']);

/** Indented code: always after a blank line, so it cannot be a paragraph continuation. */
const indentedCode = fc
  .array(oneOf('    ## fake', '    ```', '     ## deeper', '\t## tabbed', '    code()'), { minLength: 1, maxLength: 3 })
  .map((ls): Lines => ['', ...ls]);

const blockQuote = fc
  .array(oneOf('> ## quoted heading', '>## tight', '> > ## nested', '> text', '> ```', '> ## 2026-11-20 14:05 UTC · Resolved', '>'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ls): Lines => ls);

const table = fc
  .array(oneOf('| ## x | y |', '| a | b |', '| `## c` | d |', '| 1 | ## 2 |'), { maxLength: 3 })
  .map((rows): Lines => ['| Component | Status |', '|---|:--|', ...rows]);

const bullet = oneOf('- ', '* ', '+ ', '1. ', '2) ');
/** List items with simple (non-heading) content and continuation lines. */
const simpleList = fc
  .array(fc.tuple(bullet, words(1, 4), fc.option(oneOf('  continued', '    more', '  - nested', '  `inline`'), { nil: undefined })), {
    minLength: 1,
    maxLength: 3,
  })
  .map((items): Lines => items.flatMap(([b, w, c]) => [`${b}${w}`, ...(c ? [c] : [])]));

/** A list item with an indented `##` heading in it: inside the item for CommonMark. */
const listWithHeading = fc
  .tuple(bullet, words(1, 3), oneOf('  ## nested heading', '   ## 2026-11-20 14:05 UTC · Resolved', '  ## x'), fc.boolean())
  .map(([b, w, h, gap]): Lines => [`${b}${w}`, ...(gap ? [''] : []), h]);

/** A list item whose content opens a fenced code block that the item's end closes. */
const listWithFence = fc
  .tuple(bullet, words(1, 3), fc.boolean())
  .map(([b, w, gap]): Lines => [`${b}${w}`, ...(gap ? [''] : []), '  ```', '  ## fake']);

/** An HTML comment, which the safety check lets through and the renderer hides. */
const htmlComment = oneOf<Lines>(
  ['<!--', '## 2026-11-20 14:05 UTC · Resolved', '-->'],
  ['<!-- draft:', '## 2026-11-20 15:00 UTC · Monitoring', 'not yet -->'],
  ['<!-- ## 2026-11-20 14:05 UTC · Resolved -->'],
);

interface GrammarOptions {
  /**
   * Leave lists open. By default every list is followed by a `***` line, which ends it: a
   * CommonMark list item swallows any later line indented to its content (an indented heading,
   * an indented fence), even after blank lines and lazy paragraph lines, and the scanner has no
   * notion of containers. The properties with this flag on show what happens then.
   */
  openLists?: boolean;
  /** Include list items holding an indented `##` line. */
  listHeadings?: boolean;
  /** Include list items that open a fenced code block without closing it. */
  listFences?: boolean;
  /** Include HTML comments holding `##` lines. */
  comments?: boolean;
}

/** `unclosed`: a fence left open, which turns every later line into code (only last in a document). */
type Piece = { lines: Lines; list?: boolean; unclosed?: boolean };
const asList = (a: fc.Arbitrary<Lines>) => a.map((lines): Piece => ({ lines, list: true }));
const asPiece = (a: fc.Arbitrary<Lines>) => a.map((lines): Piece => ({ lines }));

function documentOf(opts: GrammarOptions = {}) {
  const pieces: fc.WeightedArbitrary<Piece>[] = [
    { weight: 8, arbitrary: asPiece(updateHeading) },
    { weight: 2, arbitrary: asPiece(otherH2) },
    { weight: 2, arbitrary: asPiece(notH2) },
    { weight: 6, arbitrary: asPiece(paragraph) },
    { weight: 1, arbitrary: asPiece(thematicBreak) },
    { weight: 5, arbitrary: asPiece(blank) },
    { weight: 3, arbitrary: fencedCode },
    { weight: 1, arbitrary: asPiece(fakeFence) },
    { weight: 2, arbitrary: asPiece(indentedCode) },
    { weight: 2, arbitrary: asPiece(blockQuote) },
    { weight: 2, arbitrary: asPiece(table) },
    { weight: 2, arbitrary: asList(simpleList) },
  ];
  if (opts.listHeadings) pieces.push({ weight: 2, arbitrary: asList(listWithHeading) });
  if (opts.listFences) pieces.push({ weight: 2, arbitrary: asList(listWithFence) });
  if (opts.comments) pieces.push({ weight: 2, arbitrary: asPiece(htmlComment) });
  return fc
    .tuple(
      fc.array(fc.tuple(fc.oneof(...pieces), fc.boolean()), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 40 }),
      fc.constantFrom('\n', '\n', '\n', '\r\n'),
    )
    .map(([parts, firstLine, eol]) => {
      // Pieces are separated by a blank line or glued on directly (which exercises interruption
      // and lazy continuation); the table needs a blank line before it to stay a table.
      const lines: string[] = [];
      // A fence left open swallows the rest, so only the last piece may be one: elsewhere its
      // body lines (`- ## listed`, `> ## quoted`) would escape into the document once a later
      // fence line closes it.
      parts = parts.filter(([p], i) => !p.unclosed || i === parts.length - 1);
      for (const [piece, gap] of parts) {
        if (lines.length && (gap || piece.lines[0]?.startsWith('| Component'))) lines.push('');
        lines.push(...piece.lines);
        if (piece.list && !opts.openLists) lines.push('***');
      }
      return { md: lines.join(eol), firstLine };
    });
}

const RUNS = { numRuns: 1000 };

/** Pins the minimal counterexample's text into the assertion message, so it is readable. */
function agree(md: string, firstLine: number, withColumn: boolean): void {
  const strip = (xs: Found[]) => (withColumn ? xs : xs.map(({ text, line }) => ({ text, line })));
  const expected = strip(remarkHeadings(md, firstLine));
  const actual = strip(scannerHeadings(md, firstLine));
  expect(actual, `document ${JSON.stringify(md)} (firstLine ${firstLine})`).toEqual(expected);
}

describe('scanBody agrees with remark on level-2 ATX headings', () => {
  it('sanity: the reference sees what we expect', () => {
    const md = '## 2026-11-20 14:05 UTC · Resolved ##\n\n```\n## fake\n```\n\n> ## quoted\n\n    ## code\n';
    expect(remarkHeadings(md, 1)).toEqual([{ text: '2026-11-20 14:05 UTC · Resolved', line: 1, column: 4 }]);
    expect(scannerHeadings(md, 1)).toEqual(remarkHeadings(md, 1));
  });

  it('text and line, core grammar (fences, code, quotes, tables, lists, closing hashes, indents)', () => {
    fc.assert(
      fc.property(documentOf(), ({ md, firstLine }) => {
        fc.pre(!/^ {0,3}##[ \t]+(post[- ]?incident report|postmortem|post-mortem)/im.test(md));
        agree(md, firstLine, false);
      }),
      RUNS,
    );
  });

  it('column of the heading text, core grammar', () => {
    fc.assert(
      fc.property(documentOf(), ({ md, firstLine }) => {
        // An empty heading has no text to place; compare only the others.
        const ref = remarkHeadings(md, firstLine);
        fc.pre(ref.every((h) => h.column > 0));
        agree(md, firstLine, true);
      }),
      RUNS,
    );
  });

  it('with a post-incident report: headings up to and including the report heading', () => {
    const reportHeading = fc.constantFrom('## Post-incident report', '## Postmortem', '## post-mortem', '##  Post incident report ##');
    fc.assert(
      fc.property(documentOf(), reportHeading, fc.nat(), documentOf(), ({ md: before, firstLine }, report, _n, { md: after }) => {
        const md = `${before}\n\n${report}\n\n${after}`;
        const ref = remarkHeadings(md, firstLine);
        const cut = ref.findIndex((h) => REPORT.test(h.text.trim()));
        const expected = (cut < 0 ? ref : ref.slice(0, cut + 1)).map(({ text, line }) => ({ text, line }));
        const actual = scannerHeadings(md, firstLine).map(({ text, line }) => ({ text, line }));
        expect(actual, JSON.stringify(md)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  // The two properties below add pieces where the line scanner and CommonMark are expected to
  // part ways; they are kept (failing, if they do) so the disagreement stays visible.
  it('text and line, with list items that hold an indented `##` line', () => {
    fc.assert(
      fc.property(documentOf({ openLists: true, listHeadings: true }), ({ md, firstLine }) => {
        fc.pre(!/^ {0,3}##[ \t]+(post[- ]?incident report|postmortem|post-mortem)/im.test(md));
        agree(md, firstLine, false);
      }),
      RUNS,
    );
  });

  it('text and line, with HTML comments that hold a `##` line', () => {
    fc.assert(
      fc.property(documentOf({ comments: true }), ({ md, firstLine }) => {
        fc.pre(!/^ {0,3}##[ \t]+(post[- ]?incident report|postmortem|post-mortem)/im.test(md));
        agree(md, firstLine, false);
      }),
      RUNS,
    );
  });

  it('text and line, with list items that open a fence the item never closes', () => {
    fc.assert(
      fc.property(documentOf({ listFences: true }), ({ md, firstLine }) => {
        fc.pre(!/^ {0,3}##[ \t]+(post[- ]?incident report|postmortem|post-mortem)/im.test(md));
        agree(md, firstLine, false);
      }),
      RUNS,
    );
  });
});

describe('scanBody on hand-picked documents (each checked against remark)', () => {
  const cases: [string, string][] = [
    ['closing hashes', '## 2026-11-20 14:05 UTC · Resolved ##'],
    ['three leading spaces', '   ## 2026-11-20 14:05 UTC · Resolved'],
    ['four leading spaces is code', '    ## 2026-11-20 14:05 UTC · Resolved'],
    ['tilde fence hides ##', '~~~\n## fake\n~~~\n## real'],
    ['longer closing fence', '````\n## fake\n```\n## still fake\n`````\n## real'],
    ['backtick info string with backtick is no fence', '``` a`b\n## real'],
    ['unclosed fence runs to the end', '```\n## fake\n## also fake'],
    ['block quote', '> ## quoted\n## real'],
    ['heading interrupts a paragraph', 'text\n## real'],
    ['indented ## after a paragraph is a continuation', 'text\n    ## not'],
    ['escaped closing hash', '## a \\#'],
    ['empty heading', '##\n## #\n## real'],
    ['tab after ##', '##\tx'],
    ['list item continuation holds the heading', '- item\n  ## 2026-11-20 14:05 UTC · Resolved'],
    ['list item after a blank line holds the heading', '1. item\n\n   ## 2026-11-20 14:05 UTC · Resolved'],
    ['HTML comment hides the heading', '<!--\n## 2026-11-20 14:05 UTC · Resolved\n-->'],
    ['fence inside a list item ends with the item', '- item\n\n  ```\n\n## 2026-11-20 14:05 UTC · Resolved'],
  ];
  it.each(cases)('%s', (_name, md) => {
    agree(md, 7, false);
  });
});
