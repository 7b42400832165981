/**
 * statusmark()'s `customCss`: a team's own stylesheet comes after the site's own in the one
 * stylesheet every page uses (inlined on the home page, a content-named file elsewhere), so its
 * rules win; a path that is not a .css file inside the project stops the config, saying what to write.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCustomCss } from '../src/integrations/custom-css.ts';
import { withoutComments } from '../src/lib/css-comments.ts';
import { buildSite } from './helpers/build.ts';

// Ours ships without its comments (test/css-comments.test.ts); the team's as written.
const SITE_CSS = withoutComments(readFileSync('src/styles/site.css', 'utf8'));
const BRAND_CSS = readFileSync('test/fixtures/custom-css/brand.css', 'utf8');
const NOW = '2026-11-22T00:00:00Z';

describe('customCss', () => {
  const site = buildSite(resolve('.'), NOW, undefined, { config: 'test/helpers/custom-css.config.mjs' });

  it('puts the team’s CSS after the site’s own in the home page’s inlined stylesheet', () => {
    const $ = site.html('index.html');
    const sheets = $('style')
      .toArray()
      .map((el) => $(el).text());
    expect(sheets).toContain(`${SITE_CSS}\n${BRAND_CSS}`);
  });

  it('serves the same stylesheet, under a name of its own, to every other page', () => {
    const $ = site.html('history/index.html');
    const href = $('link[rel="stylesheet"]').attr('href')!;
    expect(href).toMatch(/assets\/site-[0-9a-f]{12}\.css$/);
    const file = href.slice(href.indexOf('assets/'));
    expect(site.text(file)).toBe(`${SITE_CSS}\n${BRAND_CSS}`);
  });
});

describe('customCss paths that cannot be used', () => {
  const project = mkdtempSync(join(tmpdir(), 'statusmark-project-'));
  mkdirSync(join(project, 'styles'));
  writeFileSync(join(project, 'styles/brand.css'), '.x { color: red; }\n');
  const outside = mkdtempSync(join(tmpdir(), 'statusmark-outside-'));
  writeFileSync(join(outside, 'secret.css'), '.secret {}\n');
  symlinkSync(join(outside, 'secret.css'), join(project, 'styles/linked.css'));
  const refusal = (file: string) => () => readCustomCss(project, [file]);
  const EXAMPLE = 'write a path to a .css file in the project, e.g. "./src/styles/brand.css"';

  it('reads a .css file inside the project, with or without "./"', () => {
    expect(readCustomCss(project, ['./styles/brand.css', 'styles/brand.css']).text).toBe('.x { color: red; }\n\n.x { color: red; }\n');
  });

  it('refuses a file that is not there, not CSS, outside the project or linked out of it', () => {
    expect(refusal('./styles/missing.css')).toThrow(
      new Error(`statusmark() in astro.config.mjs: customCss "./styles/missing.css" is not there; ${EXAMPLE}`),
    );
    expect(refusal('./styles/brand.scss')).toThrow(
      new Error(
        `statusmark() in astro.config.mjs: customCss "./styles/brand.scss" is not the path of a .css file inside the project; ${EXAMPLE}`,
      ),
    );
    expect(refusal(join(outside, 'secret.css'))).toThrow(/is not the path of a \.css file inside the project/);
    const escaping = `../${basename(outside)}/secret.css`;
    expect(refusal(escaping)).toThrow(
      new Error(`statusmark() in astro.config.mjs: customCss "${escaping}" is not the path of a .css file inside the project; ${EXAMPLE}`),
    );
    expect(refusal('./styles/linked.css')).toThrow(/customCss "\.\/styles\/linked\.css" cannot be used: /);
  });
});
