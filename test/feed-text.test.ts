import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { feedFile, type FeedScope } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { FEED_READERS, parseWithRssParser, type ReadFeed } from './helpers/feed-readers.ts';
import { parseXml, readFeed } from './helpers/outputs.ts';

/**
 * Every text of every feed reaches every reader exactly as it was written: the site's name and
 * description, component names (categories), incident titles and update text (summaries), holding
 * XML's and HTML's special characters and several scripts. (An entity-looking `&amp;` is left out
 * here: feed-parser decodes entities in every field, so no feed can hand it to both it and rss-parser;
 * `feeds.test.ts` follows that one through rss-parser and the XML.)
 */

const NOW = '2026-11-20T14:30:00Z';
const NAME = `Ünïcode & <Co> "Status" 'ok' ]]> 🚀`;
const DESCRIPTION = `Live status & history of <Co>'s "API" ]]> ]]> — حالة الخدمة · מצב השירות · 服务状态 · サービス状況 · Состояние 👩‍👩‍👧`;
const COMPONENTS = {
  api: `REST API & <SDK> "v2" 'beta' ]]>`,
  arabic: 'البريد & الرسائل',
  hebrew: 'דואר <אלקטרוני> & "SMS"',
  cjk: '接口 & 日本語テキスト ]]> ]]>',
  cyrillic: `Почта <и> SMS 🚀👩‍👩‍👧 'ok'`,
} as const;
const WEBHOOKS = `Webhooks & «émojis» ✅ <fail> "again" 'now' ]]> ]]>`;
const PAYMENTS = `خطأ في الدفع & <תשלום> "支付" 'エラー' ]]> Ошибка 💳`;
const UPGRADE = `Обновление базы & <DB> "upgrade" 'v2' ]]> データベース 数据库`;

/** Markdown bodies and the plain text a reader should see of each. */
const FIRST = {
  markdown: `Deliveries fail for "retry & backoff" calls when latency < 5 s or > 2 s; 'quoted' \\<fast\\> ]]> and ]]> again. مرحبا שלום 你好 こんにちは Привет 🚀👩‍👩‍👧`,
  text: `Deliveries fail for "retry & backoff" calls when latency < 5 s or > 2 s; 'quoted' <fast> ]]> and ]]> again. مرحبا שלום 你好 こんにちは Привет 🚀👩‍👩‍👧`,
};
const HELP = 'https://help.test.example/search?q=a&lang=ar&tag=%3Cx%3E';
const SECOND = {
  markdown: `We found it: a "bad" \\<config\\> & a 'typo'. See [help & FAQ](${HELP}). Next update by 15:00 UTC.`,
  text: `We found it: a "bad" <config> & a 'typo'. See help & FAQ. Next update by 15:00 UTC.`,
};
const BROKEN = { markdown: 'الدفع لا يعمل & <3 retries> "again" ]]>', text: 'الدفع لا يعمل & <3 retries> "again" ]]>' };
const FIXED = {
  markdown: `Payments work again. 支払いは復旧しました & 'done'.`,
  text: `Payments work again. 支払いは復旧しました & 'done'.`,
};
const REPORT = {
  markdown: '### Summary\nPayments & \\<refunds\\> failed "twice" ]]> — 支払い.',
  text: 'Summary Payments & <refunds> failed "twice" ]]> — 支払い.',
};
const PLANNED = {
  markdown: `The database is read-only for 20 min & "queued" writes wait ]]> — Чтение <только>.`,
  text: `The database is read-only for 20 min & "queued" writes wait ]]> — Чтение <только>.`,
};

const yaml = (text: string) => JSON.stringify(text);
const CONFIG = `name: ${yaml(NAME)}
url: https://status.test.example/base/
description: ${yaml(DESCRIPTION)}
support: { email: support@test.example }
components:
${Object.entries(COMPONENTS)
  .map(([id, name]) => `  - { id: ${id}, name: ${yaml(name)} }`)
  .join('\n')}
`;

const FILES = {
  'incidents/2026-11-20-webhooks.md': `---
title: ${yaml(WEBHOOKS)}
impact: major
components: [api, hebrew]
---
## 2026-11-20 14:20 UTC · Identified
${SECOND.markdown}

## 2026-11-20 14:05 UTC · Investigating
${FIRST.markdown}
`,
  'incidents/2026-11-18-payments.md': `---
title: ${yaml(PAYMENTS)}
impact: minor
components: [arabic, cjk, cyrillic]
---
## 2026-11-18 10:40 UTC · Resolved
${FIXED.markdown}

## 2026-11-18 09:50 UTC · Investigating
${BROKEN.markdown}

## Post-incident report
${REPORT.markdown}
`,
  'incidents/2026-11-25-upgrade.md': `---
title: ${yaml(UPGRADE)}
kind: maintenance
components: [api, cyrillic]
window: { start: 2026-11-25 02:00 UTC, end: 2026-11-25 04:00 UTC }
---
## 2026-11-19 09:00 UTC · Scheduled
${PLANNED.markdown}
`,
};

type Item = ReadFeed['items'][number];
const webhooks = [COMPONENTS.api, COMPONENTS.hebrew];
const payments = [COMPONENTS.arabic, COMPONENTS.cjk, COMPONENTS.cyrillic];
const upgrade = [COMPONENTS.api, COMPONENTS.cyrillic];
/** The whole history, newest first. */
const ITEMS: Item[] = [
  { title: `${WEBHOOKS} — Identified`, summary: SECOND.text, categories: webhooks },
  { title: `${WEBHOOKS} — Investigating`, summary: FIRST.text, categories: webhooks },
  { title: `${UPGRADE} — Scheduled`, summary: PLANNED.text, categories: upgrade },
  { title: `${PAYMENTS} — Post-incident report`, summary: REPORT.text, categories: payments },
  { title: `${PAYMENTS} — Resolved`, summary: FIXED.text, categories: payments },
  { title: `${PAYMENTS} — Investigating`, summary: BROKEN.text, categories: payments },
];

/** Every RSS and Atom feed of the site, with the channel text and items it must carry. */
const FEEDS: { scope: FeedScope; title: string; description: string; items: Item[] }[] = [
  { scope: { kind: 'history' }, title: `${NAME} — incident history`, description: DESCRIPTION, items: ITEMS },
  {
    scope: { kind: 'maintenance' },
    title: `${NAME} — scheduled maintenance`,
    description: `Scheduled maintenance announced on ${NAME}`,
    items: ITEMS.filter((i) => i.title.startsWith(UPGRADE)),
  },
  ...Object.entries(COMPONENTS).map(([id, name]) => ({
    scope: { kind: 'component', component: id } satisfies FeedScope,
    title: `${NAME} — ${name}`,
    description: `Incidents and maintenance affecting ${name} on ${NAME}`,
    items: ITEMS.filter((i) => i.categories.includes(name)),
  })),
];

const model = readSiteModel(makeContentRoot(FILES, CONFIG), new Date(NOW));
const label = (scope: FeedScope) => (scope.kind === 'component' ? `component ${scope.component}` : scope.kind);

describe('every reader gets the original text of every feed', () => {
  for (const { scope, title, description, items } of FEEDS) {
    for (const format of ['rss', 'atom'] as const) {
      for (const [reader, read] of Object.entries(FEED_READERS)) {
        it(`${label(scope)} ${format}, read by ${reader}`, async () => {
          expect(items.length).toBeGreaterThan(0);
          expect(await read(feedFile(model, scope, format))).toEqual({ title, description, items });
        });
      }
    }
  }

  it('feed.json (JSON Feed) carries the same text', () => {
    const doc = JSON.parse(feedFile(model, { kind: 'history' }, 'json'));
    expect({ title: doc.title, description: doc.description }).toEqual({ title: `${NAME} — incident history`, description: DESCRIPTION });
    expect(doc.items.map((i: Record<string, unknown>) => ({ title: i.title, summary: i.summary, categories: i.tags }))).toEqual(ITEMS);
    expect(doc.authors).toEqual([{ name: NAME, url: 'https://status.test.example/base/' }]);
  });

  it('declares Atom titles and summaries as text, and the content as HTML', () => {
    const entry = parseXml(feedFile(model, { kind: 'history' }, 'atom')).feed.entry[1];
    expect([entry.title['@type'], entry.summary['@type'], entry.content['@type']]).toEqual(['text', 'text', 'html']);
  });

  it("names the site as the Atom feed's author", () => {
    const atom = feedFile(model, { kind: 'history' }, 'atom');
    expect(parseXml(atom).feed.author.name).toBe(NAME);
    expect(readFeed(atom).authors.map((a) => a.name)).toEqual([NAME]);
  });

  it('keeps a link with `&` in its query string in the item content', async () => {
    const rss = feedFile(model, { kind: 'history' }, 'rss');
    const atom = feedFile(model, { kind: 'history' }, 'atom');
    const contents = [
      (await parseWithRssParser(rss)).items[0]!['content:encoded'],
      (await parseWithRssParser(atom)).items[0]!.content,
      readFeed(rss).items[0]!.content,
      readFeed(atom).items[0]!.content,
      parseXml(rss).rss.channel.item[0]['content:encoded'],
      parseXml(atom).feed.entry[0].content['#text'],
      JSON.parse(feedFile(model, { kind: 'history' }, 'json')).items[0].content_html,
    ];
    for (const html of contents) expect(load(html ?? '', null, false)('a').attr('href')).toBe(HELP);
  });
});
