import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_DOCUMENTS,
  API_INCIDENT_INDEX,
  apiFile,
  apiIncidentFile,
  apiIncidentFiles,
  apiIncidentIndexFile,
  apiIncidentPath,
  apiPath,
} from '../src/core/outputs/api/index.ts';
import { componentBadge, overallBadge } from '../src/core/outputs/badge.ts';
import { feedFile, type FeedFormat, type FeedScope } from '../src/core/outputs/feeds/index.ts';
import { embedFile } from '../src/core/outputs/embed/index.ts';
import { maintenanceCalendar } from '../src/core/outputs/ical.ts';
import { buildEmbedScript } from '../src/integrations/embed-script.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { count, logTexts, parseBuildLog } from './helpers/build-log.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { assertApiDocument, assertEmbedDocument, assertJsonFeed, HOSTILE, parseXml, readCalendar, readFeed } from './helpers/outputs.ts';
import { readHeaders } from './helpers/host-headers.ts';
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
    'maintenance.json': feed({ kind: 'maintenance' }, 'json'),
    'maintenance.ics': () => maintenanceCalendar(model),
    'badge.svg': () => overallBadge(model),
    'embed.json': () => embedFile(model),
  };
  for (const { id } of model.site.config.components) {
    files[`components/${id}/history.rss`] = feed({ kind: 'component', component: id }, 'rss');
    files[`components/${id}/history.atom`] = feed({ kind: 'component', component: id }, 'atom');
    files[`components/${id}/feed.json`] = feed({ kind: 'component', component: id }, 'json');
    files[`components/${id}/badge.svg`] = () => componentBadge(model, id);
  }
  for (const name of API_DOCUMENTS) files[apiPath(name)] = () => apiFile(model, name);
  files[API_INCIDENT_INDEX] = () => apiIncidentIndexFile(model);
  for (const { state } of apiIncidentFiles(model)) files[apiIncidentPath(model, state)] = () => apiIncidentFile(model, state);
  return files;
}

let site: BuiltSite;
let model: SiteModel;
beforeAll(() => {
  const root = makeStatusFixture();
  site = buildSite(root, NOW);
  model = readSiteModel(root, new Date(NOW));
});

describe('astro build: feeds, API, calendar and badges (under a base path)', () => {
  it('writes every file, byte for byte what the domain generates (the endpoints only call it)', () => {
    const expected = outputs(model);
    // the site's files, four per component, the eight list files, the index and a file per incident
    expect(Object.keys(expected)).toHaveLength(9 + 3 * 4 + 8 + 1 + 5);
    for (const [path, generate] of Object.entries(expected)) expect(site.text(path), path).toBe(generate());
  });

  it('writes /embed.js as esbuild builds it from src/embed/', async () => {
    expect(site.text('embed.js')).toBe((await buildEmbedScript()).code);
  });

  it('writes file endpoints as files, never as folders with a trailing slash', () => {
    for (const path of Object.keys(outputs(model))) expect(existsSync(join(site.dir, path, 'index.html')), path).toBe(false);
  });

  it('every feed parses, with absolute links under the base path', async () => {
    for (const path of [
      'history.rss',
      'history.atom',
      'maintenance.rss',
      'maintenance.atom',
      'components/api/history.rss',
      'components/email/history.atom',
    ]) {
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

  it('writes _headers: as Netlify reads it, every file other sites read may be read from any origin, and no page', async () => {
    const { forPath } = await readHeaders(site.text('_headers'));
    const base = new URL(SITE).pathname;
    for (const path of Object.keys(outputs(model))) expect(forPath(`${base}${path}`)['Access-Control-Allow-Origin'], path).toBe('*');
    expect(forPath(`${base}api/v2/summary.json`)['Cache-Control']).toMatch(/^public, max-age=60\b/);
    for (const path of filesIn(site.dir).filter((p) => p.endsWith('.html')))
      expect(forPath(`${base}${path.replace(/index\.html$/, '')}`), path).toEqual({});
  });

  it('the calendar and the badges parse', () => {
    expect(readCalendar(site.text('maintenance.ics')).events).toHaveLength(3);
    expect(parseXml(site.text('badge.svg')).svg.title).toBe('status: Partial outage');
    expect(parseXml(site.text('components/api/badge.svg')).svg.title).toBe('REST API: Partial outage');
  });
});

/** Every file under `dir`, relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** The files of a built site by kind, each kind confirmed by reading the file as what it claims to be. */
function filesByKind(dir: string) {
  const kinds = { pages: 0, feeds: 0, api: 0, search: 0, other: 0 };
  for (const path of filesIn(dir)) {
    const text = () => readFileSync(join(dir, path), 'utf8');
    if (path.startsWith('pagefind/')) kinds.search++;
    else if (path.endsWith('.html')) {
      expect(parse(text()).childNodes[0]?.nodeName, path).toBe('#documentType');
      kinds.pages++;
    } else if (path.endsWith('.rss') || path.endsWith('.atom')) {
      expect(readFeed(text()).items.length, path).toBeGreaterThan(0);
      kinds.feeds++;
    } else if (path.startsWith('api/')) {
      expect(JSON.parse(text()), path).toBeTypeOf('object');
      kinds.api++;
    } else if (path === 'maintenance.json' || /(^|\/)feed\.json$/.test(path)) {
      assertJsonFeed(JSON.parse(text()));
      kinds.feeds++;
    } else {
      if (path === 'embed.json') assertEmbedDocument(JSON.parse(text()));
      kinds.other++;
    }
  }
  return kinds;
}

const SUMMARY =
  /^(?<total>[\d,]+) files? in (?<dir>\S+): (?<pages>[\d,]+) pages?, (?<feeds>[\d,]+) feeds?, (?<api>[\d,]+) API files?, (?<search>[\d,]+) search index files?, (?<other>[\d,]+) other files?$/;

describe('astro build: the log', () => {
  it('is well-formed lines only: none run together, no line per route, no stray timings', () => {
    const lines = parseBuildLog(site.log);
    expect(lines.filter((l) => l.kind === 'log' && l.level !== 'info')).toEqual([]);
  });

  it('states how many files of each kind dist/ holds, as many as it does', () => {
    const lines = parseBuildLog(site.log);
    const summaries = logTexts(lines, 'statusmark-build');
    expect(summaries).toHaveLength(1);
    const stated = SUMMARY.exec(summaries[0]!)?.groups;
    expect(stated, summaries[0]).toBeDefined();
    const actual = filesByKind(site.dir);
    expect({
      pages: count(stated!.pages!),
      feeds: count(stated!.feeds!),
      api: count(stated!.api!),
      search: count(stated!.search!),
      other: count(stated!.other!),
    }).toEqual(actual);
    expect(count(stated!.total!)).toBe(filesIn(site.dir).length);
    expect(stated!.dir).toBe(`${site.dir}/`);
    // Astro's own count of pages agrees, and the routes it generated are every file but the search index, public/ and _headers.
    expect(
      logTexts(lines, 'build')
        .filter((t) => /^\d+ page\(s\) built in /.test(t))
        .map((t) => parseInt(t)),
    ).toEqual([actual.pages]);
    const routes = logTexts(lines, 'build').filter((t) => /^[\d,]+ routes generated$/.test(t));
    expect(routes.map((t) => count(t.split(' ')[0]!))).toEqual([filesIn(site.dir).length - actual.search - filesIn('public').length - 1]);
  });

  it('says what was written after the search index is in place', () => {
    const texts = parseBuildLog(site.log).flatMap((l) => (l.kind === 'log' ? [l.text] : []));
    // "search index written: 1 shard", and how many were copied when the build used the cache.
    const written = texts.findIndex((t) => /^search index written: 1 shard(, [01] indexed and [01] copied from the last build)?$/.test(t));
    expect(written).toBeGreaterThan(-1);
    expect(texts.findIndex((t) => SUMMARY.test(t))).toBeGreaterThan(written);
  });
});
