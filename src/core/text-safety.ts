/**
 * Text that leaves Statusmark in a machine format (XML feeds, SVG, iCalendar) passes through here.
 * Content arrives by pull request from many hands, so titles and bodies may hold anything:
 * quotes, ampersands, `<`, emoji, right-to-left text, very long words, even control characters.
 */

// XML 1.0 allows tab, line feed and carriage return, and no other C0 control; nor U+FFFE/U+FFFF
// or a surrogate without its pair. Such characters would make the whole feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 cannot carry; everything else is kept as it is. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for HTML (and so for `type="html"` feed fields). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One line of plain text: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most `max` user-perceived characters, ending in `…` when cut; never splits an emoji or a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (parts.length === max) return `${parts.slice(0, max - 1).join('').trimEnd()}…`;
    parts.push(segment);
  }
  return parts.join('');
}
