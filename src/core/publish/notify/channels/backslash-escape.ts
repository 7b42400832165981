/**
 * A backslash before each character that would start formatting: CommonMark (Teams' Adaptive
 * Cards) and Discord both show a backslash-escaped punctuation character as itself. Only the
 * channel's own syntax is escaped, since a renderer may show a backslash it does not expect.
 */
export const backslashEscape = (anywhere: RegExp, lineStart: RegExp) => (text: string) =>
  text
    .replace(anywhere, '\\$&')
    .replace(lineStart, (_, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
