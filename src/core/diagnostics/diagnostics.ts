import type { RuleId } from './catalog/all-rules.ts';
import type { ContentCode } from './catalog/content-codes.ts';

/** A finding about the content, located in a file the way a compiler would report it. */
export type Severity = 'error' | 'warning';

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

  error(code: ContentCode, at: Position, message: string, hint?: string): void {
    this.add('error', code, at, message, hint);
  }

  warn(code: ContentCode, at: Position, message: string, hint?: string): void {
    this.add('warning', code, at, message, hint);
  }

  private add(severity: Severity, code: ContentCode, at: Position, message: string, hint?: string): void {
    this.items.push({ severity, code, file: this.file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}
