import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, MessageParams, Messages } from './message-key.ts';

/** A part of a message split around its slots: text, or where the caller puts one of its own (a `<time>`, a link). */
export type MessagePart = string | { slot: string };

export interface Translator {
  /** The BCP 47 tag the messages, numbers and dates are written in. */
  readonly locale: string;
  // Properties, not methods: they never use `this`, so `const { t } = translator` is safe.
  /** The message `key` with its placeholders filled in. */
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  /** The message split around the placeholders named in `slots`, which the caller renders itself. */
  readonly parts: (key: MessageKey, slots: readonly string[], params?: MessageParams) => MessagePart[];
  /** A number in the page's language, e.g. 0.9995 as `99.95%` (en) or `99,95 %` (de): floored, never rounded up. */
  readonly percent: (fraction: number) => string;
}

// Private-use characters mark each slot in the formatted text; no message or parameter holds them.
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';

/**
 * A translator over `messages` (a whole catalog, see resolve-messages.ts). Made once per site model
 * (views/translator.ts keeps it in the model's caches); each message is compiled on first use.
 */
export function createTranslator(locale: string, messages: Messages): Translator {
  const compiled = new Map<string, IntlMessageFormat>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const format = (key: MessageKey, params: MessageParams | undefined): string => {
    let message = compiled.get(key);
    if (!message) {
      const text = messages[key];
      if (text === undefined) throw new Error(`no message "${key}" for ${locale}`);
      message = new IntlMessageFormat(text, locale);
      compiled.set(key, message);
    }
    return String(message.format(params));
  };
  return {
    locale,
    t: format,
    parts: (key, slots, params = {}) => {
      const marked = { ...params, ...Object.fromEntries(slots.map((s) => [s, `${SLOT_OPEN}${s}${SLOT_CLOSE}`])) };
      const text = format(key, marked);
      const out: MessagePart[] = [];
      for (const [n, piece] of text.split(new RegExp(`${SLOT_OPEN}([^${SLOT_CLOSE}]*)${SLOT_CLOSE}`)).entries()) {
        if (n % 2 === 1) out.push({ slot: piece });
        else if (piece) out.push(piece);
      }
      return out;
    },
    percent: (fraction) => percent.format(Math.floor(fraction * 10_000) / 10_000),
  };
}
