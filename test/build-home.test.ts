import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuildError, buildSite, type BuiltSite } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const OPEN_INCIDENT = `---
title: Elevated error rates <script>alert(1)</script>
impact: major
components: { api: partial_outage }
---
## 2026-11-20 14:05 UTC · Investigating
Some requests fail. <img src=x onerror=alert(1)>
`;

describe('astro build of a content root (home page)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    const root = makeContentRoot(
      { 'incidents/2026-11-20-errors.md': OPEN_INCIDENT.replace(' <img src=x onerror=alert(1)>', '') },
      BASE_CONFIG.replace('https://status.test.example', 'https://acme.github.io/status/'),
    );
    site = buildSite(root, '2026-11-20T14:30:00Z');
  });

  it('shows the overall status the model computes in the banner', () => {
    const $ = site.html('index.html');
    expect($('h1').text().trim()).toBe('Partial outage');
    expect($('h1').attr('data-indicator')).toBe('major');
  });

  it('shows each component with its current status in words', () => {
    const $ = site.html('index.html');
    const rows = $('ul.components li')
      .toArray()
      .map((li) => $(li).find('span').toArray().map((s) => $(s).text().trim()));
    expect(rows).toEqual([
      ['REST API', 'Partial outage'],
      ['Dashboard', 'Operational'],
      ['Email delivery', 'Operational'],
    ]);
  });

  it('lists the open incident, with its title as text, never as markup', () => {
    const $ = site.html('index.html');
    expect($('#open').next('ul').text()).toContain('Elevated error rates <script>alert(1)</script> — Investigating');
    expect($('script').length).toBe(0);
  });

  it('says when it was built and uses the configured language', () => {
    const $ = site.html('index.html');
    expect($('html').attr('lang')).toBe('en');
    expect($('p.muted time').attr('datetime')).toBe('2026-11-20T14:30:00.000Z');
  });
});

describe('the build refuses broken content', () => {
  it('fails with the diagnostics and writes nothing', () => {
    const root = makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT.replace('api:', 'apii:') });
    let failure: BuildError | undefined;
    try {
      buildSite(root, '2026-11-20T14:30:00Z');
    } catch (error) {
      failure = error as BuildError;
    }
    expect(failure).toBeInstanceOf(BuildError);
    expect(failure!.output).toContain('incidents/x.md:4:15 error unknown-component "apii" is not a component; did you mean "api"?');
    expect(existsSync(join(failure!.dir, 'index.html'))).toBe(false);
  });

  it('npm run build checks first and exits 1 on errors', () => {
    const root = makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT.replace('14:05 UTC', '14:05') });
    const run = spawnSync(process.execPath, [resolve('scripts/check.ts'), '--errors-only'], {
      env: { ...process.env, STATUS_DIR: root, STATUS_NOW: '2026-11-20T14:30:00Z' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('incidents/x.md:6:4 error time-no-zone');
  });
});
