import { suggest } from '../../shared/suggest.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag } from '../../diagnostics/diagnostics.ts';
import type { Messages } from '../../i18n/message-key.ts';
import { resolveMessages, shippedLocales } from '../../i18n/resolve-messages.ts';
import type { YamlSource } from '../yaml/yaml-source.ts';
import type { SiteConfig } from './config-schema.ts';

/**
 * The page's language (`locale`, or the older `language`) and its messages, with the team's
 * `messages:` checked where they stand: an unknown key, a message that does not parse or lacks a
 * placeholder is an error on its line; a locale without messages a warning on `locale`.
 */
export function configMessages(config: SiteConfig, src: YamlSource, bag: DiagnosticBag): { locale: string; messages: Messages } {
  const locale = config.locale ?? config.language ?? 'en';
  const resolved = resolveMessages(locale, config.messages);
  for (const p of resolved.problems) {
    if ('unknown' in p)
      bag.report(CATALOG.unknownMessageKey, src.position(['messages'], p.key), { key: p.key, guess: suggest(p.key, p.keys) });
    else bag.report(CATALOG.invalidMessage, src.position(['messages', p.key]), { key: p.key, problems: p.problems, english: p.english });
  }
  if (resolved.untranslated > 0) {
    const at = src.position([config.locale ? 'locale' : 'language']);
    bag.report(CATALOG.noCatalog, at, { locale, missing: resolved.untranslated, shipped: shippedLocales() });
  }
  return { locale, messages: resolved.messages };
}
