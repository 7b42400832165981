import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const OPEN_INCIDENT = `---
title: Elevated error rates <script>alert(1)</script>
impact: major
components: { api: partial_outage }
---
## 2026-11-20 14:05 UTC · Investigating
Some requests fail. <img src=x onerror=alert(1)>
`;

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

  it('refuses raw HTML, so no script from content reaches a page', () => {
    const root = makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT });
    expect(() => buildSite(root, '2026-11-20T14:30:00Z')).toThrow(/incidents\/x\.md:7:\d+ error raw-html raw HTML <img>/);
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
