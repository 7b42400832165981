import type { StyleRuleId } from '../../diagnostics/catalog/style-rules.ts';

/** A style finding before its severity is applied. */
export interface StyleFinding {
  rule: StyleRuleId;
  line: number;
  column: number;
  message: string;
  hint: string;
  /** The words that triggered it, and plain alternatives if the rule has any. */
  actual?: string;
  expected?: string[];
}
