/**
 * The configurable lint rules of `npm run check`: the communication policy (`policy-*`) and the
 * plain-language style (`style-*`). Each has a stable id, a default severity, a one-line summary
 * (used in the config schema and the README) and a hint on what to write instead.
 * `status.config.yaml` may change a rule's severity or switch it off:
 * `rules: { policy-update-overdue: error, style-jargon: off }`.
 */
export type RuleSeverity = 'error' | 'warning' | 'off';
export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;

export interface RuleInfo<Id extends string = string> {
  id: Id;
  defaultSeverity: 'error' | 'warning';
  /** One line: what the rule asks for. */
  summary: string;
  /** What to write instead; the default hint of its findings. */
  hint: string;
  /** True when the rule depends on "now" (STATUS_NOW or the clock). */
  usesNow?: boolean;
}
