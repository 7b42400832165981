import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite, printedLines as lines } from './helpers/build.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { failedBuild } from './helpers/failed-build.ts';

const NOW = '2026-11-20T14:30:00Z';

const OPEN_INCIDENT = `---
title: Elevated error rates <script>alert(1)</script>
impact: major
components: { api: partial_outage }
---
## 2026-11-20 14:05 UTC · Investigating
Some requests fail. <img src=x onerror=alert(1)>
`;

const refusedBuild = (root: string, now = NOW) => failedBuild(root, now);

describe('the build refuses broken content', () => {
  it('prints the findings and one line saying nothing was published, and nothing else', () => {
    const failure = refusedBuild(
      makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT.replace('api:', 'apii:').replace(/ <script>.*<\/script>| <img .*>/g, '') }),
    );
    expect(lines(failure.output)).toEqual([
      '<time> [types] Generated <duration>',
      'incidents/x.md:4:15 error unknown-component "apii" is not a component; did you mean "api"?',
      '  the components in status.config.yaml are: api, dashboard, email',
      `<time> [ERROR] [statusmark-content] build refused: the content has 1 error (listed above); nothing was published, ${failure.dir}/ is as it was`,
    ]);
  });

  it('counts every error and lists each', () => {
    const failure = refusedBuild(makeContentRoot({ 'incidents/x.md': OPEN_INCIDENT.replace('api:', 'apii:') }));
    const printed = lines(failure.output);
    expect(
      printed.filter((line) => /^incidents\/x\.md:\d+:\d+ error /.test(line)).map((line) => line.split(' ').slice(0, 3).join(' ')),
    ).toEqual(['incidents/x.md:4:15 error unknown-component', 'incidents/x.md:7:21 error raw-html']);
    expect(printed.at(-1)).toBe(
      `<time> [ERROR] [statusmark-content] build refused: the content has 2 errors (listed above); nothing was published, ${failure.dir}/ is as it was`,
    );
  });

  it('refuses a STATUS_NOW without a zone the same way, before the content is read', () => {
    const failure = refusedBuild(makeContentRoot({}), '2026-11-20T14:30:00');
    expect(lines(failure.output)).toEqual([
      '<time> [types] Generated <duration>',
      'STATUS_NOW="2026-11-20T14:30:00" has no time zone; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z',
      '  or leave STATUS_NOW unset to build at the current time',
      `<time> [ERROR] [statusmark-preflight] build refused: STATUS_NOW is not a valid time (see above); nothing was published, ${failure.dir}/ is as it was`,
    ]);
  });

  it('stops on a rule the config makes an error, with the rule’s finding; as a warning it does not', () => {
    const speculative = OPEN_INCIDENT.replace('<script>alert(1)</script>', '').replace(
      ' <img src=x onerror=alert(1)>',
      ' It is probably the database.',
    );
    const failure = refusedBuild(makeContentRoot({ 'incidents/x.md': speculative }, `${BASE_CONFIG}rules: { style-speculation: error }\n`));
    expect(failure.output).toMatch(/^incidents\/x\.md:7:\d+ error style-speculation /m);
    expect(lines(failure.output).at(-1)).toBe(
      `<time> [ERROR] [statusmark-content] build refused: the content has 1 error (listed above); nothing was published, ${failure.dir}/ is as it was`,
    );
    const relaxed = buildSite(makeContentRoot({ 'incidents/x.md': speculative }), NOW);
    expect(relaxed.html('index.html')('h1').length).toBeGreaterThan(0);
  });
});

describe('the build refuses an output folder it cannot replace, before it reads anything', () => {
  /** A build into `dir`, which fails with status 1 and leaves the file that stands in the way as it was. */
  function refusedInto(dir: string, file: string): string[] {
    let failure: unknown;
    try {
      buildSite(makeContentRoot({}), NOW, dir);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildError);
    expect((failure as BuildError).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
    // The staging folder is named after the build's process.
    return lines((failure as BuildError).output).map((line) => line.replace(/\.staging-\d+\//, '.staging-<pid>/'));
  }

  it('a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'statusmark-out-')), 'dist');
    writeFileSync(file, 'not a folder');
    expect(refusedInto(file, file)).toEqual([
      `the output ${file} is a file, not a folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist`,
      `<time> [ERROR] [statusmark-output] build refused: the output folder cannot be replaced (see above); nothing was published, ${file}/ is as it was`,
    ]);
  });

  it('one inside a file, where there is nowhere to build', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'statusmark-out-')), 'site');
    writeFileSync(file, 'not a folder');
    const dir = join(file, 'dist');
    expect(refusedInto(dir, file)).toEqual([
      `the build cannot make ${file}/.dist.staging-<pid>/ (ENOTDIR: not a directory, scandir '${file}'): it builds there, next to ${dir}/, then puts it in its place; give --outDir a folder inside one the build may write to`,
      `<time> [ERROR] [statusmark-output] build refused: there is nowhere to build (see above); nothing was published, ${dir}/ is as it was`,
    ]);
  });
});
