/**
 * The `_headers` file the build writes for Netlify and Cloudflare Pages (issue 16), read back with
 * Netlify's own parser (`@netlify/headers-parser`) and matched against paths by its rules: every
 * file another site reads may be read from any origin, the API says how long to cache, and a team's
 * own `public/_headers` is kept, or refused with the line and the header that clash.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { API_CACHE_CONTROL, hostHeaderPaths, hostHeadersFile } from '../src/core/outputs/host-headers.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { printedLines } from './helpers/build.ts';
import { readHeaders, tempFile } from './helpers/host-headers.ts';
import { buildProject, projectFolder } from './helpers/project-folder.ts';
import { makeStatusFixture, NOW } from './helpers/status-fixture.ts';

let model: SiteModel;
beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
});

const NO_TEAM_FILE = join(tmpdir(), 'statusmark-no-such-folder', '_headers');

async function generated(teamText?: string): Promise<string> {
  const result = await hostHeadersFile(model, teamText === undefined ? NO_TEAM_FILE : tempFile(teamText), 'public/_headers');
  if (!('text' in result)) throw new Error(`refused: ${JSON.stringify(result.findings)}`);
  return result.text;
}

async function refused(teamText: string): Promise<string[]> {
  const result = await hostHeadersFile(model, tempFile(teamText), 'public/_headers');
  if (!('findings' in result)) throw new Error('not refused');
  return result.findings.map((d: Diagnostic) => `${d.file}:${d.line} ${d.severity} ${d.code} ${d.message}\n  ${d.hint}`);
}

describe('_headers', () => {
  it('lets any origin read every API file, feed, calendar, badge, embed.js and embed.json, under the base path', async () => {
    const { forPath } = await readHeaders(await generated());
    const paths = hostHeaderPaths(model);
    expect(paths).toContain('/status/api/v2/summary.json');
    expect(paths).toContain('/status/components/email/feed.json');
    expect(paths).toContain('/status/embed.js');
    expect(paths).toContain('/status/embed.json');
    expect(paths).toContain('/status/maintenance.ics');
    for (const path of paths) expect(forPath(path)['Access-Control-Allow-Origin'], path).toBe('*');
  });

  it('gives the API a short cache life, and leaves pages and other hosts’ paths alone', async () => {
    const { forPath } = await readHeaders(await generated());
    expect(forPath('/status/api/v2/incidents/unresolved.json')).toEqual({
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': API_CACHE_CONTROL,
    });
    expect(forPath('/status/history.rss')).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(forPath('/status/')).toEqual({});
    expect(forPath('/status/incidents/2026-11-20-errors/')).toEqual({});
    expect(forPath('/status/components/api/')).toEqual({});
    expect(forPath('/api/v2/summary.json')).toEqual({});
  });

  it('keeps the team’s own rules after the build’s', async () => {
    const text = await generated('# ours\n/*\n  X-Frame-Options: DENY\n/status/reports/*\n  Cache-Control: public, max-age=3600\n');
    expect(text).toMatch(/\n# The rules of public\/_headers, as written:\n# ours\n\/\*\n {2}X-Frame-Options: DENY\n/);
    const { forPath } = await readHeaders(text);
    expect(forPath('/status/api/v2/summary.json')).toEqual({
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': API_CACHE_CONTROL,
      'X-Frame-Options': 'DENY',
    });
    expect(forPath('/status/reports/')).toEqual({ 'X-Frame-Options': 'DENY', 'Cache-Control': 'public, max-age=3600' });
  });

  it('refuses a team rule that sets a header of ours for one of our files, naming the line and what to do', async () => {
    expect(
      await refused(
        '/status/reports/*\n  X-Robots-Tag: none\n\n/*\n  cache-control: no-cache\n/status/api/v2/summary.json\n  Access-Control-Allow-Origin: https://acme.example\n',
      ),
    ).toEqual([
      "public/_headers:4 error public-headers this rule (/*) sets cache-control for /status/api/v2/summary.json, which the build's own _headers sets too\n" +
        `  hosts send both values joined by a comma, which clients reject; remove cache-control from this rule (the build sends "${API_CACHE_CONTROL}") or narrow its path`,
      "public/_headers:6 error public-headers this rule (/status/api/v2/summary.json) sets Access-Control-Allow-Origin for /status/api/v2/summary.json, which the build's own _headers sets too\n" +
        '  hosts send both values joined by a comma, which clients reject; remove Access-Control-Allow-Origin from this rule (the build sends "*") or narrow its path',
    ]);
  });

  it('refuses a line Netlify cannot read, with its line', async () => {
    expect(await refused('/status/reports/*\n  X-Robots-Tag:\n')).toEqual([
      "public/_headers:2 error public-headers Netlify's parser cannot read this file: Missing header value\n" +
        '  a rule is a path starting with "/" on a line of its own, then its headers on the lines below it, indented, as "Name: value"',
    ]);
  });
});

describe('astro build with a public/_headers', () => {
  const content = () => makeStatusFixture();

  it('publishes the team’s rules after the build’s', async () => {
    const dir = projectFolder('no token');
    writeFileSync(join(dir, 'public/_headers'), '/*\n  X-Frame-Options: DENY\n');
    const run = buildProject(dir, content(), NOW);
    expect(run.status, run.output).toBe(0);
    const { forPath } = await readHeaders(readFileSync(join(run.outDir, '_headers'), 'utf8'));
    expect(forPath('/status/feed.json')).toEqual({ 'Access-Control-Allow-Origin': '*', 'X-Frame-Options': 'DENY' });
    expect(forPath('/status/')).toEqual({ 'X-Frame-Options': 'DENY' });
  });

  it('refuses one that clashes before it writes anything: the finding and one line saying nothing was published', () => {
    const dir = projectFolder('no token');
    writeFileSync(join(dir, 'public/_headers'), '# caching\n/*\n  Cache-Control: no-store\n');
    const run = buildProject(dir, content(), NOW);
    expect(run.status).toBe(1);
    // Astro's and Vite's own progress lines vary with what earlier builds left; the findings and the refusal do not.
    expect(printedLines(run.output).filter((l) => !l.startsWith('<time> [') || l.startsWith('<time> [ERROR]'))).toEqual([
      "public/_headers:2:1 error public-headers this rule (/*) sets Cache-Control for /status/api/v2/summary.json, which the build's own _headers sets too",
      `  hosts send both values joined by a comma, which clients reject; remove Cache-Control from this rule (the build sends "${API_CACHE_CONTROL}") or narrow its path`,
      '<time> [ERROR] [statusmark-host-headers] build refused: public/_headers has 1 error (listed above); nothing was published, dist/ is as it was',
    ]);
    expect(run.written).toEqual([]);
  });
});
