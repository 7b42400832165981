/**
 * The page's language in status.config.yaml: `locale` (and the older `language`), `time_zone`,
 * and a team's own `messages:`, each checked where it stands; the translator the pages get from it;
 * the style rules, which know English only.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/content/config/config.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';
import { codes, lint } from './helpers/lint.ts';

const config = (extra: string) => parseConfig(`${BASE_CONFIG}${extra}`);
const t = (extra: string) => {
  const { loaded, diagnostics } = config(extra);
  if (!loaded) throw new Error(JSON.stringify(diagnostics));
  return createTranslator(loaded.locale, loaded.messages);
};

describe('locale', () => {
  it('is English unless set, and picks the shipped catalog of its language', () => {
    expect(config('').loaded!.locale).toBe('en');
    expect(t('').t('overall.none')).toBe('All systems operational');
    expect(t('locale: de\n').t('overall.none')).toBe('Alle Systeme betriebsbereit');
    // A regional tag without a catalog of its own falls back to its language's.
    expect(t('locale: de-CH\n').t('facts.next_update')).toBe('Nächste Aktualisierung');
    expect(config('locale: de-CH\n').diagnostics).toEqual([]);
    // …and a tag without its script takes the catalog of its likely one: zh-CN and zh are written in Simplified Chinese.
    expect(t('locale: zh-CN\n').t('facts.next_update')).toBe('下次更新');
    expect(t('locale: zh\n').t('facts.next_update')).toBe('下次更新');
    expect(config('locale: zh-CN\n').diagnostics).toEqual([]);
    // Traditional Chinese does not ship: zh-TW is not given Simplified Chinese.
    expect(t('locale: zh-TW\n').t('facts.next_update')).toBe('Next update');
  });

  it('takes the older `language` when it is not set itself', () => {
    expect(config('language: de\n').loaded!.locale).toBe('de');
    expect(config('language: en\nlocale: de\n').loaded!.locale).toBe('de');
  });

  it('without a catalog is a warning naming the shipped languages; the page is in English', () => {
    const { loaded, diagnostics } = config('locale: tlh\n');
    expect(loaded!.messages['overall.none']).toBe('All systems operational');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'page-message',
        file: 'status.config.yaml',
        line: 7,
        column: 9,
        message: expect.stringMatching(/^Statusmark ships no messages for "tlh", so \d+ of the page's fixed texts are in English$/),
        hint: 'pick a shipped language (ar, cs, da, de, en, es, fi, fr, he, hi, id, it, ja, ko, nb, nl, pl, pt-BR, ru, sv, tr, uk, zh-Hans), or give every message in `messages:` (the README\'s "Languages" says how)',
      },
    ]);
  });

  it('must be a language tag', () => {
    expect(config('locale: German\n').diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [7, 'invalid-field', 'locale: must be a language tag such as "en" or "en-GB"'],
    ]);
  });
});

describe('time_zone', () => {
  it('is UTC unless set, and any IANA name', () => {
    expect(config('').loaded!.config.time_zone).toBe('UTC');
    expect(config('time_zone: Europe/Berlin\n').loaded!.config.time_zone).toBe('Europe/Berlin');
  });

  it('refuses a name that is not a time zone, on its line, saying what to write', () => {
    const [d, ...rest] = config('time_zone: Europe/Munich\n').diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      code: 'invalid-field',
      line: 7,
      message: 'time_zone: must be an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"',
    });
  });
});

describe('messages: a team’s own wording', () => {
  it('replaces the shipped message, in any language', () => {
    expect(t('messages:\n  overall.none: All systems go\n').t('overall.none')).toBe('All systems go');
    const de = t('locale: de\nmessages:\n  home.last_updated: "Stand der Seite: {time}"\n');
    expect(de.t('home.last_updated', { time: '14:05 UTC' })).toBe('Stand der Seite: 14:05 UTC');
    expect(de.t('overall.none')).toBe('Alle Systeme betriebsbereit');
  });

  it('adds a language the package does not ship, without a warning once every message is given', () => {
    const { loaded } = config('');
    const all = Object.entries(loaded!.messages)
      .map(([key, text]) => `  ${key}: ${JSON.stringify(text)}`)
      .join('\n');
    const own = config(`locale: eo\nmessages:\n${all.replace('All systems operational', 'Ĉiuj sistemoj funkcias')}\n`);
    expect(own.diagnostics).toEqual([]);
    expect(createTranslator('eo', own.loaded!.messages).t('overall.none')).toBe('Ĉiuj sistemoj funkcias');
  });

  it('refuses an unknown key on its line, with the likely one', () => {
    expect(config('messages:\n  overall.nome: All systems go\n').diagnostics).toEqual([
      {
        severity: 'error',
        code: 'page-message',
        file: 'status.config.yaml',
        line: 8,
        column: 3,
        message: 'there is no message "overall.nome"; did you mean "overall.none"?',
        hint: 'the keys are those of the English catalog, src/core/i18n/messages/en.json in the statusmark package',
      },
    ]);
  });

  it('refuses a message that lacks a placeholder, adds one, or does not parse', () => {
    const problems = (message: string) =>
      config(`messages:\n  home.last_updated: ${JSON.stringify(message)}\n`).diagnostics.map((d) => [d.line, d.message]);
    expect(problems('Last changed')).toEqual([[8, 'the message "home.last_updated" cannot be used: it lacks {time}']]);
    expect(problems('Last changed {time} in {zone}')).toEqual([
      [8, 'the message "home.last_updated" cannot be used: it has {zone}, which the English message does not'],
    ]);
    expect(problems('Last changed {time')[0]![1]).toMatch(
      /^the message "home.last_updated" cannot be used: it is not valid ICU MessageFormat \(/,
    );
    expect(config('messages:\n  home.last_updated: Last changed\n').diagnostics[0]!.hint).toBe(
      'write it in ICU MessageFormat with the placeholders of the English one: Last updated {time}',
    );
  });

  it('refuses plural forms the language does not have', () => {
    const [d] = config('locale: ja\nmessages:\n  search.results: "{count, plural, one {# 件} other {# 件}}"\n').diagnostics;
    expect(d).toMatchObject({
      line: 9,
      message: 'the message "search.results" cannot be used: its plural {count} has one, which ja never uses (it uses other)',
    });
  });
});

describe('the style rules', () => {
  const SPECULATION = `---
title: Slow API
impact: minor
components: [api]
---
## 2026-11-20 14:05 UTC · Investigating
The cause is probably a faulty release.
`;

  it('read English content, and stay quiet for another language rather than be wrong', () => {
    expect(codes(lint(SPECULATION))).toContain('style-speculation');
    expect(codes(lint(SPECULATION, { config: 'locale: en-GB\n' }))).toContain('style-speculation');
    expect(codes(lint(SPECULATION, { config: 'locale: de\n' })).filter((c) => c.startsWith('style-'))).toEqual([]);
  });

  it('the policy rules still run for any language', () => {
    const late = SPECULATION.replace('14:05', '13:00');
    expect(codes(lint(late, { config: 'locale: de\n', now: '2026-11-20T16:00:00Z' })).filter((c) => !c.startsWith('style-'))).not.toEqual(
      [],
    );
  });
});
