import { ALL_RULES, type RuleId } from './all-rules.ts';
import { CONTENT_CODES, type ContentCode } from './content-codes.ts';

export type Severity = 'error' | 'warning';

/**
 * One situation a diagnostic code covers, with its wording: the message and the hint as
 * templates over the situation's parameters `P`, and the severity it is reported with.
 */
export interface MessageEntry<P = Record<never, never>, C extends ContentCode | RuleId = ContentCode | RuleId> {
  readonly code: C;
  readonly severity: Severity;
  readonly message: (params: P) => string;
  /** What to write instead; undefined when there is nothing useful to say. */
  readonly hint?: (params: P) => string | undefined;
}

/** A message and hint with their parameters filled in. */
export interface Rendered {
  code: ContentCode | RuleId;
  severity: Severity;
  message: string;
  hint?: string;
}

/** The parameters an entry takes: none for an entry whose templates take none. */
export type ParamsOf<P> = Record<never, never> extends P ? [params?: P] : [params: P];

const RULE_SEVERITY = new Map(ALL_RULES.map((r) => [r.id as string, r.defaultSeverity]));

/**
 * An entry of the catalog. Its severity is the code's default unless given; a situation that
 * needs another severity is an entry of its own.
 */
export function entry<C extends ContentCode | RuleId, P = Record<never, never>>(
  code: C,
  wording: { message: (params: P) => string; hint?: (params: P) => string | undefined; severity?: Severity },
): MessageEntry<P, C> {
  const severity =
    wording.severity ?? (code in CONTENT_CODES ? CONTENT_CODES[code as ContentCode].defaultSeverity : RULE_SEVERITY.get(code)!);
  return { code, severity, message: wording.message, ...(wording.hint ? { hint: wording.hint } : {}) };
}

/** Only the message of `e`: the words a schema hands zod, which the finding then puts after the field's name. */
export function wordsOf<P>(e: MessageEntry<P>, ...params: ParamsOf<P>): string {
  return render(e, ...params).message;
}

export function render<P>(e: MessageEntry<P>, ...[params]: ParamsOf<P>): Rendered {
  const p = (params ?? {}) as P;
  const hint = e.hint?.(p);
  return { code: e.code, severity: e.severity, message: e.message(p), ...(hint ? { hint } : {}) };
}
