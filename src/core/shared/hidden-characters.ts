/**
 * Characters a reader cannot see: Unicode's bidirectional controls, which reorder the text shown
 * around them (a title can then read differently from what it says), and the default-ignorable
 * characters that render as nothing (zero-width spaces, fillers). Variation selectors and the tag
 * characters of flag emoji are left alone: they are part of the emoji they follow.
 */

/** Each character's Unicode name (test/hidden-characters.test.ts checks them against the Unicode data). */
export const HIDDEN_CHARACTER_NAMES: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x17b4, 'KHMER VOWEL INHERENT AQ'],
  [0x17b5, 'KHMER VOWEL INHERENT AA'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x206a, 'INHIBIT SYMMETRIC SWAPPING'],
  [0x206b, 'ACTIVATE SYMMETRIC SWAPPING'],
  [0x206c, 'INHIBIT ARABIC FORM SHAPING'],
  [0x206d, 'ACTIVATE ARABIC FORM SHAPING'],
  [0x206e, 'NATIONAL DIGIT SHAPES'],
  [0x206f, 'NOMINAL DIGIT SHAPES'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0x1bca0, 'SHORTHAND FORMAT LETTER OVERLAP'],
  [0x1bca1, 'SHORTHAND FORMAT CONTINUING OVERLAP'],
  [0x1bca2, 'SHORTHAND FORMAT DOWN STEP'],
  [0x1bca3, 'SHORTHAND FORMAT UP STEP'],
  [0x1d173, 'MUSICAL SYMBOL BEGIN BEAM'],
  [0x1d174, 'MUSICAL SYMBOL END BEAM'],
  [0x1d175, 'MUSICAL SYMBOL BEGIN TIE'],
  [0x1d176, 'MUSICAL SYMBOL END TIE'],
  [0x1d177, 'MUSICAL SYMBOL BEGIN SLUR'],
  [0x1d178, 'MUSICAL SYMBOL END SLUR'],
  [0x1d179, 'MUSICAL SYMBOL BEGIN PHRASE'],
  [0x1d17a, 'MUSICAL SYMBOL END PHRASE'],
]);

/** A regular-expression character class (for the `u` flag) of every character in the table. */
export const HIDDEN_CHARACTER_CLASS = `[${[...HIDDEN_CHARACTER_NAMES.keys()].map((c) => `\\u{${c.toString(16)}}`).join('')}]`;
const CANDIDATE = new RegExp(HIDDEN_CHARACTER_CLASS, 'gu');

// Persian, Hindi, Arabic and other scripts need the joiners between two of their letters, and
// emoji sequences such as 👩‍👩‍👧 hold a zero width joiner between emoji.
const JOINS_LETTERS = new Set([0x200c, 0x200d, 0x180e]);
const SCRIPT_LETTER = /^(?![\p{Script=Latin}\p{Script=Common}])[\p{L}\p{M}]$/u;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

export interface HiddenCharacter {
  /** Offset in the text, in UTF-16 code units (as `String.prototype.indexOf` counts). */
  index: number;
  /** The character itself. */
  char: string;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE` */
  label: string;
}

/** The characters of `text` that a reader cannot see, where they do not belong to the letters or emoji around them. */
export function hiddenCharacters(text: string): HiddenCharacter[] {
  const out: HiddenCharacter[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const char = match[0];
    const index = match.index;
    const code = char.codePointAt(0)!;
    if (JOINS_LETTERS.has(code) && joinsItsNeighbours(text, index, char.length, code)) continue;
    out.push({ index, char, label: unicodeLabel(code) });
  }
  return out;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE` for a hidden character; `U+001B` for any other. */
export function unicodeLabel(code: number): string {
  const name = HIDDEN_CHARACTER_NAMES.get(code);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

function joinsItsNeighbours(text: string, index: number, length: number, code: number): boolean {
  const low = text.charCodeAt(index - 1);
  const previous = low >= 0xdc00 && low <= 0xdfff ? text.slice(index - 2, index) : text.slice(index - 1, index);
  const after = text.codePointAt(index + length);
  const next = after === undefined ? '' : String.fromCodePoint(after);
  if (SCRIPT_LETTER.test(previous) && SCRIPT_LETTER.test(next)) return true;
  return code === 0x200d && EMOJI_BEFORE.test(previous) && EMOJI_AFTER.test(next);
}
