/**
 * statusmark()'s `components`: a team's .astro file renders in place of one of ours on every page
 * that uses it, an override may wrap our default, the rest of the site stays as it was, and an
 * option that cannot be used stops the config saying what to write.
 *
 * The overrides (test/component-overrides/) live outside test/fixtures, which tsconfig leaves out,
 * so `astro check` type-checks them against the props in src/components/props.ts, as a team's are.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { statusmark } from '../src/integration.ts';
import { COMPONENT_MODULE_PREFIX, componentFiles, componentOverrides, OVERRIDABLE } from '../src/integrations/component-overrides.ts';
import { buildSite } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const NOW = '2026-11-22T00:00:00Z';
const OPEN = '2026-11-21-api-errors';
const RESOLVED = '2026-11-18-slow-dashboard';
const CONTENT = {
  [`incidents/${OPEN}.md`]: `---
title: Elevated error rates on the REST API
impact: major
components: [api]
---

## 2026-11-21 23:50 UTC · Investigating
Some API requests fail with errors. Retrying usually succeeds.
`,
  [`incidents/${RESOLVED}.md`]: `---
title: Slow dashboard
impact: minor
components: [dashboard]
---

## 2026-11-18 10:40 UTC · Resolved
The dashboard loads quickly again.

## 2026-11-18 10:05 UTC · Investigating
The dashboard is slow to load.
`,
};
const PAGES = [
  'index.html',
  'history/index.html',
  `incidents/${OPEN}/index.html`,
  `incidents/${RESOLVED}/index.html`,
  'components/api/index.html',
];

const outer = ($: CheerioAPI, selector: string) =>
  $(selector)
    .toArray()
    .map((el) => $.html(el));

describe('components: Header replaced, IncidentCard wrapped', () => {
  const root = makeContentRoot(CONTENT);
  const plain = buildSite(root, NOW);
  const site = buildSite(root, NOW, undefined, { config: 'test/helpers/overrides.config.mjs' });

  it('renders the team’s header on every page, with the sections the default gets', () => {
    for (const page of PAGES) {
      const $ = site.html(page);
      expect($('header').length, page).toBe(1);
      expect($('header').attr('data-override'), page).toBe('acme-header');
      expect($('header .acme-phone').text(), page).toBe('Urgent? Call Acme support on +44 20 7946 0000.');
      const links = $('header nav a')
        .toArray()
        .map((a) => [$(a).text(), $(a).attr('href'), $(a).attr('aria-current')]);
      const ours = plain.html(page);
      expect(links, page).toEqual(
        ours('header nav a')
          .toArray()
          .map((a) => [ours(a).text(), ours(a).attr('href'), ours(a).attr('aria-current')]),
      );
    }
    expect(site.html('history/index.html')('header [aria-current="page"]').text()).toBe('History');
  });

  it('wraps the default incident card, which renders inside exactly as it does alone', () => {
    const $ = site.html('index.html');
    const wrapper = $(`.acme-card[data-incident="${OPEN}"]`);
    expect(wrapper.length).toBe(1);
    expect(wrapper.children('article.card').length).toBe(1);
    expect($.html(wrapper.children('article.card'))).toBe(outer(plain.html('index.html'), 'article.card')[0]);
    expect(wrapper.children('.acme-escalate').text()).toBe(
      `Affected by “Elevated error rates on the REST API”? Quote ${OPEN} when you call us.`,
    );
  });

  it('leaves everything else as the defaults render it', () => {
    for (const page of PAGES) {
      const $ = site.html(page);
      const ours = plain.html(page);
      // Unwrapped, the home page's cards are the defaults' own.
      $('.acme-card').each((_, el) => {
        $(el).replaceWith($(el).children('article'));
      });
      expect(outer($, 'main'), page).toEqual(outer(ours, 'main'));
      expect(outer($, 'footer'), page).toEqual(outer(ours, 'footer'));
      expect(outer($, 'head'), page).toEqual(outer(ours, 'head'));
    }
  });
});

describe('components that cannot be used', () => {
  const project = mkdtempSync(join(tmpdir(), 'statusmark-project-'));
  mkdirSync(join(project, 'src/components'), { recursive: true });
  writeFileSync(join(project, 'src/components/MyHeader.astro'), '<header>Acme</header>\n');
  writeFileSync(join(project, 'src/components/MyHeader.html'), '<header>Acme</header>\n');
  const outside = mkdtempSync(join(tmpdir(), 'statusmark-outside-'));
  writeFileSync(join(outside, 'Secret.astro'), '<p>secret</p>\n');
  symlinkSync(join(outside, 'Secret.astro'), join(project, 'src/components/Linked.astro'));
  const WRITE = 'write the path of an .astro file in the project, e.g. "./src/components/MyHeader.astro"';
  const KNOWN = 'Banner, Footer, Header, IncidentCard, IncidentList, Pager, Pill, Subscribe, Timeline, UptimeBar';
  const refusal = (file: string) => () => componentFiles(project, { Header: file });

  it('refuses a name it does not know, naming the ones it does', () => {
    expect(() => statusmark({ components: { Headr: './src/components/MyHeader.astro' } } as never)).toThrow(
      new Error(
        `statusmark() in astro.config.mjs: components has no "Headr" (did you mean "Header"?); the components you can override are: ${KNOWN}`,
      ),
    );
    expect(() => statusmark({ components: { Time: './a.astro', incidentcard: './b.astro' } } as never)).toThrow(
      new Error(
        `statusmark() in astro.config.mjs: components has no "Time", "incidentcard" (did you mean "IncidentCard"?); the components you can override are: ${KNOWN}`,
      ),
    );
  });

  it('refuses a value that is not a path, or components that are not a map', () => {
    expect(() => statusmark({ components: { Header: 3 } } as never)).toThrow(
      new Error(
        'statusmark() in astro.config.mjs: components.Header must be the path of an .astro file in the project, e.g. "./src/components/MyHeader.astro"',
      ),
    );
    for (const components of ['./src/components/MyHeader.astro', ['./src/components/MyHeader.astro'], null]) {
      expect(() => statusmark({ components } as never)).toThrow(
        new Error(
          'statusmark() in astro.config.mjs: components must name each component to override and its .astro file, e.g. { Header: "./src/components/MyHeader.astro" }',
        ),
      );
    }
  });

  it('takes an .astro file inside the project, with or without "./", and our default for the rest', () => {
    const files = componentFiles(project, { Header: './src/components/MyHeader.astro', Footer: 'src/components/MyHeader.astro' });
    expect(files.Header).toBe(join(project, 'src/components/MyHeader.astro'));
    expect(files.Footer).toBe(join(project, 'src/components/MyHeader.astro'));
    expect(files.Banner).toBe(resolve('src/components/Banner.astro'));
  });

  it('refuses a file that is not there, not .astro, outside the project or linked out of it', () => {
    expect(refusal('./src/components/Missing.astro')).toThrow(
      new Error(`statusmark() in astro.config.mjs: components.Header "./src/components/Missing.astro" is not there; ${WRITE}`),
    );
    expect(refusal('./src/components/MyHeader.html')).toThrow(
      new Error(
        `statusmark() in astro.config.mjs: components.Header "./src/components/MyHeader.html" is not the path of an .astro file inside the project; ${WRITE}`,
      ),
    );
    const escaping = `../${basename(outside)}/Secret.astro`;
    expect(refusal(escaping)).toThrow(
      new Error(
        `statusmark() in astro.config.mjs: components.Header "${escaping}" is not the path of an .astro file inside the project; ${WRITE}`,
      ),
    );
    expect(refusal(join(outside, 'Secret.astro'))).toThrow(/is not the path of an \.astro file inside the project/);
    expect(refusal('./src/components/Linked.astro')).toThrow(/components\.Header "\.\/src\/components\/Linked\.astro" cannot be used: /);
  });

  it('checks the files when Astro sets the site up, before anything is built', () => {
    const integration = statusmark({ components: { Footer: './src/components/Missing.astro' } });
    const setup = integration.hooks['astro:config:setup']!;
    const hook = () =>
      setup({ config: { root: pathToFileURL(`${project}/`) }, updateConfig: () => undefined, injectRoute: () => undefined } as never);
    expect(hook).toThrow(
      new Error(`statusmark() in astro.config.mjs: components.Footer "./src/components/Missing.astro" is not there; ${WRITE}`),
    );
  });
});

describe('the overridable components', () => {
  const plugin = componentOverrides(componentFiles(resolve('.'), {}));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;

  it('are each a module whose default is the override or ours, and nothing else is', () => {
    expect(load(resolveId(`${COMPONENT_MODULE_PREFIX}Header`)!)).toBe(
      `export { default } from ${JSON.stringify(resolve('src/components/Header.astro'))};\n`,
    );
    expect(resolveId(`${COMPONENT_MODULE_PREFIX}Time`)).toBeUndefined();
    expect(resolveId('virtual:statusmark/custom-css')).toBeUndefined();
  });

  it('have a default file, a props interface, a typed module and a row in the README', () => {
    const props = readFileSync('src/components/props.ts', 'utf8');
    const modules = readFileSync('src/lib/component-modules.d.ts', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    for (const name of OVERRIDABLE) {
      expect(readdirSync('src/components')).toContain(`${name}.astro`);
      expect(props, name).toContain(`export interface ${name}Props {`);
      expect(modules, name).toContain(`declare module '${COMPONENT_MODULE_PREFIX}${name}' {`);
      expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` \\| \`${name}Props\``, 'm'));
    }
  });

  it('are imported through their module everywhere, so an override reaches every use', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    for (const file of files) {
      const text = readFileSync(join('src', file), 'utf8');
      for (const name of OVERRIDABLE) {
        expect(text, file).not.toMatch(new RegExp(`from '[^']*/${name}\\.astro'`));
      }
    }
  });
});
