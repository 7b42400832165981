import { browserMessage, countedBrowserMessage, type BrowserMessage } from '../i18n/browser-messages.ts';
import type { SiteModel } from '../site/site.ts';
import { translatorOf } from '../site/translator.ts';

/** The words of the reports page's search, in the page's language, for its script (see i18n/browser-messages.ts). */
export function searchMessages(model: Pick<SiteModel, 'site' | 'caches'>): Record<'noMatch' | 'results' | 'firstShown', BrowserMessage> {
  const t = translatorOf(model);
  return {
    noMatch: browserMessage(t, 'search.no_match', ['query']),
    results: countedBrowserMessage(t, 'search.results'),
    firstShown: browserMessage(t, 'search.results_first_shown', ['results', 'shown']),
  };
}
