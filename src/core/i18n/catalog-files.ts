import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SOURCE_LOCALE, type Messages } from './message-key.ts';

/**
 * The catalogs Statusmark ships: one JSON file per language in messages/, named by its BCP 47 tag
 * (`en.json`, `de.json`, `pt-BR.json`). A new file is a new shipped language; nothing lists them.
 */
const MESSAGES_FOLDER = new URL('./messages/', import.meta.url);

/** Every shipped language's tag, in file-name order. */
export function shippedLocales(): string[] {
  return readdirSync(MESSAGES_FOLDER)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A shipped catalog, or undefined when no file has that tag exactly. */
export function shippedCatalog(tag: string): Messages | undefined {
  if (!/^[A-Za-z0-9-]+$/.test(tag)) return undefined;
  const file = new URL(`${tag}.json`, MESSAGES_FOLDER);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

export function englishCatalog(): Messages {
  return shippedCatalog(SOURCE_LOCALE)!;
}

/**
 * The shipped catalog a page in `locale` is written from: the tag itself, else the tag without its
 * last subtag (`de-CH` → `de`), then the same for the tag with its likely script (`zh-CN` →
 * `zh-Hans-CN` → `zh-Hans`); undefined when none ships.
 */
export function shippedCatalogFor(locale: string): { tag: string; messages: Messages } | undefined {
  const shipped = new Map(shippedLocales().map((t) => [t.toLowerCase(), t]));
  for (const start of [locale, likelyTag(locale)]) {
    for (let tag = start; tag; tag = tag.includes('-') ? tag.slice(0, tag.lastIndexOf('-')) : '') {
      const file = shipped.get(tag.toLowerCase());
      if (file) return { tag: file, messages: shippedCatalog(file)! };
    }
  }
  return undefined;
}

/** The tag with its likely script and region (CLDR's likely subtags), or '' when Intl cannot read it. */
function likelyTag(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().toString();
  } catch {
    return '';
  }
}
