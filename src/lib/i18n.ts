import type { Translator } from '../core/i18n/translator.ts';
import { translatorOf } from '../core/site/translator.ts';
import { siteModel } from './model.ts';

/** The build's translator (its locale and messages come from the site model), for pages and components. */
export function translator(): Translator {
  return translatorOf(siteModel());
}
