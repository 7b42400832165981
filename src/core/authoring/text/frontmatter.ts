/**
 * Frontmatter as the CLI writes it: every value goes through the `yaml` package's own
 * serialiser, so any text a responder types reads back as exactly that text. The serialiser
 * writes a plain value where YAML reads it back the same, quotes only where it must, and writes
 * multi-line text as an indented `|` block, as a person would. An existing file is edited at
 * the one field that changes; its comments, order and spacing stay byte for byte.
 */
import { Document, isMap, isScalar, parseDocument, type ToStringOptions } from 'yaml';
import { YAML_PARSE_OPTIONS } from '../../content/yaml/yaml-lines.ts';

export interface FrontmatterField {
  key: string;
  value: string | boolean | readonly string[] | Readonly<Record<string, string>>;
  /** On one line, as `{ start: …, end: … }`. */
  flow?: boolean;
}

// lineWidth 0: a long title stays on its line instead of being folded onto the next.
const SERIALISE: ToStringOptions = { lineWidth: 0 };

/** `key: value` lines for the fields, in their order; ends with a line break. */
export function frontmatterYaml(fields: readonly FrontmatterField[]): string {
  const doc = new Document({});
  for (const f of fields) doc.set(f.key, doc.createNode(f.value, { flow: Boolean(f.flow) }));
  return doc.toString(SERIALISE);
}

/** A new file's frontmatter, between its `---` lines. */
export function frontmatterBlock(fields: readonly FrontmatterField[]): string {
  return `---\n${frontmatterYaml(fields)}---\n`;
}

type Range = [number, number, number];

/** The YAML between the `---` lines of `text`: where it starts, where the closing line starts, and the line ending. */
function frontmatterSpan(text: string): { start: number; end: number; eol: string } | undefined {
  const open = /^\uFEFF?---[ \t]*(\r?\n)/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*\r?$/gm;
  close.lastIndex = open[0].length;
  const m = close.exec(text);
  return m ? { start: open[0].length, end: m.index, eol: open[1]! } : undefined;
}

/**
 * `text` with one frontmatter field set: its value replaced where it stands, or a new line at
 * the end of the frontmatter when the field is not there yet. Undefined when `text` has no
 * frontmatter map to edit.
 */
export function setFrontmatterField(text: string, field: FrontmatterField): string | undefined {
  const span = frontmatterSpan(text);
  if (!span) return undefined;
  const { eol } = span;
  const yaml = text.slice(span.start, span.end);
  const doc = parseDocument(yaml, YAML_PARSE_OPTIONS);
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field.key);
  // The fields' own indentation (none, in all but odd files), for every line written.
  const firstKey = (doc.contents.items[0]?.key as { range?: Range } | undefined)?.range?.[0] ?? 0;
  const indent = ' '.repeat(firstKey - (yaml.lastIndexOf('\n', firstKey - 1) + 1));
  const lines = frontmatterYaml([field]).replace(/\n$/, '').split('\n');
  const written = lines.join(eol + indent);
  if (!pair) return text.slice(0, span.end) + indent + written + eol + text.slice(span.end);

  const key = (pair.key as { range: Range }).range;
  const from = span.start + key[0];
  let to = span.start + ((pair.value as { range?: Range } | null)?.range?.[1] ?? key[1]);
  // A block value's range takes its last line break; that break stays where it is.
  while (to > from && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
  const lineEnd = text.indexOf(eol, to) === -1 ? text.length : text.indexOf(eol, to);
  const rest = text.slice(to, lineEnd);
  if (lines.length > 1 && rest.trim()) {
    // A comment behind the old value would end up inside a multi-line one: it goes on the line above.
    return text.slice(0, from) + rest.trim() + eol + indent + written + text.slice(lineEnd);
  }
  return text.slice(0, from) + written + text.slice(to);
}
