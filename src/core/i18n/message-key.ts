import type English from './messages/en.json';

/** The key of a message a reader sees: every key of the English catalog, which every other one follows. */
export type MessageKey = keyof typeof English;

/** A language's messages by key: ICU MessageFormat strings. */
export type Messages = Readonly<Record<string, string>>;

/** The values a message's placeholders take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The language every catalog is checked against and every missing message falls back to. */
export const SOURCE_LOCALE = 'en';
