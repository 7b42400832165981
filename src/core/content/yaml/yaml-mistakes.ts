import { CST, isScalar, Parser, visit, type Document, type LineCounter, type Node } from 'yaml';
import { blamedLine, lineShape, runsOnto, tabIndent } from './yaml-indentation.ts';
import { columnsOf, SourceLines, withoutComment } from './yaml-lines.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render } from '../../diagnostics/catalog/entry.ts';
import type { YamlMistake } from './yaml-mistake.ts';

/**
 * Explains the `yaml` parser's first error from its code and position. The parser often notices a
 * mistake a line late (an over-indented line reads as the end of the value above it) or at the end
 * of the text (an unclosed quote); this names the line that holds the mistake. `firstLine` is the
 * file line the text starts on, for hints that point at another line.
 */
export function explainYamlError(text: string, doc: Document, lines: LineCounter, firstLine: number): YamlMistake {
  const source = new SourceLines(text, lines, firstLine);
  const errors = doc.errors;
  const first = errors[0]!;
  const at = first.pos[0];
  const shape = () => lineShape(source, blamedLine(source, errors)) ?? unreadable(at);
  switch (first.code) {
    case 'TAB_AS_INDENT':
      return tabIndent(source, source.lineOf(at));
    case 'DUPLICATE_KEY':
      return duplicateKey(source, doc, at);
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
      return specialStart(source, at) ?? unreadable(at);
    case 'UNEXPECTED_TOKEN':
      return textAfterValue(source, doc, at) ?? valueStartingOn(source, source.lineOf(at)) ?? shape();
    case 'BLOCK_IN_FLOW':
      return quoteValue(source, at, (q) => render(CATALOG.colonInValue, q), true);
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/nested mappings/i.test(first.message) && !runsOnto(errors)) {
        return quoteValue(source, at, (q) => render(CATALOG.colonInValue, q));
      }
      return shape();
    case 'BAD_INDENT':
      if (/flow (map|sequence)/i.test(first.message)) return unclosedBracket(source, text) ?? unreadable(at);
      return shape();
    case 'MISSING_CHAR':
      if (/closing ["']/i.test(first.message)) return unclosedQuote(source, doc, at);
      if (/flow (map|sequence)|to end with/i.test(first.message)) return unclosedBracket(source, text) ?? unreadable(at);
      return missingColonSpace(source, source.lineOf(at)) ?? shape();
    case 'MULTILINE_IMPLICIT_KEY':
      return missingColonSpace(source, source.lineOf(at)) ?? unreadable(at);
    default:
      return unreadable(at);
  }
}

/** `impact:major`: YAML reads it as one word, not a field and its value. */
function missingColonSpace(source: SourceLines, line: number): YamlMistake | undefined {
  const text = source.line(line);
  const start = columnsOf(text).at(-1)!.column;
  const body = text.slice(start).trimEnd();
  const glued = /^([^\s:#'"{[\]},]+):(?=\S)/.exec(body);
  if (glued) {
    return {
      offset: source.start(line) + start + glued[1]!.length,
      said: render(CATALOG.noSpaceAfterColon, { line: body, name: glued[1]!, value: body.slice(glued[0].length) }),
    };
  }
  const words = /^(\S+)\s+(\S.*)$/.exec(body);
  if (words && !body.includes(':')) {
    return { offset: source.start(line) + start, said: render(CATALOG.noColon, { name: words[1]!, value: words[2]! }) };
  }
  return undefined;
}

function duplicateKey(source: SourceLines, doc: Document, at: number): YamlMistake {
  let first: Node | undefined;
  let name = '';
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((p) => p.key).filter(isScalar);
      const repeated = keys.find((k) => k.range?.[0] === at);
      if (!repeated) return;
      name = String(repeated.value);
      first = keys.find((k) => k !== repeated && String(k.value) === name);
      return visit.BREAK;
    },
  });
  const firstLine = first?.range ? source.fileLine(source.lineOf(first.range[0])) : undefined;
  return { offset: at, said: render(CATALOG.duplicateKey, { name, firstLine }) };
}

/** A value written without quotes that starts with a character YAML keeps for itself. */
function specialStart(source: SourceLines, at: number): YamlMistake | undefined {
  const ch = source.line(source.lineOf(at)).charAt(at - source.start(source.lineOf(at)));
  if (!/[@`[{*&!|>%]/.test(ch)) return undefined;
  return quoteValue(source, at, (q) => render(CATALOG.specialStart, { ...q, char: ch }));
}

/** A value on `line` after `name: ` that starts with a character YAML keeps for itself, such as `| urgent`. */
function valueStartingOn(source: SourceLines, line: number): YamlMistake | undefined {
  const field = /^\s*(-\s+)*[^\s:#'"{[][^:]*:\s+(?=\S)/.exec(source.line(line));
  return field ? specialStart(source, source.start(line) + field[0].length) : undefined;
}

/** Text after a value that was complete: `[Resolved] API errors`, `"The "Dashboard" is slow"`. */
function textAfterValue(source: SourceLines, doc: Document, at: number): YamlMistake | undefined {
  let ended: Node | undefined;
  visit(doc, (_, node) => {
    const range = (node as Node | null)?.range;
    if (range && range[1] <= at && at <= range[2] && range[0] < at && source.lineOf(range[0]) === source.lineOf(at)) {
      ended = node as Node;
      return visit.BREAK;
    }
    return undefined;
  });
  const start = ended?.range?.[0];
  if (start === undefined) return undefined;
  const line = source.lineOf(start);
  const ch = source.line(line).charAt(start - source.start(line));
  if (ch === '"' || ch === "'") {
    return quoteValue(source, start, (q) => render(CATALOG.quoteEndsEarly, { ...q, quote: ch }));
  }
  return specialStart(source, start);
}

/** A mistake whose hint quotes the value starting at `at`: to the end of its line, or inside `{ }` or `[ ]` to the next `,`. */
function quoteValue(
  source: SourceLines,
  at: number,
  say: (q: { before: string; quoted: string }) => YamlMistake['said'],
  inBrackets = false,
): YamlMistake {
  const line = source.lineOf(at);
  const text = source.line(line);
  const column = at - source.start(line);
  const before = inBrackets ? (/[^\s{[,]+:\s*$/.exec(text.slice(0, column))?.[0] ?? '') : text.slice(0, column).trimStart();
  let value = (inBrackets ? /^[^,}\]]*/.exec(text.slice(column))![0] : text.slice(column)).trimEnd();
  const outer = value.charAt(0);
  if (outer === '"' || outer === "'") {
    value = value.slice(1);
    if (value.endsWith(outer)) value = value.slice(0, -1);
  }
  return { offset: at, said: say({ before, quoted: quoted(value) }) };
}

/** `text` as a quoted YAML value, in the quotes that need no escapes where there is a choice. */
function quoted(text: string): string {
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function unclosedQuote(source: SourceLines, doc: Document, at: number): YamlMistake {
  let opener: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === at) {
        opener = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const start = opener ?? at;
  const line = source.lineOf(start);
  const text = source.line(line);
  const quote = text.charAt(start - source.start(line)) === "'" ? "'" : '"';
  const before = text.slice(0, start - source.start(line));
  // Only a value that is the whole rest of a `name: value` line can be shown closed.
  const shown = opener !== undefined && /^\s*(-\s+)*[^\s:{[][^:]*:\s+$/.test(before);
  const closed = shown ? `${before.trimStart()}${text.slice(before.length).trimEnd()}${quote}` : undefined;
  return { offset: start, said: render(CATALOG.unclosedQuote, { quote, closed }) };
}

/** An unclosed `{` or `[`, which the parser notices only where the next line starts. */
function unclosedBracket(source: SourceLines, text: string): YamlMistake | undefined {
  let opener: CST.FlowCollection | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    const check = (t: CST.Token | null | undefined) => {
      if (!opener && t?.type === 'flow-collection' && !t.end.some((e) => e.type === 'flow-map-end' || e.type === 'flow-seq-end'))
        opener = t;
    };
    check(token.value);
    CST.visit(token, (item) => {
      check(item.key);
      check(item.value);
    });
  }
  if (!opener) return undefined;
  const open = opener.start.source;
  const close = open === '{' ? '}' : ']';
  const line = source.lineOf(opener.offset);
  const written = withoutComment(source.line(line)).trim();
  const closed = `${written}${source.line(line).charAt(opener.offset - source.start(line) + 1) === ' ' ? ' ' : ''}${close}`;
  return { offset: opener.offset, said: render(CATALOG.unclosedBracket, { open, close, closed }) };
}

function unreadable(at: number): YamlMistake {
  return { offset: at, said: render(CATALOG.unreadableLine) };
}
