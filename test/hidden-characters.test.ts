import { unicodeBaseName, unicodeType } from 'unicode-name';
import { describe, expect, it } from 'vitest';
import { HIDDEN_CHARACTER_NAMES, hiddenCharacters } from '../src/core/shared/hidden-characters.ts';

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

describe('the table of hidden characters', () => {
  it('holds every assigned bidirectional control and default-ignorable character, except variation selectors and tags, by its Unicode name', () => {
    const expected: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const tag = code >= 0xe0000 && code <= 0xe007f;
      const counted =
        /\p{Bidi_Control}/u.test(char) || (/\p{Default_Ignorable_Code_Point}/u.test(char) && !/\p{Variation_Selector}/u.test(char) && !tag);
      if (counted && unicodeType(code) !== 'Reserved') expected.push(`${hex(code)} ${unicodeBaseName(code)}`);
    }
    expect([...HIDDEN_CHARACTER_NAMES].map(([code, name]) => `${hex(code)} ${name}`)).toEqual(expected);
  });
});

describe('hiddenCharacters', () => {
  it('finds bidirectional controls and zero-width characters, with their offsets and names', () => {
    expect(hiddenCharacters('Elevated \u202Eerror\u200B rates')).toEqual([
      { index: 9, char: '\u202E', label: 'U+202E RIGHT-TO-LEFT OVERRIDE' },
      { index: 15, char: '\u200B', label: 'U+200B ZERO WIDTH SPACE' },
    ]);
    expect(hiddenCharacters('tie\u{1D175}')).toEqual([{ index: 3, char: '\u{1D175}', label: 'U+1D175 MUSICAL SYMBOL BEGIN TIE' }]);
  });

  it.each([
    ['emoji joined into one', '👩‍👩‍👧 👨🏽‍💻 ❤️‍🔥 🏳️‍🌈'],
    ['a Persian word with its zero width non-joiner', 'می‌خواهم'],
    ['a Devanagari conjunct with a joiner', 'क्‍ष'],
    ['variation selectors and flag tags', '☺️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['right-to-left text without controls', 'שלום مرحبا'],
  ])('leaves alone %s', (_, text) => {
    expect(hiddenCharacters(text)).toEqual([]);
  });

  it('still finds a joiner between Latin letters or at the end of the text', () => {
    expect(hiddenCharacters('ad\u200Dmin\u200C').map((h) => h.index)).toEqual([2, 6]);
  });
});
