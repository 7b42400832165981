import type { RuleInfo } from './rule-info.ts';

/** The plain-language style rules for public text. Metadata only: the retext plugins live in `plugins.ts`. */
export const STYLE_RULE_IDS = ['style-speculation', 'style-blame', 'style-promise', 'style-jargon', 'style-long-sentence'] as const;
export type StyleRuleId = (typeof STYLE_RULE_IDS)[number];

export const STYLE_RULES: Record<StyleRuleId, RuleInfo<StyleRuleId>> = {
  'style-speculation': {
    id: 'style-speculation',
    defaultSeverity: 'warning',
    summary: 'No guessing at the cause (“it was probably”, “we think it might be”); hedging about progress or recovery is fine',
    hint: 'say what you know and what you are doing to find out, e.g. “We are investigating the cause.”',
  },
  'style-blame': {
    id: 'style-blame',
    defaultSeverity: 'warning',
    summary: 'No blaming others (“not our fault”, “a mistake at our provider”); naming a dependency is not blame',
    hint: 'own the problem: say what customers see and what you are doing about it, e.g. “We lost the connection to a partner’s systems and are restoring it.”',
  },
  'style-promise': {
    id: 'style-promise',
    defaultSeverity: 'warning',
    summary: 'No promises that can’t be kept (“this will never happen again”, “guaranteed”)',
    hint: 'say what you are changing to make it less likely, e.g. “We are adding alerts so we notice this sooner.”',
  },
  'style-jargon': {
    id: 'style-jargon',
    defaultSeverity: 'warning',
    summary:
      'No internal jargon or acronyms readers won’t know (the list depends on `style.audience`; `style.jargon` adds terms, with plain alternatives)',
    hint: 'use the words customers use; add your own terms under `style.jargon` in status.config.yaml',
  },
  'style-long-sentence': {
    id: 'style-long-sentence',
    defaultSeverity: 'warning',
    summary: 'No very long sentences (more than `style.max_sentence_words` words)',
    hint: 'split it into two or three short sentences; readers skim status pages under stress',
  },
};

/** The languages whose words the style rules know (their phrase lists are English). */
export const STYLE_LANGUAGES = ['en'] as const;

/** Whether the style rules read content in `locale` (BCP 47): by its language, so `en-GB` is covered. */
export function styleCovers(locale: string): boolean {
  return (STYLE_LANGUAGES as readonly string[]).includes(locale.split('-')[0]!.toLowerCase());
}
