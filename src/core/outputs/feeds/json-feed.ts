import type { FeedDocument, FeedItem } from './model.ts';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function renderJsonFeed(doc: FeedDocument): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: doc.title,
    home_page_url: doc.home,
    feed_url: doc.self.json,
    description: doc.description,
    language: doc.language,
    authors: [{ name: doc.author.name, url: doc.author.url }],
    items: doc.items.map(jsonItem),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function jsonItem(item: FeedItem) {
  return {
    id: item.id,
    content_html: item.html,
    url: item.url,
    title: item.title,
    summary: item.summary,
    date_published: item.date.toISOString(),
    ...(item.tags.length ? { tags: item.tags } : {}),
  };
}
