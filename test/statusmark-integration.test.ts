/**
 * statusmark() is the whole site: the project's config lists only it, and a config that names
 * its content root with `contentDir` builds every route it injects (src/routes/) from there.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';
import { statusmark } from '../src/integration.ts';
import { ROUTE_FILES, routePattern } from '../src/integrations/routes.ts';
import { buildSite } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const NOW = '2026-11-22T00:00:00Z';

/** The file a route writes, or for a dynamic one the folder its files are in. */
const outputOf = (pattern: string) => {
  if (pattern.includes('[')) return pattern.slice(1, pattern.indexOf('['));
  if (pattern === '/404') return '404.html';
  if (/\.\w+$/.test(pattern)) return pattern.slice(1);
  return pattern === '/' ? 'index.html' : `${pattern.slice(1)}/index.html`;
};

describe('statusmark()', () => {
  it("is the whole of the project config, as it is of a team's", () => {
    expect(Object.keys(config)).toEqual(['integrations']);
    expect(config.integrations?.map((i) => i && 'name' in i && i.name)).toEqual(['statusmark']);
  });

  it('builds every route it injects from the content root contentDir names, not STATUS_DIR', () => {
    const elsewhere = makeContentRoot(
      {},
      BASE_CONFIG.replace('Test Status', 'Not This Status').replace('https://status.test.example', 'https://wrong.example/elsewhere/'),
    );
    const site = buildSite(elsewhere, NOW, undefined, {
      config: 'test/helpers/content-dir.config.mjs',
      env: { STATUSMARK_CONTENT_DIR: '.' },
    });
    const files = readdirSync(site.dir, { recursive: true, withFileTypes: true }).flatMap((e) =>
      e.isFile() ? [`${e.parentPath.slice(site.dir.length + 1)}${e.parentPath === site.dir ? '' : '/'}${e.name}`] : [],
    );
    for (const pattern of ROUTE_FILES.map(routePattern)) {
      expect(
        files.some((file) => file.startsWith(outputOf(pattern))),
        pattern,
      ).toBe(true);
    }
    const index = site.html('index.html');
    expect(index('title').text()).toBe('Parcelport Status');
    expect(index('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/history.rss');
  });

  it('injects every file under src/routes/, none twice', () => {
    const files = readdirSync('src/routes', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${e.parentPath.slice('src/routes'.length + 1)}${e.parentPath === 'src/routes' ? '' : '/'}${e.name}`);
    expect([...ROUTE_FILES].sort()).toEqual(files.sort());
    expect(new Set(ROUTE_FILES.map(routePattern)).size).toBe(ROUTE_FILES.length);
  });

  it('gives each route the pattern Astro file routing gives its file', () => {
    expect(
      ['index.astro', 'reports/index.astro', '404.astro', 'history/[...page].astro', 'api/v2/summary.json.ts', 'assets/[file].ts'].map(
        routePattern,
      ),
    ).toEqual(['/', '/reports', '/404', '/history/[...page]', '/api/v2/summary.json', '/assets/[file]']);
  });

  it('refuses options it does not know or cannot use, saying what to write', () => {
    expect(() => statusmark({ contentDir: 3 } as never)).toThrow(
      new Error('statusmark() in astro.config.mjs: contentDir must be a folder path, e.g. "status"'),
    );
    expect(() => statusmark({ contentDir: '' })).toThrow(
      new Error('statusmark() in astro.config.mjs: contentDir must be a folder path, e.g. "status"'),
    );
    expect(() => statusmark({ contentdir: 'status' } as never)).toThrow(
      new Error(
        'statusmark() in astro.config.mjs: unknown option "contentdir"; the options are: contentDir, customCss, components, incremental',
      ),
    );
    expect(() => statusmark({ customCss: './brand.css' } as never)).toThrow(
      new Error('statusmark() in astro.config.mjs: customCss must list paths of .css files, e.g. ["./src/styles/brand.css"]'),
    );
    expect(() => statusmark({ incremental: 'no' } as never)).toThrow(
      new Error('statusmark() in astro.config.mjs: incremental must be true or false'),
    );
    expect(() => statusmark('status' as never)).toThrow(
      new Error('statusmark() in astro.config.mjs: the options must be an object, e.g. statusmark({ contentDir: "status" })'),
    );
  });
});
