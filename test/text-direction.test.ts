import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineArrows, textDirection } from '../src/core/shared/text-direction.ts';

const RTL = ['ar', 'ar-EG', 'he', 'he-IL', 'iw', 'fa', 'fa-IR', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'ku-Arab', 'pa-PK', 'syr'];
const LTR = ['en', 'en-GB', 'de', 'ja', 'zh-Hant', 'ko', 'ku', 'sd-Deva', 'tr', 'hi'];

describe('textDirection', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it.each(RTL)('reads %s right to left', (tag) => {
    expect(textDirection(tag)).toBe('rtl');
  });

  it.each(LTR)('reads %s left to right', (tag) => {
    expect(textDirection(tag)).toBe('ltr');
  });

  it('falls back to the likely script where Intl.Locale has no text info (older engines)', () => {
    const proto = Intl.Locale.prototype as unknown as { getTextInfo: () => object; textInfo: object };
    const getTextInfo = vi.spyOn(proto, 'getTextInfo').mockReturnValue({});
    const textInfo = vi.spyOn(proto, 'textInfo', 'get').mockReturnValue({});
    for (const tag of RTL) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of LTR) expect(textDirection(tag), tag).toBe('ltr');
    expect(getTextInfo).toHaveBeenCalled();
    expect(textInfo).toHaveBeenCalled();
  });

  it('falls back to its own list of languages where Intl.Locale refuses the tag', () => {
    vi.stubGlobal('Intl', {
      ...Intl,
      Locale: class {
        constructor() {
          throw new RangeError('Incorrect locale information provided');
        }
      },
    });
    for (const tag of ['ar', 'he-IL', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ku-Arab', 'ckb'])
      expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'ku', 'de-CH', 'sdx']) expect(textDirection(tag), tag).toBe('ltr');
  });

  it('reads an unknown or malformed tag left to right instead of failing', () => {
    expect(textDirection('zz')).toBe('ltr');
    expect(textDirection('en-x1')).toBe('ltr');
    expect(textDirection('ar-x1')).toBe('rtl');
    expect(textDirection('')).toBe('ltr');
  });
});

describe('inlineArrows', () => {
  it('points to where a line starts and ends, whichever way it runs', () => {
    expect(inlineArrows('ltr')).toEqual({ toStart: '←', toEnd: '→' });
    expect(inlineArrows('rtl')).toEqual({ toStart: '→', toEnd: '←' });
  });
});
