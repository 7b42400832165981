import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../src/core/i18n/message-shape.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { DOWNTIME_WEIGHT } from '../src/core/status/uptime.ts';

/**
 * Every catalog in src/core/i18n/messages/ — a new `<tag>.json` is picked up by being there — has
 * exactly the English keys, and each message keeps the English placeholders and has the plural
 * forms its language's Intl.PluralRules selects. A translator runs this file on their branch.
 */
const FOLDER = join(import.meta.dirname, '../src/core/i18n/messages');
const TAGS = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const read = (tag: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FOLDER, `${tag}.json`), 'utf8')) as Record<string, unknown>;
const ENGLISH = read('en') as Record<string, string>;

describe.each(TAGS)('the %s catalog', (tag) => {
  const catalog = read(tag);

  it('is named by a canonical BCP 47 tag that Intl knows', () => {
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(new Intl.PluralRules(tag).resolvedOptions().locale.split('-')[0]).toBe(tag.split('-')[0]);
  });

  it('has every English key and no other, each a string', () => {
    expect(Object.keys(catalog).filter((k) => !(k in ENGLISH))).toEqual([]);
    expect(Object.keys(ENGLISH).filter((k) => !(k in catalog))).toEqual([]);
    expect(Object.entries(catalog).filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
  });

  it('states the partial-outage weight the uptime maths uses, formatted in the language, not written in', () => {
    const { t } = createTranslator(tag, catalog as Record<string, string>);
    const percent = (n: number) => new Intl.NumberFormat(tag, { style: 'percent' }).format(n);
    expect(t('home.uptime_explained', { partial: DOWNTIME_WEIGHT.partial_outage })).toContain(percent(0.3));
    expect(t('home.uptime_explained', { partial: 0.45 })).toContain(percent(0.45));
  });

  it('has messages that parse, keep the placeholders and have the plural forms of the language', () => {
    const problems = Object.entries(catalog).flatMap(([key, message]) => {
      if (!(key in ENGLISH) || typeof message !== 'string') return [];
      try {
        parse(message, { requiresOtherClause: true });
      } catch (e) {
        return [`${key}: ${String(e)}`];
      }
      return translationProblems(ENGLISH[key]!, message, tag).map((p) => `${key}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the catalog check', () => {
  it('names a missing or an extra placeholder', () => {
    expect(translationProblems('Started {time}', 'Begonnen', 'de')).toEqual(['it lacks {time}']);
    expect(translationProblems('Started {time}', 'Begonnen {time} {zone}', 'de')).toEqual([
      'it has {zone}, which the English message does not',
    ]);
  });

  it('wants the plural forms of the language, and only those', () => {
    const english = '{count, plural, one {# day} other {# days}}';
    expect(translationProblems(english, '{count, plural, one {# يوم} other {# أيام}}', 'ar')).toEqual([
      'its plural {count} lacks zero, two, few, many (ar uses zero, one, two, few, many, other)',
    ]);
    expect(translationProblems(english, '{count, plural, one {# 日} other {# 日}}', 'ja')).toEqual([
      'its plural {count} has one, which ja never uses (it uses other)',
    ]);
    expect(translationProblems(english, '{count, plural, =0 {keine Tage} one {# Tag} other {# Tage}}', 'de')).toEqual([]);
  });

  it('refuses what does not parse', () => {
    expect(translationProblems('{count} min', '{count min', 'de')[0]).toMatch(/^it is not valid ICU MessageFormat \(/);
  });
});

describe('the code', () => {
  /** Every file a key can be used from: the core, the pages and components. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
  }

  it('uses every English key, each written out whole where it is used', () => {
    const code = sources(join(import.meta.dirname, '../src')).join('\n');
    const unused = Object.keys(ENGLISH).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
