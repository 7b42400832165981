import { entry } from '../entry.ts';

/** The page's language, time zone and messages (`locale`, `time_zone`, `messages:` in the config). */
export const LOCALE_MESSAGES = {
  timeZoneName: entry('invalid-field', {
    message: () => 'must be an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"',
  }),
  unknownMessageKey: entry('page-message', {
    message: ({ key, guess }: { key: string; guess: string | undefined }) =>
      `there is no message "${key}"${guess ? `; did you mean "${guess}"?` : ''}`,
    hint: () => 'the keys are those of the English catalog, src/core/i18n/messages/en.json in the statusmark package',
  }),
  invalidMessage: entry('page-message', {
    message: ({ key, problems }: { key: string; problems: readonly string[]; english: string }) =>
      `the message "${key}" cannot be used: ${problems.join('; ')}`,
    hint: ({ english }) => `write it in ICU MessageFormat with the placeholders of the English one: ${english}`,
  }),
  noCatalog: entry('page-message', {
    severity: 'warning',
    message: ({ locale, missing }: { locale: string; missing: number; shipped: readonly string[] }) =>
      `Statusmark ships no messages for "${locale}", so ${missing} of the page's fixed texts are in English`,
    hint: ({ shipped }) =>
      `pick a shipped language (${shipped.join(', ')}), or give every message in \`messages:\` (the README's "Languages" says how)`,
  }),
  olderLanguageField: entry('content-contract', {
    severity: 'warning',
    message: () => '`language` is now `locale`, which sets the language of the pages as well as of the feeds',
    hint: ({ replacement }: { replacement: string }) => `write \`${replacement}\`, or run \`npx statusmark upgrade\`, which rewrites it`,
  }),
  languageBesideLocale: entry('content-contract', {
    severity: 'warning',
    message: () => '`language` is the older name of `locale`, and beside `locale` it is not read',
    hint: () => 'delete this line, or run `npx statusmark upgrade`, which deletes it',
  }),
};
