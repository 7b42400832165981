import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeed, feedFile, feedLinks, JSON_FEED_VERSION, type FeedScope } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { assertJsonFeed, HOSTILE, LONG_WORD, parseXml, readFeed } from './helpers/outputs.ts';
import { FILES, fixtureConfig, HOSTILE_BODY, makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

const ERRORS = `${SITE}incidents/2026-11-20-errors/`;
const EMAIL = `${SITE}incidents/2026-11-18-email-delay/`;

/** Every item of the fixture's history, newest first: [id, title suffix, date]. */
const HISTORY: [string, string, string][] = [
  [`${ERRORS}#update-2026-11-20-14-25`, `${HOSTILE} — Identified`, '2026-11-20T14:25:00.000Z'],
  [`${ERRORS}#update-2026-11-20-14-05`, `${HOSTILE} — Investigating`, '2026-11-20T14:05:00.000Z'],
  [`${SITE}incidents/2026-11-20-email-move/#update-2026-11-20-14-00`, 'Email system move — In progress', '2026-11-20T14:00:00.000Z'],
  [`${SITE}incidents/2026-11-20-email-move/#update-2026-11-19-12-00`, 'Email system move — Scheduled', '2026-11-19T12:00:00.000Z'],
  [`${SITE}incidents/2026-11-25-db-upgrade/#update-2026-11-19-09-00`, 'Database upgrade — Scheduled', '2026-11-19T09:00:00.000Z'],
  [`${EMAIL}#report`, 'Delayed emails — Post-incident report', '2026-11-18T10:40:00.000Z'],
  [`${EMAIL}#update-2026-11-18-10-40`, 'Delayed emails — Resolved', '2026-11-18T10:40:00.000Z'],
  [`${EMAIL}#update-2026-11-18-10-10`, 'Delayed emails — Monitoring', '2026-11-18T10:10:00.000Z'],
  [`${EMAIL}#update-2026-11-18-09-50`, 'Delayed emails — Investigating', '2026-11-18T09:50:00.000Z'],
  [`${SITE}incidents/2026-11-10-cert-renewal/#update-2026-11-10-01-40`, 'Certificate renewal — Completed', '2026-11-10T01:40:00.000Z'],
  [`${SITE}incidents/2026-11-10-cert-renewal/#update-2026-11-05-09-00`, 'Certificate renewal — Scheduled', '2026-11-05T09:00:00.000Z'],
];

let model: SiteModel;
let rss: string;
let atom: string;
let json: string;

beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
  rss = feedFile(model, { kind: 'history' }, 'rss');
  atom = feedFile(model, { kind: 'history' }, 'atom');
  json = feedFile(model, { kind: 'history' }, 'json');
});

describe('history.rss (RSS 2.0)', () => {
  it('is well-formed and a feed reader sees every update, report and announcement as its own item', async () => {
    const feed = readFeed(rss);
    expect(feed.meta.type).toBe('rss');
    expect(feed.items.map((i) => [i.id, i.published?.toISOString()])).toEqual(HISTORY.map(([id, , date]) => [id, date]));
    expect(feed.items.map((i) => i.url)).toEqual(HISTORY.map(([id]) => id));
    expect((await parseWithRssParser(rss)).items.map((i) => [i.guid, i.title, i.isoDate])).toEqual(HISTORY);
  });

  it('has the channel metadata: title, description, site link, self link, language, last build date', () => {
    const { channel } = parseXml(rss).rss;
    expect(channel.title).toBe('Acme Status — incident history');
    expect(channel.description).toBe('Status of Acme & friends');
    expect(channel.link).toBe(SITE);
    expect(channel.language).toBe('en');
    expect(channel.lastBuildDate).toBe('Fri, 20 Nov 2026 14:25:00 GMT');
    expect(channel['atom:link']).toEqual([{ '@href': `${SITE}history.rss`, '@rel': 'self', '@type': 'application/rss+xml' }]);
    expect(channel.item[0].guid['#text']).toBe(HISTORY[0]![0]);
    expect(channel.item[0].pubDate).toBe('Fri, 20 Nov 2026 14:25:00 GMT');
  });
});

describe('history.atom (Atom 1.0)', () => {
  it('is well-formed and carries the same items, ids, links and dates', async () => {
    const feed = readFeed(atom);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((i) => [i.id, i.updated?.toISOString()])).toEqual(HISTORY.map(([id, , date]) => [id, date]));
    expect(feed.items.map((i) => i.url)).toEqual(HISTORY.map(([id]) => id));
    expect(feed.items[0]!.published?.toISOString()).toBe('2026-11-20T14:25:00.000Z');
    expect((await parseWithRssParser(atom)).items.map((i) => [i.id, i.title, i.isoDate])).toEqual(HISTORY);
  });

  it('has an id, title, author, updated, alternate and self links', () => {
    const { feed } = parseXml(atom);
    expect(feed.id).toBe(`${SITE}history.atom`);
    expect(feed.title).toBe('Acme Status — incident history');
    expect(feed.subtitle).toBe('Status of Acme & friends');
    expect(feed.updated).toBe('2026-11-20T14:25:00.000Z');
    expect(feed.author.name).toBe('Acme Status');
    expect(feed.link).toEqual([
      { '@rel': 'alternate', '@href': SITE },
      { '@rel': 'self', '@href': `${SITE}history.atom` },
    ]);
    expect(feed.entry[0].title['@type']).toBe('text');
    expect(feed.entry[0].summary['@type']).toBe('text');
    expect(feed.entry[0].content['@type']).toBe('html');
  });
});

describe('feed.json (JSON Feed 1.1)', () => {
  it('matches the JSON Feed 1.1 schema and declares version 1.1 with authors and language', () => {
    const doc = JSON.parse(json);
    assertJsonFeed(doc);
    expect(doc.version).toBe(JSON_FEED_VERSION);
    expect(doc.language).toBe('en');
    expect(doc.authors).toEqual([{ name: 'Acme Status', url: SITE }]);
    expect(doc).not.toHaveProperty('author');
    expect(doc.home_page_url).toBe(SITE);
    expect(doc.feed_url).toBe(`${SITE}feed.json`);
  });

  it('carries the same items, ids, titles and dates', () => {
    const doc = JSON.parse(json);
    expect(doc.items.map((i: Record<string, string>) => [i.id, i.title, i.date_published])).toEqual(HISTORY);
    expect(doc.items.map((i: Record<string, string>) => i.url)).toEqual(HISTORY.map(([id]) => id));
    expect(doc.items[1].tags).toEqual(['REST API', 'Dashboard']);
  });
});

describe('item content', () => {
  const contents = () => {
    const rssItem = parseXml(rss).rss.channel.item[1];
    const atomEntry = parseXml(atom).feed.entry[1];
    const jsonItem = JSON.parse(json).items[1];
    return { rss: rssItem['content:encoded'], atom: atomEntry.content['#text'], json: jsonItem.content_html as string };
  };

  it('is the sanitised update HTML plus the status, impact and affected components', () => {
    const $ = load(contents().json, null, false);
    expect($('p').first().text()).toBe(
      'Customers see "500" errors & timeouts when latency < 5 s; a literal ]]> and ]]> again. 🚀 مرحبا بالعالم',
    );
    expect($('p').eq(1).text()).toBe(LONG_WORD);
    expect(
      $('ul li')
        .toArray()
        .map((li) => $(li).text()),
    ).toEqual([
      'Status: Investigating',
      'Impact: Major',
      'Affected components: REST API and Dashboard',
      'Component changes: REST API: Operational → Partial outage',
    ]);
  });

  it('reads back identically from RSS, Atom and JSON Feed, `]]>` and all', () => {
    const { rss: r, atom: a, json: j } = contents();
    const normal = (html: string) => load(html, null, false).html();
    expect(normal(r)).toBe(normal(j));
    expect(normal(a)).toBe(normal(j));
  });

  it('points in-update heading links at the incident page, and keeps other links', () => {
    const $ = load(contents().json, null, false);
    expect($('h3 a').attr('href')).toBe(`${ERRORS}#update-2026-11-20-14-05-what-to-do`);
    expect($('a[href^="https://acme.example"]').attr('href')).toBe('https://acme.example/help?a=1&b=2');
  });

  it('gives a plain-text summary, cut at 280 characters without splitting a character', () => {
    const doc = JSON.parse(json);
    const summary = doc.items[1].summary as string;
    expect(Array.from(summary).length).toBeLessThanOrEqual(280);
    expect(summary.startsWith('Customers see "500" errors & timeouts when latency < 5 s; a literal ]]> and ]]> again. 🚀')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    expect(readFeed(rss).items[1]!.description).toBe(summary);
  });

  it('makes the post-incident report an item with the report and the incident facts', () => {
    const report = JSON.parse(json).items[5];
    const $ = load(report.content_html, null, false);
    expect($('h3').first().text()).toBe('Summary');
    expect($('p').first().text()).toBe('Emails were delayed for 50 minutes. Nothing was lost.');
    expect(
      $('ul li')
        .toArray()
        .map((li) => $(li).text()),
    ).toEqual([
      'Status: Resolved',
      'Impact: Minor',
      `Affected components: ${'E-mail & "SMS" <fast> 🚀 שלום'}`,
      'Started: 2026-11-18 09:50 UTC',
      'Ended: 2026-11-18 10:40 UTC (50 min)',
    ]);
  });

  it('says the window of a maintenance announcement', () => {
    const item = JSON.parse(json).items[4];
    expect(
      load(
        item.content_html,
        null,
        false,
      )('ul li')
        .toArray()
        .map((li) => load(li).text()),
    ).toContain('Window: 2026-11-25 02:00 UTC to 2026-11-25 04:00 UTC');
  });
});

describe('hostile text', () => {
  it('round-trips titles with quotes, ampersands, <, ]]>, emoji, right-to-left text and long words through every format', async () => {
    const expected = `${HOSTILE} — Investigating`;
    expect((await parseWithRssParser(rss)).items[1]!.title).toBe(expected);
    expect((await parseWithRssParser(atom)).items[1]!.title).toBe(expected);
    expect(JSON.parse(json).items[1].title).toBe(expected);
    // The XML holds the title itself, as text, escaped for XML once.
    expect(parseXml(rss).rss.channel.item[1].title).toBe(expected);
    expect(parseXml(atom).feed.entry[1].title).toEqual({ '#text': expected, '@type': 'text' });
    // feed-parser decodes HTML entities in every field, so it shows the literal "&amp;" as "&", whatever a feed does.
    const decoded = expected.replace('&amp;', '&');
    expect([readFeed(rss).items[1]!.title, readFeed(atom).items[1]!.title]).toEqual([decoded, decoded]);
  });

  it('keeps channel text exact, including a literal "&amp;"', () => {
    const root = makeStatusFixture({ config: fixtureConfig().replace('name: Acme Status', 'name: "Acme &amp; <Co> \\"status\\" 🚀"') });
    const m = readSiteModel(root, new Date(NOW));
    expect(parseXml(feedFile(m, { kind: 'history' }, 'rss')).rss.channel.title).toBe('Acme &amp; <Co> "status" 🚀 — incident history');
    expect(parseXml(feedFile(m, { kind: 'history' }, 'atom')).feed.author.name).toBe('Acme &amp; <Co> "status" 🚀');
    expect(JSON.parse(feedFile(m, { kind: 'history' }, 'json')).title).toBe('Acme &amp; <Co> "status" 🚀 — incident history');
  });

  it('drops characters XML cannot carry instead of writing an unreadable feed', () => {
    const files = {
      ...FILES,
      'incidents/2026-11-20-errors.md': FILES['incidents/2026-11-20-errors.md']!.replace('title: ', 'title: "Bell\\a and escape\\e: "\n# '),
    };
    const m = readSiteModel(makeStatusFixture({ files }), new Date(NOW));
    for (const format of ['rss', 'atom'] as const) {
      const feed = readFeed(feedFile(m, { kind: 'history' }, format));
      expect(feed.items[0]!.title).toBe('Bell and escape:  — Identified');
    }
    expect(JSON.parse(feedFile(m, { kind: 'history' }, 'json')).items[0].title).toBe('Bell\u0007 and escape\u001b:  — Identified');
  });
});

describe('scoped feeds', () => {
  it('a component feed holds only the incidents and maintenance that affect that component', () => {
    const feed = readFeed(feedFile(model, { kind: 'component', component: 'dashboard' }, 'rss'));
    expect(feed.items.map((i) => i.id)).toEqual([
      `${ERRORS}#update-2026-11-20-14-25`,
      `${ERRORS}#update-2026-11-20-14-05`,
      `${SITE}incidents/2026-11-25-db-upgrade/#update-2026-11-19-09-00`,
    ]);
    const { channel } = parseXml(feedFile(model, { kind: 'component', component: 'dashboard' }, 'rss')).rss;
    expect(channel.title).toBe('Acme Status — Dashboard');
    expect(channel.link).toBe(`${SITE}components/dashboard/`);
    expect(channel['atom:link'][0]['@href']).toBe(`${SITE}components/dashboard/history.rss`);
    expect(parseXml(feedFile(model, { kind: 'component', component: 'dashboard' }, 'atom')).feed.id).toBe(
      `${SITE}components/dashboard/history.atom`,
    );
  });

  it('the maintenance feed holds only maintenance', () => {
    const feed = readFeed(feedFile(model, { kind: 'maintenance' }, 'atom'));
    expect(feed.items.map((i) => i.title)).toEqual([
      'Email system move — In progress',
      'Email system move — Scheduled',
      'Database upgrade — Scheduled',
      'Certificate renewal — Completed',
      'Certificate renewal — Scheduled',
    ]);
    expect(parseXml(feedFile(model, { kind: 'maintenance' }, 'atom')).feed.id).toBe(`${SITE}maintenance.atom`);
  });

  it('an empty feed is still valid and dated at now', () => {
    const m = readSiteModel(makeStatusFixture({ files: {} }), new Date(NOW));
    const feed = readFeed(feedFile(m, { kind: 'history' }, 'rss'));
    expect(feed.items).toEqual([]);
    expect(parseXml(feedFile(m, { kind: 'history' }, 'atom')).feed.updated).toBe('2026-11-20T14:30:00.000Z');
    assertJsonFeed(JSON.parse(feedFile(m, { kind: 'history' }, 'json')));
  });

  it('lists its feeds for <link rel="alternate">', () => {
    expect(feedLinks(model.site, { kind: 'history' }).map((l) => [l.type, l.href])).toEqual([
      ['application/rss+xml', `${SITE}history.rss`],
      ['application/atom+xml', `${SITE}history.atom`],
      ['application/feed+json', `${SITE}feed.json`],
    ]);
  });
});

describe('the cap', () => {
  it('keeps the newest 100 items by default, and `feeds.max_items` / `feeds.max_days` from the config', () => {
    expect(model.site.config.feeds).toEqual({ max_items: 100 });
    const capped = readSiteModel(makeStatusFixture({ config: fixtureConfig('feeds: { max_items: 3 }\n') }), new Date(NOW));
    expect(buildFeed(capped, { kind: 'history' }).items.map((i) => i.id)).toEqual(HISTORY.slice(0, 3).map(([id]) => id));
    const recent = readSiteModel(makeStatusFixture({ config: fixtureConfig('feeds: { max_days: 2 }\n') }), new Date(NOW));
    // Two days before 2026-11-20 14:30 is 2026-11-18 14:30: the email incident's updates are older.
    expect(buildFeed(recent, { kind: 'history' }).items.map((i) => i.date.toISOString())).toEqual(HISTORY.slice(0, 5).map(([, , d]) => d));
  });

  it('keeps many items cheap: 150 updates give 100 items, newest first', () => {
    const updates = Array.from({ length: 150 }, (_, i) => {
      const t = new Date(Date.parse('2026-11-01T00:00:00Z') + i * 60_000).toISOString().slice(0, 16).replace('T', ' ');
      return `## ${t} UTC · ${i === 149 ? 'Resolved' : 'Update'}\nUpdate ${i}.\n`;
    }).reverse();
    const root = makeStatusFixture({
      files: { 'incidents/2026-11-01-long.md': `---\ntitle: Long\nimpact: minor\ncomponents: [api]\n---\n${updates.join('\n')}` },
    });
    const items = buildFeed(readSiteModel(root, new Date(NOW)), { kind: 'history' }).items;
    expect(items).toHaveLength(100);
    expect(items[0]!.id).toBe(`${SITE}incidents/2026-11-01-long/#update-2026-11-01-02-29`);
    expect(items[99]!.id).toBe(`${SITE}incidents/2026-11-01-long/#update-2026-11-01-00-50`);
  });
});

describe('stability', () => {
  const scopes: FeedScope[] = [{ kind: 'history' }, { kind: 'maintenance' }, { kind: 'component', component: 'email' }];

  it('the same content and STATUS_NOW give the same bytes', () => {
    const again = readSiteModel(makeStatusFixture(), new Date(NOW));
    for (const scope of scopes) {
      for (const format of ['rss', 'atom'] as const) expect(feedFile(again, scope, format)).toBe(feedFile(model, scope, format));
    }
    expect(feedFile(again, { kind: 'history' }, 'json')).toBe(json);
  });

  it('an update keeps its id when the rest of the file is edited', () => {
    const file = FILES['incidents/2026-11-20-errors.md']!;
    const edited = file
      .replace('impact: major', 'impact: critical')
      .replace('We found the cause.', 'We found the cause: a bad deploy.')
      .replace(HOSTILE_BODY, 'Errors.');
    const m = readSiteModel(makeStatusFixture({ files: { ...FILES, 'incidents/2026-11-20-errors.md': edited } }), new Date(NOW));
    expect(buildFeed(m, { kind: 'history' }).items.map((i) => i.id)).toEqual(HISTORY.map(([id]) => id));
  });
});
