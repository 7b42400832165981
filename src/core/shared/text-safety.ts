/**
 * Text that leaves Statusmark in a machine format (XML feeds, SVG, iCalendar) passes through here.
 * Content arrives by pull request from many hands, so titles and bodies may hold anything:
 * quotes, ampersands, `<`, emoji, right-to-left text, very long words, even control characters.
 */

import { HIDDEN_CHARACTER_CLASS, hiddenCharacters } from './hidden-characters.ts';

// XML 1.0 allows tab, line feed and carriage return, and no other C0 control; nor U+FFFE/U+FFFF
// or a surrogate without its pair. Such characters would make the whole feed unreadable.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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

/** How many characters a reader counts: an emoji sequence or a letter with its accent is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** At most `max` user-perceived characters, ending in `…` when cut; never splits an emoji or a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (parts.length === max)
      return `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
    parts.push(segment);
  }
  return parts.join('');
}

// What a terminal or a CI log would act on instead of showing: control characters (line breaks,
// terminal escapes, C1 controls), Unicode line separators, and the hidden characters.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  const code = char.codePointAt(0)!;
  return (
    NAMED_ESCAPES[char] ??
    (code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`)
  );
}

const MAYBE_INVISIBLE = new RegExp(`[\\p{Cc}\\u2028\\u2029]|${HIDDEN_CHARACTER_CLASS}`, 'u');

/** Whether `text` may hold a control or hidden character: one test for the clean text that almost all text is. */
export function holdsInvisible(text: string): boolean {
  return MAYBE_INVISIBLE.test(text);
}

/** Control and hidden characters shown as escapes (`\n`, `\u001B`, `\u202E`), so text reads as what it holds. */
export function showInvisible(text: string): string {
  if (!holdsInvisible(text)) return text;
  let out = '';
  let from = 0;
  for (const hidden of hiddenCharacters(text)) {
    out += text.slice(from, hidden.index).replace(CONTROL, escapeChar) + escapeChar(hidden.char);
    from = hidden.index + hidden.char.length;
  }
  return out + text.slice(from).replace(CONTROL, escapeChar);
}

// GitHub's runner reads `::name …::` at the start of a line (after white space) and the older
// `##[name …]` anywhere in a line as a workflow command: an annotation, a mask, a stop.
const COMMAND_AT_START = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;

/**
 * One line of a log (a terminal, a GitHub Actions log), whatever the text holds: control and
 * hidden characters shown as escapes, line breaks included, and nothing that the runner would
 * take for a workflow command.
 */
export function logLine(text: string): string {
  return showInvisible(text).replace(COMMAND_AT_START, '$1\\u003A').replace(LEGACY_COMMAND, '##\\u005B');
}

/** Text of several lines for a log: its line breaks kept, each line made safe as `logLine` does. */
export function logLines(text: string): string {
  return text.split('\n').map(logLine).join('\n');
}

// JSON.stringify leaves these as they are; its `\uXXXX` escapes keep the value and the log clean.
const JSON_UNESCAPED = new RegExp(`[\\u007F-\\u009F\\u2028\\u2029]|${HIDDEN_CHARACTER_CLASS}|##\\[`, 'gu');

/** JSON text for a log: the same value, with control, hidden and workflow-command characters written as `\uXXXX`. */
export function logJson(json: string): string {
  return json.replace(JSON_UNESCAPED, (match) =>
    match === '##['
      ? '##\\u005b'
      : match
          .split('')
          .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join(''),
  );
}
