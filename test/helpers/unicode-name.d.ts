// unicode-name ships no types; these are the functions the tests use.
declare module 'unicode-name' {
  /** The character's Name property in the Unicode Character Database, if it has one. */
  export function unicodeBaseName(char: string | number): string | undefined;
  /** Graphic, Format, Control, Private-use, Surrogate, Noncharacter or Reserved. */
  export function unicodeType(char: string | number): string | undefined;
}
