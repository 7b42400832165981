/**
 * The published package, end to end, as the README's first commands use it: `npm pack` (lib/
 * built at prepack), then in an empty folder `npx --yes <tarball> init site --name … --url …
 * --components …`, `npm install <tarball>` in the new repository, and its own scripts: `npm run
 * check`, `npm run build`, `npm run status -- new|update|resolve`. Node refuses to strip types
 * under node_modules, so each command succeeding shows that nothing Node ran from the package was
 * .ts. The built site is read as the demo's is: feeds by two feed readers, the API and JSON Feed
 * against their schemas, the calendar by ical.js, the pages in Chromium with axe. Slow (a minute
 * or two): most of it is npm installing Astro, from its cache when it can.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, serve } from '../../scripts/lib/browser.ts';
import { initTeamProject, packPackage } from '../../scripts/lib/team-project.ts';
import { cleanEnv } from '../helpers/build.ts';
import { readWithFeedParser, readWithRssParser } from '../helpers/feed-readers.ts';
import { filesIn, initFiles } from '../helpers/scaffold.ts';
import { assertApiDocument, assertJsonFeed, readCalendar } from '../helpers/outputs.ts';

const TSC = resolve('node_modules/typescript/bin/tsc');
/** init writes its example for the day before; the commands below run in the afternoon after. */
const NOW = '2026-11-20T14:30:00Z';
const EXAMPLE_DATE = '2026-11-19';
const NEW_ID = '2026-11-20-slow-api';

/** npm and npx in the repository, without vitest's variables nor the knobs of the outer run. */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (key.startsWith('STATUS_') || key.startsWith('npm_')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', STATUS_NOW: NOW, ...extra };
}

function run(cwd: string, command: string, args: string[]) {
  const done = spawnSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8' });
  return { code: done.status, stdout: done.stdout, stderr: done.stderr };
}

const npmRun = (cwd: string, script: string, ...args: string[]) => run(cwd, 'npm', ['run', '--silent', script, '--', ...args]);
const lastLine = (text: string) => text.trim().split('\n').pop();

describe('a status repository made by `statusmark init` from the packed package', () => {
  let folder = '';
  let tarball = '';
  let site = '';

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'statusmark-package-'));
    tarball = packPackage(folder, npmEnv());
    site = initTeamProject(folder, 'site', tarball, npmEnv());
  }, 400_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds only what the team owns: no engine code, no tests of ours', () => {
    expect(filesIn(site)).toEqual(initFiles(EXAMPLE_DATE));
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['statusmark']);
  });

  it('installs the bin and the integration as JavaScript, with none of our tests, fixtures, demo or scripts', () => {
    const installed = join(site, 'node_modules', 'statusmark');
    for (const file of ['lib/bin/statusmark.js', 'lib/integration.js', 'lib/types/integration.d.ts', 'lib/core/index.js', 'lib/templates'])
      expect(existsSync(join(installed, file)), file).toBe(true);
    expect(readdirSync(installed).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'lib',
      'package.json',
      'status.config.schema.json',
    ]);
    const version = (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run(site, 'npx', ['--no', '--', 'statusmark', '--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('needs the .js: Node refuses the .ts beside it under node_modules, so a run that succeeds loaded none', () => {
    const done = run(site, process.execPath, ['--input-type=module', '-e', "await import('./node_modules/statusmark/lib/integration.ts')"]);
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING');
  });

  it("types the entry points for a team's TypeScript, from the declarations rather than our source", () => {
    const probe = `import statusmark, { type StatusmarkOptions } from 'statusmark';
import { buildFeed, readSiteModel, renderRss, type SiteModel } from 'statusmark/core';
import type { IncidentCardProps } from 'statusmark/props';

const options: StatusmarkOptions = { contentDir: '.' };
const name: string = statusmark(options).name;
const model: SiteModel = readSiteModel('.', new Date());
const rss: string = renderRss(buildFeed(model, { kind: 'history' }));
const title: (p: IncidentCardProps) => string = (p) => p.incident.title;
// @ts-expect-error contentDir is a folder path
statusmark({ contentDir: 1 });
export { name, rss, title };
`;
    writeFileSync(join(site, 'probe.ts'), probe);
    writeFileSync(join(site, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['probe.ts'] }));
    const tsc = run(site, process.execPath, [TSC, '--noEmit', '-p', '.']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    rmSync(join(site, 'probe.ts'));
    rmSync(join(site, 'tsconfig.json'));
  });

  it('`npm run check` passes the example incident without a finding', () => {
    const check = npmRun(site, 'check', '--no-cache');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(lastLine(check.stdout)).toBe('1 incident file checked: 0 errors, 0 warnings');
  });

  const write = (...args: string[]) => {
    const done = npmRun(site, 'status', ...args, '--no-input', '-y');
    expect(done.code, done.stdout + done.stderr).toBe(0);
  };
  const headings = () => readFileSync(join(site, 'incidents', `${NEW_ID}.md`), 'utf8').match(/^## .*$/gm);

  it('`npm run status -- new` and `update` write an open incident the check accepts', () => {
    write(
      'new',
      '--title',
      'Slow API',
      '--impact',
      'minor',
      '--components',
      'api',
      '--at',
      '14:05 UTC',
      '--message',
      'Some requests are slow. We are looking into it.',
      '--next',
      '30',
    );
    write(
      'update',
      NEW_ID,
      '--status',
      'identified',
      '--at',
      '14:20 UTC',
      '--message',
      'A full disk slows one database down. We are freeing space.',
      '--next',
      '30',
    );
    expect(headings()).toEqual(['## 2026-11-20 14:20 UTC · Identified', '## 2026-11-20 14:05 UTC · Investigating']);
    const check = npmRun(site, 'check', '--no-cache');
    expect(check.code, check.stdout).toBe(0);
    expect(lastLine(check.stdout)).toBe('2 incident files checked: 0 errors, 0 warnings');
  });

  describe('`npm run build`, with a component override and a stylesheet of the team', () => {
    let dist = '';
    let browser: Browser | undefined;
    let served: { url: string; close: () => Promise<void> } | undefined;

    beforeAll(async () => {
      mkdirSync(join(site, 'src/components'), { recursive: true });
      mkdirSync(join(site, 'src/styles'), { recursive: true });
      writeFileSync(
        join(site, 'src/components/AcmeIncidentCard.astro'),
        `---
import Default from 'statusmark/components/IncidentCard.astro';
import type { IncidentCardProps } from 'statusmark/props';

type Props = IncidentCardProps;
const { incident } = Astro.props;
---
<div class="acme-card"><Default incident={incident} /><p class="acme-note">Quote {incident.id} when you call us.</p></div>
`,
      );
      writeFileSync(join(site, 'src/styles/brand.css'), '.acme-note { font-style: italic; }\n');
      writeFileSync(
        join(site, 'astro.config.mjs'),
        `import { defineConfig } from 'astro/config';
import statusmark from 'statusmark';

export default defineConfig({
  integrations: [statusmark({ customCss: ['./src/styles/brand.css'], components: { IncidentCard: './src/components/AcmeIncidentCard.astro' } })],
});
`,
      );
      const build = npmRun(site, 'build');
      expect(build.code, build.stdout + build.stderr).toBe(0);
      dist = join(site, 'dist');
      served = await serve(dist, '/status/');
      browser = await launchChromium();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    it('puts the override and the stylesheet on the pages, under the base path of the config', () => {
      const home = load(readFileSync(join(dist, 'index.html'), 'utf8'));
      expect(home('title').text()).toContain('Acme Status');
      expect(home('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/status/history.rss');
      // The home page shows open incidents as cards: the team's, wrapping ours.
      expect(
        home('#open-incidents ~ [data-card] > .acme-card .acme-note')
          .map((_, e) => home(e).text())
          .get(),
      ).toEqual([`Quote ${NEW_ID} when you call us.`]);
      expect(home('.acme-card a[href]').first().attr('href')).toBe(`/status/incidents/${NEW_ID}/`);
      expect(home('style').text()).toContain('.acme-note { font-style: italic; }');
    });

    it('writes feeds two feed readers read, and a JSON Feed and API that meet their schemas', async () => {
      const titles = ['Slow API — Identified', 'Slow API — Investigating', 'Slow responses from API — Post-incident report'];
      for (const read of [readWithRssParser, readWithFeedParser]) {
        for (const file of ['history.rss', 'history.atom']) {
          const feed = await read(readFileSync(join(dist, file), 'utf8'));
          expect(feed.items.slice(0, 3).map((i) => i.title)).toEqual(titles);
        }
      }
      const jsonFeed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: { title: string }[] };
      assertJsonFeed(jsonFeed);
      expect(jsonFeed.items.slice(0, 3).map((i) => i.title)).toEqual(titles);
      const summary = JSON.parse(readFileSync(join(dist, 'api/v2/summary.json'), 'utf8')) as { components: { name: string }[] };
      assertApiDocument('summary', summary);
      expect(summary.components.map((c) => c.name)).toEqual(['API', 'Dashboard', 'Email']);
      const incidents = JSON.parse(readFileSync(join(dist, 'api/v2/incidents.json'), 'utf8')) as { incidents: { name: string }[] };
      assertApiDocument('incidents', incidents);
      expect(incidents.incidents.map((i) => i.name)).toEqual(['Slow API', 'Slow responses from API']);
      expect(readCalendar(readFileSync(join(dist, 'maintenance.ics'), 'utf8')).name).toBe('Acme Status — scheduled maintenance');
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    });

    it.each(['', `incidents/${NEW_ID}/`, 'history/', 'reports/', 'components/api/'])(
      'has no axe violations on /status/%s',
      async (path) => {
        const { page, errors, close } = await openPage(browser!, served!.url + path);
        expect(errors).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await close();
      },
    );
  });

  it('`npm run status -- resolve` closes it, and the check still accepts it', () => {
    write('resolve', NEW_ID, '--at', '14:28 UTC', '--message', 'Requests are fast again since 14:25 UTC. You do not need to do anything.');
    expect(headings()).toEqual([
      '## 2026-11-20 14:28 UTC · Resolved',
      '## 2026-11-20 14:20 UTC · Identified',
      '## 2026-11-20 14:05 UTC · Investigating',
    ]);
    const check = npmRun(site, 'check', '--no-cache');
    expect(check.code, check.stdout).toBe(0);
    expect(lastLine(check.stdout)).toMatch(/^2 incident files checked: 0 errors, \d+ warnings?$/);
  });

  it('`npx statusmark upgrade` has nothing to bring to a repository of the same version, its edited astro.config.mjs included', () => {
    const upgrade = run(site, 'npx', ['--no', '--', 'statusmark', 'upgrade', '--dry-run']);
    expect(upgrade).toEqual({ code: 0, stdout: '✔ Everything is up to date with Statusmark 0.1.0.\n', stderr: '' });
  });
});
