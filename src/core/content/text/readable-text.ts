/**
 * Findings about text every reader sees: a title short enough for every page, feed and chat
 * message to show it whole, and no character in a title, a name in the config or a file name
 * that readers cannot see.
 */
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag, Position } from '../../diagnostics/diagnostics.ts';
import { hiddenCharacters, unicodeLabel } from '../../shared/hidden-characters.ts';
import { characterCount, holdsInvisible } from '../../shared/text-safety.ts';

/** No real incident's title comes near it; a longer one makes pages slow and buries the words that matter. */
export const MAX_TITLE_LENGTH = 200;

const NUMBER = new Intl.NumberFormat('en');
const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

interface Unseen {
  index: number;
  char: string;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+000A, a control character,` */
  label: string;
}

/** The hidden characters of `text`, and its control characters (line breaks, escapes), in order. */
function unseenCharacters(text: string): Unseen[] {
  if (!holdsInvisible(text)) return [];
  const controls = [...text.matchAll(/\p{Cc}/gu)].map((m) => ({
    index: m.index,
    char: m[0],
    label: `${unicodeLabel(m[0].codePointAt(0)!)}, a control character,`,
  }));
  return [...hiddenCharacters(text), ...controls].sort((a, b) => a.index - b.index);
}

/** `as its 7th character`: where a character stands in a text, counted as code points. */
function ordinalPlace(text: string, index: number): string {
  const n = [...text.slice(0, index)].length + 1;
  return `as its ${n}${SUFFIX[ORDINAL.select(n)]} character`;
}

/**
 * The title's length and its hidden characters. `at` finds where the title's value starts (a
 * positioned parse, paid only for a finding); `lineText` gives a line of the file, so a character
 * written there as itself is named by its column.
 */
export function checkTitle(title: string, at: () => Position, lineText: (line: number) => string, bag: DiagnosticBag): void {
  if (title.length > MAX_TITLE_LENGTH) {
    const length = characterCount(title);
    if (length > MAX_TITLE_LENGTH) {
      bag.report(CATALOG.titleTooLong, at(), { length: NUMBER.format(length), max: MAX_TITLE_LENGTH });
    }
  }
  reportUnseen(title, at, lineText, (found) => bag.report(CATALOG.hiddenCharacter, found.at, found));
}

/**
 * The hidden characters of a name in the config (the site's, a component's, a group's): shown on
 * every page, in feeds and in chat messages, like a title. `field` names it as the config writes it.
 */
export function checkConfigName(
  field: string,
  name: string,
  at: () => Position,
  lineText: (line: number) => string,
  bag: DiagnosticBag,
): void {
  reportUnseen(name, at, lineText, (found) => bag.report(CATALOG.hiddenCharacterInName, found.at, { ...found, field }));
}

interface UnseenFound {
  at: Position;
  places: string;
  count: number;
}

/** Finds the characters of `text` readers cannot see and hands `report` where they stand. */
function reportUnseen(text: string, at: () => Position, lineText: (line: number) => string, report: (found: UnseenFound) => void): void {
  const unseen = unseenCharacters(text);
  if (!unseen.length) return;
  const start = at();
  const raw = lineText(start.line).slice(start.column - 1);
  const quote = /^["']/.test(raw) ? 1 : 0;
  // A character written in the file as itself, on the value's line, is named by its column.
  const column = (u: Unseen) =>
    raw.startsWith(text.slice(0, u.index + u.char.length), quote) ? start.column + quote + u.index : undefined;
  const places = unseen.map((u) => {
    const c = column(u);
    return `${u.label} ${c === undefined ? ordinalPlace(text, u.index) : `at column ${c}`}`;
  });
  const first = column(unseen[0]!);
  report({ at: first === undefined ? start : { line: start.line, column: first }, places: LIST.format(places), count: unseen.length });
}

/** The characters of a file name that readers cannot see, for the `bad-file-name` message; undefined when it holds none. */
export function unseenInName(name: string): string | undefined {
  const unseen = unseenCharacters(name);
  return unseen.length ? LIST.format(unseen.map((u) => `${u.label} ${ordinalPlace(name, u.index)}`)) : undefined;
}
