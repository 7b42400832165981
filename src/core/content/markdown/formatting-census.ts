import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Counts what makes Markdown parsing slow, exactly, for the limits (see limits.ts): formatting
 * marks per paragraph, heading and table cell, and the size of each table.
 *
 * micromark matches emphasis and links by walking back over everything before each closing
 * mark of a paragraph, so a paragraph of thousands of marks takes seconds. Those inline
 * constructs are switched off here, which leaves the parse linear: the marks are plain text,
 * while code spans and backslash escapes still keep what they hold out of the count.
 */

/** Characters that open or close emphasis, strikethrough, links, images, autolinks and HTML. */
const MARKS = new Set(['*', '_', '~', '[', ']', '<']);

export interface Formatting {
  /** Unescaped marks. */
  marks: number;
  /** Unescaped `![`: images can nest in each other's descriptions, and each level costs a pass over the ones inside. */
  images: number;
}

/** The formatting in a stretch of Markdown source. */
export function countMarks(source: string): Formatting {
  let marks = 0;
  let images = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (MARKS.has(c)) {
      marks++;
      if (c === '[' && source[i - 1] === '!') images++;
    }
  }
  return { marks, images };
}

const COSTLY_INLINE = [
  'attention',
  'strikethrough',
  'labelStartLink',
  'labelStartImage',
  'labelEnd',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'htmlText',
  'autolink',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
];

function remarkWithoutCostlyInline(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: COSTLY_INLINE } });
}

// GFM stays on: its tables, footnote definitions and task list items decide where paragraphs are.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkWithoutCostlyInline).freeze();

export interface Census {
  /** Every paragraph, heading and table cell, with its marks and the line (1-based, in `markdown`) it starts on. */
  paragraphs: ({ kind: 'paragraph' | 'heading' | 'table cell'; line: number } & Formatting)[];
  tables: { columns: number; rows: number; line: number }[];
}

const sourceOf = (markdown: string, node: Nodes) =>
  node.position ? markdown.slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0) : '';

const KIND = { paragraph: 'paragraph', heading: 'heading', tableCell: 'table cell' } as const;

export function formattingCensus(markdown: string): Census {
  const census: Census = { paragraphs: [], tables: [] };
  // Without a stack: the tree is as deep as the text nests, and that is what is being checked.
  const pending: Nodes[] = [parser.parse(markdown)];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // The source of the whole paragraph, less its code spans: the text nodes lose their places
      // where GFM finds bare URLs in them.
      const found = countMarks(sourceOf(markdown, node));
      for (const child of node.children) {
        if (child.type !== 'inlineCode') continue;
        const code = countMarks(sourceOf(markdown, child));
        found.marks -= code.marks;
        found.images -= code.images;
      }
      census.paragraphs.push({ kind: KIND[node.type], line, ...found });
      continue;
    }
    if (node.type === 'table') census.tables.push({ columns: node.children[0]?.children.length ?? 0, rows: node.children.length, line });
    if ('children' in node) for (const child of node.children) pending.push(child);
  }
  return census;
}
