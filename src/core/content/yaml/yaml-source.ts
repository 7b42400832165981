import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { DiagnosticBag, Position } from '../../diagnostics/diagnostics.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { YAML_PARSE_OPTIONS } from './yaml-lines.ts';
import { explainYamlError } from './yaml-mistakes.ts';
import type { YamlValues } from './yaml-values.ts';

/** How aliases are resolved on conversion; part of what decides a text's value (YAML_VALUE_OPTIONS). */
const TO_JS_OPTIONS = { maxAliasCount: 50 } as const;

/** Everything besides the text and the library's version that decides a parsed value, for caches of values. */
export const YAML_VALUE_OPTIONS = { parse: YAML_PARSE_OPTIONS, toJS: TO_JS_OPTIONS } as const;

/**
 * A parsed YAML text that can say where any value of it stands, so schema errors can name a
 * line and column. `firstLine` is the file line the text starts on (frontmatter starts on 1,
 * right after the opening `---`, because gray-matter keeps the rest of that line). With `values`,
 * a text that parsed before without errors takes its value from there, and is parsed only when a
 * position is asked for.
 */
export class YamlSource {
  private readonly text: string;
  private readonly lines = new LineCounter();
  private readonly firstLine: number;
  private document: Document | undefined;
  private value: { js: unknown } | undefined;
  private readonly values: YamlValues | undefined;

  constructor(text: string, firstLine = 1, values?: YamlValues) {
    this.text = text;
    this.firstLine = firstLine;
    this.values = values;
  }

  /**
   * The one parse, positioned, made when first needed. YAML 1.2's core schema (the `yaml`
   * library's default), so `2026-11-20 14:05 UTC` and `2026-11-20` stay strings and every time
   * goes through parseTime, and `yes`/`no` stay words.
   */
  get doc(): Document {
    this.document ??= parseDocument(this.text, { ...YAML_PARSE_OPTIONS, lineCounter: this.lines });
    return this.document;
  }

  /**
   * The first syntax error, in a responder's words, reported into `bag`; returns false when the
   * text is not usable YAML. Later errors are mostly echoes of the first, so they are left out.
   */
  reportSyntax(bag: DiagnosticBag): boolean {
    const known = this.values?.recall(this.text);
    if (known) {
      this.value = known;
      return true;
    }
    if (!this.doc.errors.length) return this.resolveAliases(bag);
    const mistake = explainYamlError(this.text, this.doc, this.lines, this.firstLine);
    bag.add(mistake.said, this.at(mistake.offset));
    return false;
  }

  /**
   * Aliases are resolved on conversion, whose alias limit guards against "billion laughs"; a
   * missing anchor or an alias bomb is an error there, not a crash.
   */
  private resolveAliases(bag: DiagnosticBag): boolean {
    try {
      this.value = { js: this.doc.toJS(TO_JS_OPTIONS) };
      this.values?.remember(this.text, this.value.js);
      return true;
    } catch (error) {
      const bomb = /excessive alias/i.test((error as Error).message);
      let alias: Alias | undefined;
      visit(this.doc, {
        Alias: (_, node) => {
          if (!bomb && node.resolve(this.doc)) return undefined;
          alias = node;
          return visit.BREAK;
        },
      });
      const at = this.at(alias?.range?.[0] ?? 0);
      if (bomb) bag.report(CATALOG.aliasBomb, at);
      else bag.report(CATALOG.aliasWithoutAnchor, at, { name: alias?.source ?? 'name' });
      return false;
    }
  }

  toJS(): unknown {
    this.value ??= { js: this.doc.toJS(TO_JS_OPTIONS) };
    return this.value.js;
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
