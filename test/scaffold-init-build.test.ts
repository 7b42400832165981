/** What `statusmark init` writes builds: through the same statusmark() integration a team's astro.config.mjs lists. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './helpers/build.ts';
import { INIT_FLAGS, runScaffold, tempFolder } from './helpers/scaffold.ts';

describe('the content statusmark init writes', () => {
  it('builds with the statusmark() integration: the example incident on its page, the config’s name and components', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    const site = buildSite(join(cwd, 'site'), '2026-11-22T00:00:00Z');
    const home = site.html('index.html');
    expect(home('title').text()).toContain('Acme Status');
    expect(home('body').text()).toContain('Dashboard');
    const incident = site.html('incidents/2026-11-21-slow-responses/index.html');
    expect(incident('h1').text()).toBe('Slow responses from API');
    expect(incident('body').text()).toContain('More requests arrived than the servers had capacity for.');
  }, 120_000);
});
