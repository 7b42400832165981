import type { FeedDocument, FeedItem } from './model.ts';
import { cdata, el, writeXml, type XmlElement } from './xml.ts';

/** Atom 1.0 (RFC 4287). Titles and summaries are `type="text"`, the content `type="html"`. */

const NAMESPACES = { '': 'http://www.w3.org/2005/Atom' };

export function renderAtom(doc: FeedDocument): string {
  const text = (name: string, value: string) => el(name, {}, [value]);
  const { author } = doc;
  return writeXml(
    el('feed', {}, [
      text('id', doc.self.atom),
      text('title', doc.title),
      text('updated', doc.updated.toISOString()),
      text('generator', 'Statusmark'),
      el('author', {}, [text('name', author.name), ...(author.email ? [text('email', author.email)] : []), text('uri', author.url)]),
      el('link', { rel: 'alternate', href: doc.home }),
      el('link', { rel: 'self', href: doc.self.atom }),
      text('subtitle', doc.description),
      ...doc.items.map(atomEntry),
    ]),
    NAMESPACES,
  );
}

function atomEntry(item: FeedItem): XmlElement {
  return el('entry', {}, [
    el('title', { type: 'text' }, [cdata(item.title)]),
    el('id', {}, [item.id]),
    el('link', { href: item.url }),
    el('updated', {}, [item.date.toISOString()]),
    el('summary', { type: 'text' }, [cdata(item.summary)]),
    el('content', { type: 'html' }, [cdata(item.html)]),
    el('published', {}, [item.date.toISOString()]),
    ...item.tags.map((name) => el('category', { term: name })),
  ]);
}
