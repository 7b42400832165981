import { describe, expect, it } from 'vitest';
import { escapeHtml, oneLine, truncate, xmlChars } from '../src/core/text-safety.ts';

describe('xmlChars', () => {
  it.each([
    ['keeps ordinary text, tabs and line breaks', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['keeps emoji (surrogate pairs) and right-to-left text', '🚀👩‍👩‍👧 שלום مرحبا', '🚀👩‍👩‍👧 שלום مرحبا'],
    ['drops C0 controls XML 1.0 cannot carry', 'bell\u0007 nul\u0000 esc\u001b', 'bell nul esc'],
    ['drops U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['drops a surrogate without its pair', 'a\uD83Db \uDE80c', 'ab c'],
  ])('%s', (_, input, expected) => {
    expect(xmlChars(input)).toBe(expected);
  });
});

describe('truncate', () => {
  it.each([
    ['leaves short text alone', 'short', 10, 'short'],
    ['keeps text of exactly the limit', '12345', 5, '12345'],
    ['cuts with an ellipsis, within the limit', '123456', 5, '1234…'],
    ['never splits an emoji sequence', `${'👩‍👩‍👧'.repeat(4)}`, 3, '👩‍👩‍👧👩‍👩‍👧…'],
    ['counts an emoji sequence as one character', '👩‍👩‍👧👩‍👩‍👧', 2, '👩‍👩‍👧👩‍👩‍👧'],
    ['trims the space before the ellipsis', 'ab cd', 4, 'ab…'],
  ])('%s', (_, input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });
});

describe('escapeHtml and oneLine', () => {
  it('escapes the characters HTML needs escaped', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; \'Jerry\'&lt;/a&gt;');
  });
  it('folds white space to single spaces', () => {
    expect(oneLine('  a\n\n b\t c ')).toBe('a b c');
  });
});
