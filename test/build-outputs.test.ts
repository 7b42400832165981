import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_DOCUMENTS, apiFile, apiPath } from '../src/core/api/index.ts';
import { componentBadge, overallBadge } from '../src/core/badge.ts';
import { feedFile, type FeedFormat, type FeedScope } from '../src/core/feeds/index.ts';
import { maintenanceCalendar } from '../src/core/ical.ts';
import { buildSiteModel, type SiteModel } from '../src/core/site.ts';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { assertApiDocument, assertJsonFeed, HOSTILE, parseXml, readCalendar, readFeed } from './helpers/outputs.ts';
import { makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

/** Every machine-readable file of the output contract, with what writes it. */
function outputs(model: SiteModel): Record<string, () => string> {
  const feed = (scope: FeedScope, format: FeedFormat) => () => feedFile(model, scope, format);
  const files: Record<string, () => string> = {
    'history.rss': feed({ kind: 'history' }, 'rss'),
    'history.atom': feed({ kind: 'history' }, 'atom'),
    'feed.json': feed({ kind: 'history' }, 'json'),
    'maintenance.rss': feed({ kind: 'maintenance' }, 'rss'),
    'maintenance.atom': feed({ kind: 'maintenance' }, 'atom'),
    'maintenance.ics': () => maintenanceCalendar(model),
    'badge.svg': () => overallBadge(model),
  };
  for (const { id } of model.site.config.components) {
    files[`components/${id}/history.rss`] = feed({ kind: 'component', component: id }, 'rss');
    files[`components/${id}/history.atom`] = feed({ kind: 'component', component: id }, 'atom');
    files[`components/${id}/badge.svg`] = () => componentBadge(model, id);
  }
  for (const name of API_DOCUMENTS) files[apiPath(name)] = () => apiFile(model, name);
  return files;
}

describe('astro build: feeds, API, calendar and badges (under a base path)', () => {
  let site: BuiltSite;
  let model: SiteModel;
  beforeAll(() => {
    const root = makeStatusFixture();
    site = buildSite(root, NOW);
    model = buildSiteModel(root, new Date(NOW));
  });

  it('writes every file, byte for byte what the domain generates (the endpoints only call it)', () => {
    const expected = outputs(model);
    expect(Object.keys(expected)).toHaveLength(7 + 3 * 3 + 8);
    for (const [path, generate] of Object.entries(expected)) expect(site.text(path), path).toBe(generate());
  });

  it('writes file endpoints as files, never as folders with a trailing slash', () => {
    for (const path of Object.keys(outputs(model))) expect(existsSync(join(site.dir, path, 'index.html')), path).toBe(false);
  });

  it('every feed parses, with absolute links under the base path', async () => {
    for (const path of ['history.rss', 'history.atom', 'maintenance.rss', 'maintenance.atom', 'components/api/history.rss', 'components/email/history.atom']) {
      const feed = readFeed(site.text(path));
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.url!.startsWith(`${SITE}incidents/`), item.url!).toBe(true);
    }
    expect((await parseWithRssParser(site.text('history.rss'))).items[1]!.title).toBe(`${HOSTILE} — Investigating`);
    const json = JSON.parse(site.text('feed.json'));
    assertJsonFeed(json);
    expect(json.items[1].url).toBe(`${SITE}incidents/2026-11-20-errors/#update-2026-11-20-14-05`);
  });

  it('every API file matches the Statuspage schema', () => {
    for (const name of API_DOCUMENTS) assertApiDocument(name, JSON.parse(site.text(apiPath(name))));
    expect(JSON.parse(site.text('api/v2/status.json')).status.indicator).toBe('major');
  });

  it('the calendar and the badges parse', () => {
    expect(readCalendar(site.text('maintenance.ics')).events).toHaveLength(3);
    expect(parseXml(site.text('badge.svg')).svg.title).toBe('status: Partial outage');
    expect(parseXml(site.text('components/api/badge.svg')).svg.title).toBe('REST API: Partial outage');
  });
});
