import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DiagnosticBag, Position } from './diagnostics.ts';

/**
 * A parsed YAML text that can say where any value of it stands, so schema errors can name a
 * line and column. `firstLine` is the file line the text starts on (frontmatter starts on 1,
 * right after the opening `---`, because gray-matter keeps the rest of that line).
 */
export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  private readonly firstLine: number;

  constructor(text: string, firstLine = 1) {
    this.firstLine = firstLine;
    // YAML 1.2 core schema: `2026-11-20 14:05 UTC` stays a string, so every time goes through parseTime.
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
  }

  /** Syntax errors reported into `bag`; returns false when the text is not usable YAML. */
  reportSyntax(bag: DiagnosticBag, code: string): boolean {
    for (const e of this.doc.errors) {
      const at = this.at(e.pos[0]);
      const what = e.code === 'DUPLICATE_KEY' ? 'a key appears twice' : firstLine(e.message);
      bag.error(code, at, `invalid YAML: ${what}`, yamlHint(e.code));
    }
    return this.doc.errors.length === 0;
  }

  toJS(): unknown {
    return this.doc.toJS({ maxAliasCount: 50 });
  }

  /** Where the value at `path` stands; with `key`, where that key of the map at `path` stands. */
  position(path: readonly PropertyKey[], key?: string): Position {
    let node: unknown = this.doc.contents;
    let last: Node | null = this.doc.contents;
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove one of the two entries';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and that every `key: value` pair has its colon';
    default:
      return 'check quotes, colons and indentation; a value with `: ` or `#` in it needs "quotes"';
  }
}
