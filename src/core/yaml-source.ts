import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DiagnosticBag, Position } from './diagnostics.ts';

/**
 * A parsed YAML text that can say where any value of it stands, so schema errors can name a
 * line and column. `firstLine` is the file line the text starts on (frontmatter starts on 1,
 * right after the opening `---`, because gray-matter keeps the rest of that line).
 */
export class YamlSource {
  private readonly text: string;
  private readonly lines = new LineCounter();
  private readonly firstLine: number;
  private document: Document | undefined;
  private fast: { value: unknown } | undefined;
  private slow: { value: unknown } | undefined;

  constructor(text: string, firstLine = 1) {
    this.text = text;
    this.firstLine = firstLine;
    // Fast path: js-yaml reads a clean file several times faster than a positioned parse, and
    // checking 10,000 files is mostly clean files. Anchors and aliases go the careful way,
    // whose alias limit guards against "billion laughs". Both use the YAML core schema, so
    // `2026-11-20 14:05 UTC` stays a string and every time goes through parseTime.
    if (!/[&*]/.test(text)) {
      try {
        this.fast = { value: load(text, { schema: CORE_SCHEMA, json: false }) ?? null };
      } catch {
        this.fast = undefined;
      }
    }
  }

  /** The positioned parse, made only when something has to be located or the fast parse failed. */
  get doc(): Document {
    this.document ??= parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    return this.document;
  }

  /**
   * The first syntax error, in plain words, reported into `bag`; returns false when the text is
   * not usable YAML. Later errors are mostly echoes of the first, so they are left out.
   */
  reportSyntax(bag: DiagnosticBag, code: string): boolean {
    if (this.fast) return true;
    const e = this.doc.errors[0];
    if (!e) return this.resolveAliases(bag, code);
    const explained = explain(e.code, e.message);
    const offset = explained.opener ? this.findOpener(e.pos[0], explained.opener) : e.pos[0];
    bag.error(code, this.at(offset), `invalid YAML: ${explained.message}`, explained.hint);
    return false;
  }

  /** Aliases are resolved on conversion; a missing anchor or an alias bomb is an error there, not a crash. */
  private resolveAliases(bag: DiagnosticBag, code: string): boolean {
    try {
      this.slow = { value: this.doc.toJS({ maxAliasCount: 50 }) };
      return true;
    } catch (error) {
      const text = (error as Error).message;
      const alias = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m.exec(this.text);
      const offset = alias ? alias.index + alias[0].indexOf('*') : 0;
      const bomb = /excessive alias/i.test(text);
      bag.error(
        code,
        this.at(offset),
        bomb ? 'invalid YAML: too many aliases (`*name`)' : `invalid YAML: the alias ${alias ? `\`${alias[0].trim()}\`` : ''} has no anchor`,
        bomb ? 'write the values out instead of repeating them with aliases' : 'a `*name` needs an `&name` before it; to write a literal `*`, put the value in quotes',
      );
      return false;
    }
  }

  /** Where an unclosed `{`, `[` or quote before `offset` was opened: YAML notices only later. */
  private findOpener(offset: number, opener: string): number {
    const closer = opener === '{' ? '}' : opener === '[' ? ']' : opener;
    const before = this.text.slice(0, offset);
    let depth = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      const ch = before[i];
      if (opener === closer) {
        if (ch === opener) {
          const lineStart = before.lastIndexOf('\n', i) + 1;
          const quotes = before.slice(lineStart, i).split(opener).length - 1;
          if (quotes % 2 === 0) return i;
        }
        continue;
      }
      if (ch === closer) depth++;
      else if (ch === opener) {
        if (depth === 0) return i;
        depth--;
      }
    }
    return offset;
  }

  toJS(): unknown {
    if (this.fast) return this.fast.value;
    this.slow ??= { value: this.doc.toJS({ maxAliasCount: 50 }) };
    return this.slow.value;
  }

  /** Where the value at `path` stands; with `key`, where that key of the map at `path` stands. */
  position(path: readonly PropertyKey[], key?: string): Position {
    const doc = this.doc;
    let node: unknown = doc.contents;
    let last: Node | null = doc.contents;
    const steps = key === undefined ? path : [...path, key];
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      const wantKey = key !== undefined && i === steps.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        if (wantKey && isScalar(pair.key)) return this.nodePosition(pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
      } else break;
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
      else break;
    }
    return last ? this.nodePosition(last) : { line: this.firstLine, column: 1 };
  }

  private nodePosition(node: Node): Position {
    return this.at(node.range?.[0] ?? 0);
  }

  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line: line + this.firstLine - 1, column: col };
  }
}

interface Explained {
  message: string;
  hint: string;
  /** The character whose opening is the real place of the mistake. */
  opener?: string;
}

function explain(code: string, message: string): Explained {
  const text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return { message: 'a key appears twice', hint: 'remove one of the two entries' };
  if (code === 'TAB_AS_INDENT') return { message: 'a line is indented with a tab', hint: 'indent with spaces, not tabs' };
  if (/compact mappings|Nested mappings/i.test(text)) {
    return { message: 'a value contains ": "', hint: 'put the whole value in quotes, e.g. title: "API: slow responses"' };
  }
  if (/end with a \}|Expected .*\}|flow map/i.test(text)) {
    return { message: 'a `{` is not closed', hint: 'close it with `}` on the same line: { id: api, name: REST API }', opener: '{' };
  }
  if (/end with a \]|flow sequence/i.test(text)) {
    return { message: 'a `[` is not closed', hint: 'close it with `]`: [api, dashboard]', opener: '[' };
  }
  if (/double-quoted|closing "/i.test(text)) return { message: 'a `"` quote is not closed', hint: 'end the text with a `"`', opener: '"' };
  if (/single-quoted|closing '/i.test(text)) return { message: "a `'` quote is not closed", hint: "end the text with a `'`", opener: "'" };
  if (/same column|indent/i.test(text)) {
    return { message: `the indentation is uneven (${text})`, hint: 'line items of one list up under each other, with spaces' };
  }
  return { message: text, hint: 'check quotes, colons and indentation; a value with `: ` or `#` in it needs "quotes"' };
}
