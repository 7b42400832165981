import { STYLE_RULES } from '../style-rules.ts';
import { entry } from '../entry.ts';

const ruleHint = (id: keyof typeof STYLE_RULES) => () => STYLE_RULES[id].hint;

/** The words a finding is about, as the message quotes them: “probably”. */
export interface Words {
  words: string;
}

/** Findings of the plain-language style (`style-*`). */
export const STYLE_MESSAGES = {
  speculation: entry('style-speculation', {
    message: ({ words }: Words) => `${words} guesses at the cause; say only what you know`,
    hint: ruleHint('style-speculation'),
  }),
  promise: entry('style-promise', {
    message: ({ words }: Words) => `${words} is a promise you may not be able to keep`,
    hint: ruleHint('style-promise'),
  }),
  blame: entry('style-blame', {
    message: ({ words }: Words) => `${words} blames someone else`,
    hint: ruleHint('style-blame'),
  }),
  blameByCause: entry('style-blame', {
    message: ({ words }: Words) => `${words} puts the blame on someone else`,
    hint: ruleHint('style-blame'),
  }),
  jargon: entry('style-jargon', {
    message: ({ words, plain }: Words & { plain: string }) => `${words} is jargon customers may not know; write “${plain}” or similar`,
    hint: ({ plain }) => `use the words customers use, e.g. “${plain}”; the list is \`style.jargon\` in status.config.yaml`,
  }),
  longSentence: entry('style-long-sentence', {
    message: ({ words, max }: { words: number; max: number }) => `this sentence has ${words} words; keep sentences under ${max + 1} words`,
    hint: ruleHint('style-long-sentence'),
  }),
};
