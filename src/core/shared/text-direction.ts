/** Which way a language's text runs: the value of `<html dir>`. */
export type TextDirection = 'ltr' | 'rtl';

/** The arrows that point to either end of a line, whichever way the line runs. */
export interface InlineArrows {
  /** Towards where a line starts: ← in left-to-right text, → in right-to-left. */
  toStart: string;
  /** Towards where a line ends: → in left-to-right text, ← in right-to-left. */
  toEnd: string;
}

// Scripts written right to left (ISO 15924), for engines without Intl.Locale's text info: the
// language's likely script (Intl.Locale#maximize) decides, so `ku` is Latin and `ku-Arab`, `ckb`,
// `pa-PK` are Arabic.
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
// And by language alone, for a tag Intl.Locale refuses or cannot place in a script.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ks',
  'ku-arab',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

function fromIntl(tag: string): TextDirection | undefined {
  const locale = new Intl.Locale(tag);
  // Node 24 has getTextInfo(); Node 22's V8 has the older textInfo getter.
  const info = locale as Intl.Locale & TextInfoLocale;
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const script = locale.maximize().script;
  return script === undefined ? undefined : RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

function fromList(tag: string): TextDirection {
  const [language = '', second = ''] = tag.toLowerCase().split(/[-_]/);
  return RTL_LANGUAGES.has(`${language}-${second}`) || RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** The direction of text in `locale` (a BCP 47 tag such as `ar`, `he-IL`, `ku-Arab`); left to right when unknown. */
export function textDirection(locale: string): TextDirection {
  try {
    return fromIntl(locale) ?? fromList(locale);
  } catch {
    return fromList(locale);
  }
}

/** The arrows for text running in `direction`: a "Newer" link points to the start of the line, "Older" to its end. */
export function inlineArrows(direction: TextDirection): InlineArrows {
  return direction === 'rtl' ? { toStart: '→', toEnd: '←' } : { toStart: '←', toEnd: '→' };
}
