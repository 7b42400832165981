import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const OPEN_INCIDENT = `---
title: Elevated error rates <script>alert(1)</script>
impact: major
components: { api: partial_outage }
---
## 2026-11-20 14:05 UTC · Investigating
Some requests fail. <img src=x onerror=alert(1)>
`;

/** The failure of a build that must fail; it wrote no page. */
function refusedBuild(root: string): BuildError {
  let failure: unknown;
  try {
    buildSite(root, '2026-11-20T14:30:00Z');
  } catch (error) {
    failure = error;
  }
  expect(failure).toBeInstanceOf(BuildError);
  expect(existsSync(join((failure as BuildError).dir, 'index.html'))).toBe(false);
  return failure as BuildError;
}

describe('the build refuses broken content', () => {
  it('fails with the diagnostics and writes nothing', () => {
    const failure = refusedBuild(makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT.replace('api:', 'apii:') }));
    expect(failure.output).toContain('incidents/x.md:4:15 error unknown-component "apii" is not a component; did you mean "api"?');
  });

  it('refuses raw HTML, so no script from content reaches a page', () => {
    const root = makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT });
    expect(() => buildSite(root, '2026-11-20T14:30:00Z')).toThrow(/incidents\/x\.md:7:\d+ error raw-html raw HTML <img>/);
  });

  it('stops on a rule the config makes an error, with the rule’s finding; as a warning it does not', () => {
    const speculative = OPEN_INCIDENT.replace('<script>alert(1)</script>', '').replace(' <img src=x onerror=alert(1)>', ' It is probably the database.');
    const failure = refusedBuild(makeContentRoot({ 'incidents/x.md': speculative }, `${BASE_CONFIG}rules: { style-speculation: error }\n`));
    expect(failure.output).toMatch(/incidents\/x\.md:7:\d+ error style-speculation/);
    expect(failure.output).toContain('the content has 1 error; nothing was built');
    const relaxed = buildSite(makeContentRoot({ 'incidents/x.md': speculative }), '2026-11-20T14:30:00Z');
    expect(relaxed.html('index.html')('h1').length).toBeGreaterThan(0);
  });
});
