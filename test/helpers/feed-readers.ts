import { load } from 'cheerio';
import Parser from 'rss-parser';
import { assertWellFormedXml, parseXml, readFeed } from './outputs.ts';

/**
 * What three kinds of reader make of one RSS or Atom file, in one shape to compare: `rss-parser`
 * (xml2js, takes text as the XML holds it), `@rowanmanning/feed-parser` (decodes HTML entities in
 * every field), and a plain XML parser read by the formats' own rules (RSS `description` and Atom
 * `type="html"` are HTML, everything else is text).
 */
export interface ReadFeed {
  title: string;
  description: string;
  items: { title: string; summary: string; categories: string[] }[];
}

export type FeedReader = (xml: string) => Promise<ReadFeed>;

/** Fields rss-parser reads without declaring them (`id`, `content:encoded`), and Atom's `<category>` elements. */
interface RssParserItem {
  id?: string;
  'content:encoded'?: string;
  categoryElements?: { $: { term: string } }[];
}

const rssParser = new Parser<{ subtitle?: string }, RssParserItem>({
  customFields: { feed: ['subtitle'], item: [['category', 'categoryElements', { keepArray: true }]] },
});

/** An RSS or Atom file as rss-parser reads it. */
export function parseWithRssParser(xml: string) {
  assertWellFormedXml(xml);
  return rssParser.parseString(xml);
}

/** The text an rss-parser user gets: `contentSnippet` is its plain text of an RSS `description`. */
export const readWithRssParser: FeedReader = async (xml) => {
  const feed = await parseWithRssParser(xml);
  const atom = 'feed' in parseXml(xml);
  return {
    title: feed.title ?? '',
    description: (atom ? feed.subtitle : feed.description) ?? '',
    items: feed.items.map((item) => ({
      title: item.title ?? '',
      summary: (atom ? item.summary : item.contentSnippet) ?? '',
      categories: atom ? (item.categoryElements ?? []).map((c) => c.$.term) : (item.categories ?? []),
    })),
  };
};

export const readWithFeedParser: FeedReader = async (xml) => {
  const feed = readFeed(xml);
  return {
    title: feed.title ?? '',
    description: feed.description ?? '',
    items: feed.items.map((item) => ({
      title: item.title ?? '',
      summary: item.description ?? '',
      categories: item.categories.map((c) => c.label ?? c.term),
    })),
  };
};

const htmlText = (html: string) => load(html, null, false).text();
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** An Atom text construct read by RFC 4287 §3.1: `type="html"` holds HTML, `type="text"` (the default) text. */
function atomText(node: string | { '#text'?: string; '@type'?: string } | undefined): string {
  if (node === undefined || typeof node === 'string') return node ?? '';
  const value = node['#text'] ?? '';
  return node['@type'] === 'html' ? htmlText(value) : value;
}

export const readAsXml: FeedReader = async (xml) => {
  const tree = parseXml(xml);
  if (tree.feed) {
    const { feed } = tree;
    return {
      title: atomText(feed.title),
      description: atomText(feed.subtitle),
      items: list<Record<string, any>>(feed.entry).map((entry) => ({
        title: atomText(entry.title),
        summary: atomText(entry.summary),
        categories: list<{ '@term': string }>(entry.category).map((c) => c['@term']),
      })),
    };
  }
  const { channel } = tree.rss;
  return {
    title: channel.title,
    description: channel.description,
    items: list<Record<string, any>>(channel.item).map((item) => ({
      title: item.title,
      // RSS 2.0: "entity-encoded HTML is allowed" in an item's description, and readers show it as HTML.
      summary: htmlText(item.description),
      categories: list<string>(item.category),
    })),
  };
};

export const FEED_READERS: Record<string, FeedReader> = {
  'rss-parser': readWithRssParser,
  '@rowanmanning/feed-parser': readWithFeedParser,
  'an XML parser': readAsXml,
};
