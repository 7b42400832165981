import { browserMessage, countedBrowserMessage, type BrowserMessage } from '../i18n/browser-messages.ts';
import type { TimeFormat } from '../content/config/config-schema.ts';
import type { SiteModel } from '../site/site.ts';
import { translatorOf } from '../site/translator.ts';

/** How the site prints times without JavaScript: its language, clock and zone (status.config.yaml). */
export interface TimeSettings {
  locale: string;
  clock: TimeFormat;
  zone: string;
}

export function timeSettings(model: Pick<SiteModel, 'site'>): TimeSettings {
  const { config, locale } = model.site;
  return { locale, clock: config.time_format, zone: config.time_zone };
}

/**
 * The words of the page script, in the page's language (it travels in the page as JSON): how long
 * something has been going on (`data-f="since"`), which the script keeps counting, in the units of
 * durationText (i18n/duration.ts). Relative times and dates it says with Intl in the page's locale.
 */
export function pageScriptMessages(model: Pick<SiteModel, 'site' | 'caches'>): Record<string, BrowserMessage> {
  const t = translatorOf(model);
  return {
    minutes: countedBrowserMessage(t, 'duration.minutes'),
    hours: countedBrowserMessage(t, 'duration.hours'),
    days: countedBrowserMessage(t, 'duration.days'),
    twoUnits: browserMessage(t, 'duration.two_units', ['larger', 'smaller']),
  };
}
