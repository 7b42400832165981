import { describe, expect, it } from 'vitest';
import { escapeHtml, logJson, logLine, logLines, oneLine, showInvisible, truncate, xmlChars } from '../src/core/shared/text-safety.ts';

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
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; 'Jerry'&lt;/a&gt;");
  });
  it('folds white space to single spaces', () => {
    expect(oneLine('  a\n\n b\t c ')).toBe('a b c');
  });
});

describe('text for logs', () => {
  it.each([
    ['line breaks and tabs', 'a\nb\r\nc\td', 'a\\nb\\r\\nc\\td'],
    [
      'terminal escapes and other controls',
      'red\u001b[31m bell\u0007 csi\u009b del\u007f',
      'red\\u001B[31m bell\\u0007 csi\\u009B del\\u007F',
    ],
    ['bidirectional controls and zero-width characters', 'a\u202Eb\u2066c\u200Bd\u{1D173}', 'a\\u202Eb\\u2066c\\u200Bd\\u{1D173}'],
    ['Unicode line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['but not emoji, accents or right-to-left text', '👩‍👩‍👧 é שלום می‌خواهم', '👩‍👩‍👧 é שלום می‌خواهم'],
  ])('showInvisible shows %s as escapes', (_, input, expected) => {
    expect(showInvisible(input)).toBe(expected);
  });

  it.each([
    ['a workflow command at the start', '::add-mask::secret', '\\u003A:add-mask::secret'],
    ['one after white space', '  \t::error::x', '  \\t::error::x'],
    ['one after spaces', '   ::error::x', '   \\u003A:error::x'],
    ['a legacy command anywhere', 'see ##[stop-commands]t and ##[error]x', 'see ##\\u005Bstop-commands]t and ##\\u005Berror]x'],
    ['nothing in a plain line', 'a: b :: c ## [d]', 'a: b :: c ## [d]'],
  ])('logLine defuses %s', (_, input, expected) => {
    expect(logLine(input)).toBe(expected);
  });

  it('logLines keeps the line breaks and makes each line safe', () => {
    expect(logLines('write:\n::add-mask::x\n\u001b[2J')).toBe('write:\n\\u003A:add-mask::x\n\\u001B[2J');
  });

  it('logJson keeps the JSON value and writes what JSON.stringify leaves raw as escapes', () => {
    const value = { m: 'a\u0085b\u202E ##[add-mask]x \u{1D173} 👩‍👩‍👧 \u2028' };
    const json = logJson(JSON.stringify(value));
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toBe('{"m":"a\\u0085b\\u202e ##\\u005badd-mask]x \\ud834\\udd73 👩\\u200d👩\\u200d👧 \\u2028"}');
  });
});
