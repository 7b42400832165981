import { entry } from '../entry.ts';
import { HEADING_EXAMPLE } from './incident.ts';

const n = (count: number) => count.toLocaleString('en');
const MARK_LIST = '`*`, `_`, `~`, `[`, `]`, `<`';
const SHORTEN = 'shorten it: keep to what customers need to know, and link to a longer write-up';
const ESCAPE = 'put code between backticks, and escape a character that is meant literally with a backslash, like `\\*`';

export interface Count {
  count: number;
  max: number;
}

/** `over-limit`: a file over one of the README's "Limits on content", one entry per limit. */
export const LIMIT_MESSAGES = {
  tooManyCharacters: entry('over-limit', {
    message: ({ count, max }: Count) => `the text after the frontmatter is ${n(count)} characters long; a file may hold at most ${n(max)}`,
    hint: () => SHORTEN,
  }),
  tooManyLines: entry('over-limit', {
    message: ({ count, max }: Count) => `the text after the frontmatter has ${n(count)} lines; a file may have at most ${n(max)}`,
    hint: () => SHORTEN,
  }),
  nestedTooDeep: entry('over-limit', {
    message: ({ count, max }: Count) =>
      `this line is nested ${n(count)} levels deep in lists and quotes; at most ${max} levels are allowed`,
    hint: () =>
      'flatten the list or quote (two spaces of indentation count as a level, and so does each `>`, `-`, `*`, `+` or `1.` that starts the line)',
  }),
  tooManyListItems: entry('over-limit', {
    message: ({ count, max }: Count) => `this file has ${n(count)} list items and quote marks (\`>\`); a file may have at most ${n(max)}`,
    hint: () => SHORTEN,
  }),
  tooManyUnderlines: entry('over-limit', {
    message: ({ count, max }: Count) => `this file has ${n(count)} lines of only \`=\` or \`-\`; a file may have at most ${max}`,
    hint: () => 'write headings as `### Heading` rather than underlining them, and rules as `***`',
  }),
  tooManyMarks: entry('over-limit', {
    message: ({ count, max }: Count) =>
      `this file has ${n(count)} formatting characters (${MARK_LIST}) outside code; a file may have at most ${n(max)}`,
    hint: () => `${SHORTEN}; ${ESCAPE}`,
  }),
  tooManyParagraphMarks: entry('over-limit', {
    message: ({ count, max, kind }: Count & { kind: string }) =>
      `this ${kind} has ${n(count)} formatting characters (${MARK_LIST}); at most ${max} are allowed in one ${kind}`,
    hint: () => `split it into shorter paragraphs; ${ESCAPE}`,
  }),
  tooManyImages: entry('over-limit', {
    message: ({ count, max, kind }: Count & { kind: string }) =>
      `this ${kind} has ${n(count)} images; at most ${max} are allowed in one ${kind}`,
    hint: () => 'split it into shorter paragraphs, and never put an image inside the description of another',
  }),
  tableTooLarge: entry('over-limit', {
    message: ({ columns, rows, max }: { columns: number; rows: number; max: number }) =>
      `this table has ${n(columns)} columns and ${n(rows)} rows (${n(columns * rows)} cells); a table may have at most ${n(max)} cells`,
    hint: () => 'split it into smaller tables, or write the details as a list',
  }),
  tooManyUpdates: entry('over-limit', {
    message: ({ count, max }: Count) => `this file has ${n(count)} level-2 headings; an incident may have at most ${max} updates`,
    hint: () => 'an incident that goes on this long is several incidents: resolve this one and open a new one for what continues',
  }),
  headingTooLong: entry('over-limit', {
    message: ({ count, max }: Count) => `this heading is ${n(count)} characters long; a level-2 heading may be at most ${max}`,
    hint: () => `write it like \`${HEADING_EXAMPLE}\`, and the text on the lines under it`,
  }),
  summaryTooLong: entry('over-limit', {
    message: ({ count, max }: Count) => `the text before the first update is ${n(count)} characters long; it may be at most ${n(max)}`,
    hint: () => 'shorten it, and say the rest in the updates',
  }),
  updateTooLong: entry('over-limit', {
    message: ({ count, max }: Count) => `this update is ${n(count)} characters long; it may be at most ${n(max)}`,
    hint: () => 'split it into two updates, or move the detail to the post-incident report',
  }),
};
