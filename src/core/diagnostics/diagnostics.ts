import type { RuleId } from './catalog/all-rules.ts';
import type { ContentCode } from './catalog/content-codes.ts';
import { render, type MessageEntry, type ParamsOf, type Rendered, type Severity } from './catalog/entry.ts';

export type { Severity };

/** A finding about the content, located in a file the way a compiler would report it. */
export interface Diagnostic {
  severity: Severity;
  /** A stable, kebab-case id: a content code such as `unknown-component`, or a rule's id. */
  code: DiagnosticCode;
  /** Path relative to the content root, with `/` separators. */
  file: string;
  /** 1-based; 0 when the finding is about the whole file. */
  line: number;
  column: number;
  message: string;
  /** What to write instead. */
  hint?: string;
}

/** Every code a finding may carry: the content codes and the configurable rules. */
export type DiagnosticCode = ContentCode | RuleId;

export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  /** Reports the situation `entry` of the catalog at `at`, with the severity the entry gives. */
  report<P>(entry: MessageEntry<P>, at: Position, ...params: ParamsOf<P>): void {
    this.add(render(entry, ...params), at);
  }

  /** Adds a finding whose wording was rendered from the catalog elsewhere (a YAML mistake, a schema's own words). */
  add(said: Rendered, at: Position): void {
    this.items.push(diagnosticOf(said, this.file, at));
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** A finding about `file` at `at` (line 0 for the whole file), worded by the catalog entry `entry`. */
export function diagnose<P>(entry: MessageEntry<P>, file: string, at: Position, ...params: ParamsOf<P>): Diagnostic {
  return diagnosticOf(render(entry, ...params), file, at);
}

function diagnosticOf({ severity, code, message, hint }: Rendered, file: string, at: Position): Diagnostic {
  return { severity, code, file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) };
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}
