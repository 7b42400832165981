/**
 * The page loads nothing from elsewhere (issue 17). Every built HTML page is parsed with a real
 * HTML parser (cheerio on parse5) and each address in it is resolved against the page's own URL,
 * as a browser would: what the page loads (scripts, stylesheets, icons, images, the search
 * bundle) comes from the site's origin under its base path; every link stays under the base,
 * except the support and header links the config names. And a `url` that would move the base to
 * another host, or need percent-encoding, stops the build with the check's message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { isExternalLogo } from '../src/core/content/config/config-addresses.ts';
import { loadConfig, type LoadedConfig } from '../src/core/content/config/config.ts';
import { BuildError, buildSite, type BuiltSite } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { makeSiteFixture, SITE_CONFIG, SITE_NOW } from './helpers/site-fixture.ts';

const REPO = resolve(import.meta.dirname, '..');
const DEMO_NOW = '2026-11-22T00:00:00Z';
/** A base path with every kind of character a base path may hold. */
const ODD_BASE_URL = 'https://acme.github.io/~acme/Status_page.v2-1/';

/** Elements whose address the browser fetches as part of the page. */
const LOADS: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  // The reports page imports its search script from this folder.
  ['[data-bundle]', 'data-bundle'],
];
const LOADED_LINK_RELS = [
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
];
/** Elements whose address the reader may follow. */
const LINKS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['input[formaction]', 'formaction'],
];
const FOLLOWED_LINK_RELS = ['alternate', 'canonical', 'prev', 'next', 'author', 'help', 'license', 'search'];
/** Every attribute that holds an address; each use of one must be classified above. */
const ADDRESS_ATTRIBUTES = ['src', 'href', 'srcset', 'poster', 'data', 'action', 'formaction', 'data-bundle'];

interface Found {
  page: string;
  tag: string;
  written: string;
  url: URL;
  loaded: boolean;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The URL a page is served at: `incidents/x/index.html` → `<root>incidents/x/`. */
function pageUrl(root: string, file: string): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), root);
}

function candidates(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** A `webcal://` link (the subscribe page's calendar) is its `https://` address, which a calendar app fetches. */
function fetchedAs(url: URL): URL {
  return url.protocol === 'webcal:' ? new URL(`https:${url.href.slice('webcal:'.length)}`) : url;
}

/** Every address on one page, resolved against the page (or its `<base>`), and any use of an address attribute nothing above classifies. */
function addressesOf($: CheerioAPI, page: string, url: URL): { found: Found[]; unclassified: string[] } {
  const base = new URL($('base[href]').attr('href') ?? url.href, url);
  const found: Found[] = [];
  const classified = new Map<unknown, Set<string>>();
  const classify = (el: unknown, attribute: string) => classified.set(el, (classified.get(el) ?? new Set()).add(attribute));
  const collect = (selector: string, attribute: string, loaded: boolean) => {
    $(selector).each((_, el) => {
      classify(el, attribute);
      for (const written of candidates(attribute, $(el).attr(attribute)!)) {
        found.push({
          page,
          tag: `<${$(el).prop('tagName')!.toLowerCase()} ${attribute}>`,
          written,
          url: fetchedAs(new URL(written, base)),
          loaded,
        });
      }
    });
  };
  for (const [selector, attribute] of LOADS) collect(selector, attribute, true);
  for (const [selector, attribute] of LINKS) collect(selector, attribute, false);
  $('link[href]').each((_, el) => {
    const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const loaded = rels.some((r) => LOADED_LINK_RELS.includes(r));
    if (!loaded && !rels.some((r) => FOLLOWED_LINK_RELS.includes(r))) return;
    classify(el, 'href');
    const written = $(el).attr('href')!;
    found.push({ page, tag: `<link rel="${rels.join(' ')}">`, written, url: new URL(written, base), loaded });
  });
  $('base[href]').each((_, el) => {
    classify(el, 'href');
  });
  const unclassified: string[] = [];
  $('*').each((_, el) => {
    for (const attribute of ADDRESS_ATTRIBUTES) {
      if ($(el).attr(attribute) !== undefined && !classified.get(el)?.has(attribute))
        unclassified.push(`${page}: ${$.html(el).slice(0, 120)}`);
    }
  });
  return { found, unclassified };
}

interface Audit {
  pages: string[];
  found: Found[];
  /** One line for each address that breaks the rules, or is not understood. */
  problems: string[];
}

/** Checks every page of a built site against the addresses its config allows. */
function audit(site: BuiltSite, loaded: LoadedConfig): Audit {
  const { config } = loaded;
  const root = new URL(config.url);
  const external = new Set(
    [config.support?.url, ...(config.links ?? []).map((l) => l.url)].filter((u): u is string => Boolean(u)).map((u) => new URL(u).href),
  );
  const others = new Set([
    ...(config.support?.email ? [`mailto:${config.support.email}`] : []),
    ...(config.support?.phone ? [`tel:${config.support.phone.replace(/[^+\d]/g, '')}`] : []),
  ]);
  const externalLogo = config.logo && isExternalLogo(config.logo) ? new URL(config.logo).href : undefined;
  const underBase = (url: URL) =>
    url.origin === root.origin && url.pathname.startsWith(root.pathname) && !url.pathname.slice(root.pathname.length).startsWith('/');
  const pages = htmlPages(site.dir);
  const found: Found[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const { found: here, unclassified } = addressesOf(load(readFileSync(join(site.dir, page), 'utf8')), page, pageUrl(root.href, page));
    found.push(...here);
    problems.push(...unclassified.map((u) => `unclassified address: ${u}`));
  }
  for (const f of found) {
    const ok = f.loaded
      ? underBase(f.url) || (f.tag === '<img src>' && f.url.href === externalLogo)
      : underBase(f.url) || external.has(f.url.href) || others.has(f.url.href);
    if (!ok) problems.push(`${f.page}: ${f.tag} "${f.written}" → ${f.url.href}`);
  }
  return { pages, found, problems };
}

function expectCleanAudit(site: BuiltSite, loaded: LoadedConfig): Audit {
  const result = audit(site, loaded);
  expect(result.problems).toEqual([]);
  // Not vacuous: the pages were read and each kind of address was there to check.
  expect(result.pages.length).toBeGreaterThan(10);
  const tags = new Set(result.found.map((f) => f.tag));
  for (const tag of [
    '<link rel="stylesheet">',
    '<link rel="icon">',
    '<link rel="alternate">',
    '<link rel="canonical">',
    '<a href>',
    '<form data-bundle>',
  ])
    expect(tags, tag).toContain(tag);
  return result;
}

describe('everything a page loads comes from the site itself', () => {
  describe('the demo', () => {
    let site: BuiltSite;
    beforeAll(() => {
      site = buildSite(REPO, DEMO_NOW);
    });

    it('loads only same-origin files under the base, and links outside only to the support page and address', () => {
      const loaded = loadConfig(REPO).loaded!;
      const { found } = expectCleanAudit(site, loaded);
      const leaving = new Set(found.filter((f) => f.url.origin !== new URL(loaded.config.url).origin).map((f) => f.url.href));
      expect([...leaving].sort()).toEqual(['https://parcelport.example/help', 'mailto:support@parcelport.example']);
    });

    it('names each page’s own address as canonical, and gives the not-found page none, since it answers for every missing one', () => {
      const root = new URL(loadConfig(REPO).loaded!.config.url);
      for (const page of htmlPages(site.dir)) {
        const $ = load(readFileSync(join(site.dir, page), 'utf8'));
        if (page === '404.html') {
          expect($('link[rel=canonical]').length, page).toBe(0);
          expect($('meta[name=robots]').attr('content'), page).toBe('noindex');
        } else {
          expect($('link[rel=canonical]').attr('href'), page).toBe(pageUrl(root.href, page).href);
        }
      }
    });
  });

  describe(`a site under the base path ${new URL(ODD_BASE_URL).pathname}, with a logo, header and support links`, () => {
    let site: BuiltSite;
    let loaded: LoadedConfig;
    beforeAll(() => {
      const root = makeSiteFixture();
      writeFileSync(
        join(root, 'status.config.yaml'),
        `${SITE_CONFIG.replace('https://acme.github.io/status/', ODD_BASE_URL)}logo: /brand/logo.svg\n`,
      );
      loaded = loadConfig(root).loaded!;
      site = buildSite(root, SITE_NOW);
    });

    it('loads only same-origin files under the base, and links outside only where the config says', () => {
      const { found } = expectCleanAudit(site, loaded);
      const base = new URL(ODD_BASE_URL).pathname;
      expect(found.filter((f) => f.tag === '<img src>').map((f) => f.url.href)).toContain(`https://acme.github.io${base}brand/logo.svg`);
      const leaving = new Set(found.filter((f) => f.url.origin !== 'https://acme.github.io').map((f) => f.url.href));
      expect([...leaving].sort()).toEqual(['https://acme.example/', 'https://acme.example/help', 'mailto:help@acme.example']);
      // The search bundle, the stylesheet and the feeds sit under the base, where the build wrote them.
      const reports = site.html('reports/index.html');
      expect(reports('form[data-bundle]').attr('data-bundle')).toBe(`${base}pagefind/`);
      expect(readdirSync(join(site.dir, 'pagefind'))).toContain('pagefind.js');
      const stylesheet = site.html('history/index.html')('link[rel=stylesheet]').attr('href')!;
      expect(stylesheet.startsWith(`${base}assets/`)).toBe(true);
      expect(readFileSync(join(site.dir, stylesheet.slice(base.length)), 'utf8').length).toBeGreaterThan(0);
    });
  });
});

describe('a url that would move the base or need percent-encoding stops the build', () => {
  it('prints the check’s message, no stack trace, and leaves the previous build as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'statusmark-dist-'));
    mkdirSync(join(out, 'incidents', 'x'), { recursive: true });
    const previous = { 'index.html': '<p>the page as last published</p>', 'incidents/x/index.html': '<p>an incident</p>' };
    for (const [file, text] of Object.entries(previous)) writeFileSync(join(out, file), text);
    const root = makeContentRoot({}, BASE_CONFIG.replace('url: https://status.test.example', 'url: "https://acme.github.io/a%20b/"'));
    let failure: unknown;
    try {
      buildSite(root, SITE_NOW, out);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildError);
    const output = (failure as BuildError).output;
    expect(output).toContain(
      'status.config.yaml:2:6 error invalid-field url: the base path "/a%20b/" holds "%20"; a base path may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts\n  write `url: https://acme.github.io/a-b/`',
    );
    expect(output).toContain(
      `[statusmark-content] build refused: the content has 1 error (listed above); nothing was published, ${out}/ is as it was`,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('unhandled error');
    expect(htmlPages(out)).toEqual(Object.keys(previous).sort());
    for (const [file, text] of Object.entries(previous)) expect(readFileSync(join(out, file), 'utf8')).toBe(text);
  });

  it('is refused by `npm run check` with the same message, exit code 1', () => {
    const root = makeContentRoot({}, BASE_CONFIG.replace('https://status.test.example', 'https://status.test.example/\\evil.example/'));
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts')], {
      cwd: root,
      env: { ...process.env, STATUS_DIR: root, STATUS_NOW: SITE_NOW },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'status.config.yaml:2:6 error invalid-field url: the base path "/\\evil.example/" holds "\\", which a browser reads as "/"; a base path may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts\n  write `url: https://status.test.example/evil.example/`',
    );
  });
});
