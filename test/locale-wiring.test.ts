/**
 * Issue 15, what translators found: lists, brackets, "…, now …" and dates with times are joined as
 * the page's language joins them, not with English punctuation.
 */
import { describe, expect, it } from 'vitest';
import { bracketsOf } from '../src/core/i18n/brackets.ts';
import { shippedCatalog } from '../src/core/i18n/catalog-files.ts';
import { listParts, listText } from '../src/core/i18n/list-format.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { showsStatusNow } from '../src/core/views/affected-status.ts';
import { dateTimeLabel } from '../src/core/views/format.ts';

const translatorIn = (tag: string) => createTranslator(tag, shippedCatalog(tag)!);

describe('component lists', () => {
  it('are joined by the page language, not by ", "', () => {
    const names = ['API', 'Dashboard', 'Webhooks'];
    expect(listText(names, 'en')).toBe('API, Dashboard, and Webhooks');
    expect(listText(names, 'de')).toBe('API, Dashboard und Webhooks');
    expect(listText(names, 'ja')).toBe('API、Dashboard、Webhooks');
    expect(listText(names, 'ar')).toBe('API وDashboard وWebhooks');
    expect(listText(['API'], 'ja')).toBe('API');
  });

  it('split around each item, in order, for a caller that renders the items', () => {
    expect(listParts(3, 'ja')).toEqual([{ index: 0 }, '、', { index: 1 }, '、', { index: 2 }]);
    expect(listParts(2, 'en')).toEqual([{ index: 0 }, ' and ', { index: 1 }]);
    expect(listParts(1, 'ar')).toEqual([{ index: 0 }]);
    expect(listParts(0, 'de')).toEqual([]);
  });
});

describe('an affected component’s status', () => {
  it('says "now …" only while open and only when it changed', () => {
    expect(showsStatusNow(true, { worst: 'partial_outage', now: 'degraded_performance' })).toBe(true);
    expect(showsStatusNow(true, { worst: 'partial_outage', now: 'partial_outage' })).toBe(false);
    expect(showsStatusNow(false, { worst: 'partial_outage', now: 'operational' })).toBe(false);
  });
});

describe('the brackets after a full sentence', () => {
  it('are the language’s own', () => {
    expect(bracketsOf(translatorIn('en'))).toEqual({ before: '(', after: ')' });
    expect(bracketsOf(translatorIn('ja'))).toEqual({ before: '（', after: '）' });
    expect(bracketsOf(translatorIn('ar'))).toEqual({ before: '(', after: ')' });
  });
});

describe('a date with its time', () => {
  const d = new Date('2026-11-20T14:05:00Z');
  it('is joined as the language joins a date and a time', () => {
    expect(dateTimeLabel(d, 'en', '24h')).toBe('Nov 20, 2026, 14:05 UTC');
    expect(dateTimeLabel(d, 'ar', '24h')).toBe('20 نوفمبر 2026، 14:05 UTC');
    expect(dateTimeLabel(d, 'ja', '24h')).toBe('2026年11月20日 14:05 UTC');
    expect(dateTimeLabel(d, 'ja', '12h')).toBe('2026年11月20日 午後2:05 UTC');
    expect(dateTimeLabel(d, 'ja', '24h', undefined, 'Asia/Tokyo')).toBe('2026年11月20日 23:05 JST');
  });
});
