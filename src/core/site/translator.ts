import { createTranslator, type Translator } from '../i18n/translator.ts';
import { cacheOf } from '../shared/caches.ts';
import type { SiteModel } from './site.ts';

const TRANSLATOR = cacheOf('the page translator', () => ({ held: undefined as Translator | undefined }));

/** The site's translator, made once per model from its locale and messages (status.config.yaml). */
export function translatorOf(model: Pick<SiteModel, 'site' | 'caches'>): Translator {
  const slot = model.caches.get(TRANSLATOR);
  slot.held ??= createTranslator(model.site.locale, model.site.messages);
  return slot.held;
}
