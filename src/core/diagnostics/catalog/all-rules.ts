import { POLICY_RULES, type PolicyRuleId } from './policy-rules.ts';
import type { RuleInfo } from './rule-info.ts';
import { STYLE_RULES, type StyleRuleId } from './style-rules.ts';

export type RuleId = PolicyRuleId | StyleRuleId;

/** Every configurable rule, policy first, in the order the README lists them. */
export const ALL_RULES: readonly RuleInfo<RuleId>[] = [...Object.values(POLICY_RULES), ...Object.values(STYLE_RULES)];
