import { entry } from '../entry.ts';

const QUOTE_IT = 'put the whole value in quotes';
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
/** `the same as line 4 (`name: API`)`: the line whose indentation to copy. */
const sameAs = (line: { number: number; text: string }) => `the same as line ${line.number} (\`${line.text}\`)`;

export interface Quoted {
  /** What comes before the value on its line, and the value in quotes. */
  before: string;
  quoted: string;
}

/** `yaml-syntax`: YAML that cannot be read, one entry for each mistake the explainer recognises. */
export const YAML_MESSAGES = {
  noSpaceAfterColon: entry('yaml-syntax', {
    message: ({ line }: { line: string; name: string; value: string }) => `there is no space after the colon in \`${line}\``,
    hint: ({ name, value }) => `write \`${name}: ${value}\``,
  }),
  noColon: entry('yaml-syntax', {
    message: (_: { name: string; value: string }) => 'this line has no colon after its name',
    hint: ({ name, value }) => `write the name, a colon and a space, then the value, e.g. \`${name}: ${value}\``,
  }),
  duplicateKey: entry('yaml-syntax', {
    message: ({ name, firstLine }: { name: string; firstLine: number | undefined }) =>
      `\`${name}\` is written twice${firstLine === undefined ? '' : `; the first is on line ${firstLine}`}`,
    hint: ({ name }) => `keep one \`${name}:\` and remove the other`,
  }),
  specialStart: entry('yaml-syntax', {
    message: ({ char }: Quoted & { char: string }) =>
      `a value that starts with ${char === '`' ? 'a backtick (`)' : `\`${char}\``} must be in quotes`,
    hint: ({ before, quoted }) => `${QUOTE_IT}: ${before}${quoted}`,
  }),
  colonInValue: entry('yaml-syntax', {
    message: (_: Quoted) => 'a value with ": " in it must be in quotes',
    hint: ({ before, quoted }) => `${QUOTE_IT}: ${before}${quoted}`,
  }),
  quoteEndsEarly: entry('yaml-syntax', {
    message: ({ quote }: Quoted & { quote: string }) => `a \`${quote}\` inside this quoted value ends it early`,
    hint: ({ before, quoted }) => `write it with the other kind of quotes: ${before}${quoted}`,
  }),
  unclosedQuote: entry('yaml-syntax', {
    message: ({ quote }: { quote: string; closed: string | undefined }) => `the \`${quote}\` quote that starts here is not closed`,
    hint: ({ quote, closed }) => `end the text with another \`${quote}\` on the same line${closed === undefined ? '' : `: ${closed}`}`,
  }),
  unclosedBracket: entry('yaml-syntax', {
    message: ({ open }: { open: string; close: string; closed: string }) => `a \`${open}\` is not closed`,
    hint: ({ close, closed }) => `close it with \`${close}\` on the same line: ${closed}`,
  }),
  unreadableLine: entry('yaml-syntax', {
    message: () => 'this line cannot be read',
    hint: () => 'check quotes, colons and indentation; a value with `: ` or `#` in it needs "quotes"',
  }),
  itemAmongFields: entry('yaml-syntax', {
    message: (_: { asField: string }) => 'this line is a list item ("- ") but the lines above it are "name: value" lines',
    hint: ({ asField }) =>
      `write it like them, without "- " (\`${/:( |$)/.test(asField) ? asField : `${asField}: …`}\`), or put "- " in front of each of them`,
  }),
  fieldAmongItems: entry('yaml-syntax', {
    message: (_: { body: string }) => 'this line is a "name: value" line but the lines above it are list items ("- ")',
    hint: ({ body }) => `start it with "- " like them (\`- ${body}\`), or take the "- " off each of them`,
  }),
  firstLineIndented: entry('yaml-syntax', {
    message: () => 'this line is indented more than the lines below it',
    hint: () => 'start it at the beginning of the line',
  }),
  indentedUnlikeAbove: entry('yaml-syntax', {
    message: ({ more }: { more: boolean; column: number; like: { number: number; text: string } }) =>
      `this line is indented ${more ? 'more' : 'less'} than the lines above it`,
    hint: ({ column, like }) => `${column ? `indent it by ${spaces(column)}` : 'start it at the beginning of the line'}, ${sameAs(like)}`,
  }),
  tabIndent: entry('yaml-syntax', {
    message: () => 'this line is indented with a tab',
    hint: () => 'indent with spaces, not tabs, lined up with the lines above it',
  }),
  tabIndentAligned: entry('yaml-syntax', {
    message: () => 'this line is indented with a tab',
    hint: ({ column, like }: { column: number; like: { number: number; text: string } | undefined }) =>
      `${column ? `use ${spaces(column)} instead of the tab` : 'remove the tab'}${like ? `, ${sameAs(like)}` : ''}`,
  }),
  aliasBomb: entry('yaml-syntax', {
    message: () => 'too many repeats with `*name`',
    hint: () => 'write the values out instead of repeating them with `*name`',
  }),
  aliasWithoutAnchor: entry('yaml-syntax', {
    message: ({ name }: { name: string }) => `there is no \`&${name}\` before \`*${name}\` for it to repeat`,
    hint: () => 'a value that starts with `*` must be in quotes, unless it repeats a value marked `&name` above it',
  }),
};
