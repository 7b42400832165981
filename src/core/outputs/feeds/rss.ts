import { escapeHtml } from '../../shared/text-safety.ts';
import type { FeedDocument, FeedItem } from './model.ts';
import { cdata, el, writeXml, type XmlElement } from './xml.ts';

/**
 * RSS 2.0. Titles and categories are plain text; an item's `description` is HTML (the spec allows
 * "entity-encoded HTML" there, and readers show it as HTML), so the plain summary is written as
 * HTML. `content:encoded` carries the full update.
 */

const NAMESPACES = { content: 'http://purl.org/rss/1.0/modules/content/', atom: 'http://www.w3.org/2005/Atom' };

export function renderRss(doc: FeedDocument): string {
  const text = (name: string, value: string) => el(name, {}, [value]);
  const channel = el('channel', {}, [
    text('title', doc.title),
    text('link', doc.home),
    text('description', doc.description),
    text('lastBuildDate', doc.updated.toUTCString()),
    text('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    text('generator', 'Statusmark'),
    text('language', doc.language),
    el('atom:link', { href: doc.self.rss, rel: 'self', type: 'application/rss+xml' }),
    ...doc.items.map(rssItem),
  ]);
  return writeXml(el('rss', { version: '2.0' }, [channel]), NAMESPACES);
}

function rssItem(item: FeedItem): XmlElement {
  return el('item', {}, [
    el('title', {}, [cdata(item.title)]),
    el('link', {}, [item.url]),
    el('guid', { isPermaLink: 'false' }, [item.id]),
    el('pubDate', {}, [item.date.toUTCString()]),
    el('description', {}, [cdata(escapeHtml(item.summary))]),
    el('content:encoded', {}, [cdata(item.html)]),
    ...item.tags.map((name) => el('category', {}, [name])),
  ]);
}
