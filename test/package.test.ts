/**
 * The published package, end to end: `npm pack` (lib/ built at prepack), a team's project that
 * depends on the tarball and holds only its config, one incident and `astro.config.mjs` with
 * `statusmark()`, then `npm install`, `npx statusmark check`, `npx astro build` and
 * `npx statusmark new`. Node refuses to strip types under node_modules, so each command
 * succeeding shows that nothing Node ran from the package was .ts. Slow (a minute or two):
 * most of it is npm installing Astro from its cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTeamProject, packPackage } from '../scripts/lib/team-project.ts';
import { cleanEnv } from './helpers/build.ts';
import { readWithFeedParser, readWithRssParser } from './helpers/feed-readers.ts';
import { assertApiDocument, assertJsonFeed } from './helpers/outputs.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

const TSC = resolve('node_modules/typescript/bin/tsc');
const INCIDENT = 'incidents/2026-11-17-dashboard-outage.md';

/** npm and npx in the project, without vitest's variables nor the knobs of the outer run. */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (key.startsWith('STATUS_') || key.startsWith('npm_')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function npx(project: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync('npx', ['--no', '--', ...args], { cwd: project, env: npmEnv({ STATUS_NOW: SITE_NOW, ...env }), encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('statusmark as an installed package', () => {
  let project = '';
  let tarball = '';

  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'statusmark-package-'));
    tarball = packPackage(folder, npmEnv());
    const fixture = makeSiteFixture();
    project = join(folder, 'team');
    makeTeamProject(
      project,
      tarball,
      {
        'status.config.yaml': readFileSync(join(fixture, 'status.config.yaml'), 'utf8'),
        [INCIDENT]: readFileSync(join(fixture, INCIDENT), 'utf8'),
      },
      npmEnv(),
    );
  }, 300_000);

  it('installs the bin and the integration as JavaScript, with none of our tests, fixtures, demo or scripts', () => {
    const installed = join(project, 'node_modules', 'statusmark');
    for (const file of [
      'lib/bin/statusmark.js',
      'lib/integration.js',
      'lib/types/integration.d.ts',
      'lib/core/index.js',
      'status.config.schema.json',
    ])
      expect(existsSync(join(installed, file)), file).toBe(true);
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'lib', 'package.json', 'status.config.schema.json']);
    const version = (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string }).version;
    expect(npx(project, ['statusmark', '--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('needs the .js: Node refuses the .ts beside it under node_modules, so a run that succeeds loaded none', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./node_modules/statusmark/lib/integration.ts')"], {
      cwd: project,
      env: npmEnv(),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING');
  });

  it("types both entry points for a team's TypeScript, from the declarations rather than our source", () => {
    const probe = `import statusmark, { type StatusmarkOptions } from 'statusmark';
import { buildFeed, readSiteModel, renderRss, type SiteModel } from 'statusmark/core';

const options: StatusmarkOptions = { contentDir: '.' };
const name: string = statusmark(options).name;
const model: SiteModel = readSiteModel('.', new Date());
const rss: string = renderRss(buildFeed(model, { kind: 'history' }));
// @ts-expect-error contentDir is a folder path
statusmark({ contentDir: 1 });
export { name, rss };
`;
    writeFileSync(join(project, 'probe.ts'), probe);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['probe.ts'] }));
    const tsc = spawnSync(process.execPath, [TSC, '--noEmit', '-p', '.'], { cwd: project, env: npmEnv(), encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    rmSync(join(project, 'probe.ts'));
    rmSync(join(project, 'tsconfig.json'));
  });

  it('`npx statusmark check` checks the team content', () => {
    // The fixture's report lacks sections the policy asks for: warnings, which do not fail the check.
    const check = npx(project, ['statusmark', 'check', '--no-cache']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`${INCIDENT}:14:1 warning policy-report-sections`);
    expect(check.stdout.trim().split('\n').pop()).toBe('1 incident file checked: 0 errors, 2 warnings');
  });

  it('`npx astro build` builds the home page, the feeds and the API under the base path', async () => {
    const build = npx(project, ['astro', 'build']);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const dist = join(project, 'dist');
    const home = load(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(home('title').text()).toContain('Test Status');
    expect(home('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/status/history.rss');

    const title = 'Dashboard outage';
    const items = [`${title} — Post-incident report`, `${title} — Resolved`, `${title} — Investigating`];
    for (const read of [readWithRssParser, readWithFeedParser]) {
      for (const file of ['history.rss', 'history.atom']) {
        const feed = await read(readFileSync(join(dist, file), 'utf8'));
        expect(feed.items.map((i) => i.title)).toEqual(items);
      }
    }
    const jsonFeed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: { title: string }[] };
    assertJsonFeed(jsonFeed);
    expect(jsonFeed.items.map((i) => i.title)).toEqual(items);

    const summary = JSON.parse(readFileSync(join(dist, 'api/v2/summary.json'), 'utf8')) as { components: { name: string }[] };
    assertApiDocument('summary', summary);
    expect(summary.components.map((c) => c.name)).toEqual(expect.arrayContaining(['REST API', 'Dashboard', 'Email delivery']));
    const incidents = JSON.parse(readFileSync(join(dist, 'api/v2/incidents.json'), 'utf8')) as { incidents: { name: string }[] };
    assertApiDocument('incidents', incidents);
    expect(incidents.incidents.map((i) => i.name)).toEqual([title]);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('`npx statusmark new` writes an incident that the check accepts', () => {
    const made = npx(project, [
      'statusmark',
      'new',
      '--title',
      'Slow API',
      '--impact',
      'minor',
      '--components',
      'api',
      '--message',
      'Some requests are slow. Next update by 15:00 UTC.',
      '--no-input',
      '-y',
    ]);
    expect(made.code, made.stderr).toBe(0);
    const file = join(project, 'incidents', '2026-11-20-slow-api.md');
    expect(readFileSync(file, 'utf8')).toContain('title: Slow API\n');
    const check = npx(project, ['statusmark', 'check', '--no-cache']);
    expect(check.code).toBe(0);
    expect(check.stdout.trim().split('\n').pop()).toBe('2 incident files checked: 0 errors, 2 warnings');
  });
});
