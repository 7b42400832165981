import { pluralCategories } from './message-shape.ts';
import type { MessageKey } from './message-key.ts';
import type { Translator } from './translator.ts';

/**
 * A message as the page script uses it, without a MessageFormat library: the text with `{name}`
 * where each placeholder goes, or, for a message counting `{count}`, one such text per plural
 * category of the page's language (the script picks one with Intl.PluralRules).
 */
export type BrowserMessage = string | Record<string, string>;

/** A message whose `placeholders` the script fills in, left as `{name}`. */
export function browserMessage(t: Translator, key: MessageKey, placeholders: readonly string[]): string {
  return t
    .parts(key, placeholders)
    .map((p) => (typeof p === 'string' ? p : `{${p.slot}}`))
    .join('');
}

// A number of each category, the commonest first: 1 is the only "one" of English, 2 an "other".
const CANDIDATES = [1, 2, ...Array.from({ length: 998 }, (_, i) => i + 3), 0];

/** A message counting `{count}` (its other placeholders left as `{name}`), per plural category. */
export function countedBrowserMessage(t: Translator, key: MessageKey, placeholders: readonly string[] = []): Record<string, string> {
  const rules = new Intl.PluralRules(t.locale);
  const numbers = new Intl.NumberFormat(t.locale);
  const out: Record<string, string> = {};
  for (const category of pluralCategories(t.locale)) {
    const n = CANDIDATES.find((k) => rules.select(k) === category);
    if (n === undefined) continue;
    // The formatted number stands for `{count}`; a form without it (e.g. "a day") stays as written.
    const text = t
      .parts(key, placeholders, { count: n })
      .map((p) => (typeof p === 'string' ? p : `{${p.slot}}`))
      .join('');
    out[category] = text.split(numbers.format(n)).join('{count}');
  }
  return out;
}
