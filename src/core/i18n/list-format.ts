/**
 * Lists a reader sees ("API, Dashboard and Webhooks") joined as the page's language joins them:
 * "API、Dashboard、Webhooks" in Japanese, "API وDashboard" in Arabic, never a hard-coded ", ".
 */

/** A part of a formatted list: the language's own words and punctuation, or the place of item `index`. */
export type ListPart = string | { index: number };

function listFormat(locale: string): Intl.ListFormat {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
}

/** `items` as one list in `locale`. */
export function listText(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}

/** A list of `count` items in `locale`, split around each item, for a caller that renders the items itself. */
export function listParts(count: number, locale: string): ListPart[] {
  // Private-use characters stand for the items; Intl copies them as they are.
  const marks = Array.from({ length: count }, (_, n) => String.fromCharCode(0xe100 + n));
  return listFormat(locale)
    .formatToParts(marks)
    .map((part) => (part.type === 'element' ? { index: part.value.charCodeAt(0) - 0xe100 } : part.value));
}
