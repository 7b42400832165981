import { Feed, type FeedOptions, type Item } from 'feed';
import { escapeHtml, xmlChars } from '../text-safety.ts';
import type { FeedDocument, FeedItem } from './model.ts';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one FeedDocument, with the `feed` package.
 *
 * `feed` writes XML through xml-js, which has three traps for untrusted text; each is disarmed here
 * rather than left to chance:
 * - CDATA sections (item titles, summaries, content) are split at only the *first* `]]>`. Every
 *   CDATA value is therefore HTML that contains no `]]>` at all: titles and summaries are escaped
 *   text (so they are `type="html"` in Atom, as `feed` declares them), content has `]]>` written `]]&gt;`.
 * - Element text (channel title, description, author) turns `&amp;` back into `&` before escaping,
 *   which would change a literal "&amp;". `keepAmp` compensates exactly.
 * - Characters XML 1.0 cannot carry (most C0 controls) would make the file unreadable: dropped.
 */

export function renderRss(doc: FeedDocument): string {
  return xmlFeed(doc).rss2();
}

export function renderAtom(doc: FeedDocument): string {
  return xmlFeed(doc).atom1();
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * JSON Feed 1.1. `feed`'s `json1()` writes version 1 (a single `author`, no `language`); its output
 * is upgraded here: the 1.1 version URL, `authors`, `language`, and items without the redundant
 * `date_modified`.
 */
export function renderJsonFeed(doc: FeedDocument): string {
  const feed = new Feed(options(doc, (s) => s));
  for (const item of doc.items) feed.addItem(jsonItem(item));
  const v1 = JSON.parse(feed.json1()) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const { version: _version, author: _author, items, ...rest } = v1;
  const v11 = {
    version: JSON_FEED_VERSION,
    ...rest,
    language: doc.language,
    authors: [{ name: doc.author.name, url: doc.author.url }],
    items: items.map(({ date_modified: _modified, ...item }) => item),
  };
  return `${JSON.stringify(v11, null, 2)}\n`;
}

function xmlFeed(doc: FeedDocument): Feed {
  const feed = new Feed(options(doc, keepAmp));
  for (const item of doc.items) feed.addItem(xmlItem(item));
  return feed;
}

function options(doc: FeedDocument, text: (s: string) => string): FeedOptions {
  return {
    id: doc.self.atom,
    title: text(doc.title),
    description: text(doc.description),
    link: doc.home,
    language: doc.language,
    updated: doc.updated,
    generator: 'Statusmark',
    feedLinks: { rss: doc.self.rss, atom: doc.self.atom, ...(doc.self.json ? { json: doc.self.json } : {}) },
    author: { name: text(doc.author.name), link: doc.author.url, ...(doc.author.email ? { email: doc.author.email } : {}) },
  };
}

function xmlItem(item: FeedItem): Item {
  return {
    id: item.id,
    link: item.url,
    title: escapeHtml(xmlChars(item.title)),
    date: item.date,
    published: item.date,
    description: escapeHtml(xmlChars(item.summary)),
    content: xmlChars(item.html).replaceAll(']]>', ']]&gt;'),
  };
}

function jsonItem(item: FeedItem): Item {
  return {
    id: item.id,
    link: item.url,
    title: item.title,
    date: item.date,
    published: item.date,
    description: item.summary,
    content: item.html,
    ...(item.tags.length ? { category: item.tags.map((name) => ({ name })) } : {}),
  };
}

/** Element text for xml-js, which rewrites every `&amp;` to `&` before it escapes `&` again. */
function keepAmp(text: string): string {
  return xmlChars(text).replaceAll('&amp;', '&amp;amp;');
}
