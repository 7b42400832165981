import { englishCatalog, shippedCatalogFor, shippedLocales } from './catalog-files.ts';
import { translationProblems } from './message-shape.ts';
import { SOURCE_LOCALE, type Messages } from './message-key.ts';

/** What is wrong with one of a team's own messages. */
export type OverrideProblem =
  { key: string; unknown: true; keys: readonly string[] } | { key: string; problems: string[]; english: string };

export interface ResolvedMessages {
  /** Every message of the page in `locale`: the team's own, else the shipped catalog's, else English. */
  messages: Messages;
  /** The shipped catalog used, or undefined when Statusmark ships none for the locale. */
  shipped?: string;
  /** How many messages are in English only because neither the shipped catalog nor the team gives them. */
  untranslated: number;
  problems: OverrideProblem[];
}

/**
 * The messages of a page in `locale`, with the team's `overrides` (`messages:` in the config) on
 * top. An override must be a message the page has, in ICU MessageFormat, with the English
 * placeholders and the plural forms of the locale; one that is not is reported and left out.
 */
export function resolveMessages(locale: string, overrides: Readonly<Record<string, string>> = {}): ResolvedMessages {
  const english = englishCatalog();
  const shipped = shippedCatalogFor(locale);
  const problems: OverrideProblem[] = [];
  const own: Record<string, string> = {};
  for (const [key, text] of Object.entries(overrides)) {
    const source = english[key];
    if (source === undefined) {
      problems.push({ key, unknown: true, keys: Object.keys(english) });
      continue;
    }
    const wrong = translationProblems(source, text, locale);
    if (wrong.length) problems.push({ key, problems: wrong, english: source });
    else own[key] = text;
  }
  const translated = locale.split('-')[0]!.toLowerCase() === SOURCE_LOCALE;
  const messages = { ...english, ...shipped?.messages, ...own };
  const untranslated = translated || shipped ? 0 : Object.keys(english).filter((k) => !(k in own)).length;
  return { messages, ...(shipped ? { shipped: shipped.tag } : {}), untranslated, problems };
}

export { shippedLocales };
