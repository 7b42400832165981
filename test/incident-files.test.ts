/**
 * What counts as an incident file (src/core/shared/content-layout.ts), and the one duplicate-id finding
 * (src/core/content/duplicate-id.ts): a folder on disk, a branch on GitHub and `git diff` see the same
 * files, and the build, `npm run check --changed` and the CLI say the same about a taken id.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openContext, type Plan } from '../src/core/authoring/plan/context.ts';
import { validatePlan } from '../src/core/authoring/plan/validate-plan.ts';
import { GitHubSession } from '../src/core/authoring/github/session.ts';
import { LocalWorkspace } from '../src/core/authoring/plan/workspace.ts';
import { changedFiles } from '../src/core/content/changed.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { incidentIdOf, isIncidentFile } from '../src/core/shared/content-layout.ts';
import { listIncidentFiles, loadContentRoot } from '../src/core/content/load.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { FakeGitHub } from './helpers/fake-github.ts';

const incident = (title: string) =>
  `---\ntitle: ${title}\nimpact: minor\ncomponents: [api]\n---\n\n## 2026-11-20 14:20 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail.\n`;

const PATHS: [string, boolean][] = [
  ['incidents/2026-11-20-api.md', true],
  ['incidents/2026/2026-11-19-email.md', true],
  ['incidents/2026/11/2026-11-18-deep.md', true],
  ['incidents/2026-11-17-UPPER.MD', true],
  ['incidents/_draft.md', false],
  ['incidents/.hidden.md', false],
  ['incidents/_drafts/2026-11-16-later.md', false],
  ['incidents/.archive/2026-11-15-old.md', false],
  ['incidents/notes.txt', false],
  ['incidents/README', false],
  ['other/2026-11-14-elsewhere.md', false],
  ['2026-11-13-top.md', false],
];

describe('isIncidentFile', () => {
  it.each(PATHS)('%s: %s', (path, want) => {
    expect(isIncidentFile(path)).toBe(want);
  });

  it.each([['incidents'], ['incidents/'], ['incidents/x.md/y.md']])('%s: false', (path) => {
    expect(isIncidentFile(path)).toBe(false);
  });
});

describe('incidentIdOf', () => {
  it.each([
    ['incidents/2026-11-20-api.md', '2026-11-20-api'],
    ['incidents/2026/2026-11-20-api.md', '2026-11-20-api'],
    ['incidents/2026-11-20-api.MD', '2026-11-20-api'],
    ['2026-11-20-api.md', '2026-11-20-api'],
    ['2026-11-20-api', '2026-11-20-api'],
  ])('%s → %s', (path, id) => {
    expect(incidentIdOf(path)).toBe(id);
  });
});

describe('a folder, a GitHub branch and git diff see the same incident files', () => {
  const files = Object.fromEntries(PATHS.map(([path]) => [path, incident(path)]));
  const wanted = PATHS.filter(([, want]) => want)
    .map(([path]) => path)
    .sort();
  let fake: FakeGitHub | undefined;
  afterEach(async () => {
    await fake?.stop();
    fake = undefined;
  });

  it('on disk (npm run check, the build, the CLI)', () => {
    expect(listIncidentFiles(makeContentRoot(files))).toEqual(wanted);
  });

  it('on a GitHub branch (status … --pr)', async () => {
    fake = new FakeGitHub({ files: { 'status.config.yaml': BASE_CONFIG, ...files } });
    await fake.start();
    const ws = await new GitHubSession({ token: fake.token, repository: `${fake.owner}/${fake.repo}`, apiUrl: fake.url }).open();
    expect(ws.files).toEqual(wanted);
  });

  it('in git diff (npm run check -- --changed)', () => {
    const root = makeContentRoot({});
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'the config');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect([...changedFiles(root, 'HEAD').only!].sort()).toEqual(wanted);
  });
});

describe('duplicate-id: one finding, one hint', () => {
  const HINT =
    'ids are file names and must be unique across sub-folders; rename this file, or with `npm run status -- new` pass --slug to choose its name';
  const expected = (file: string, other: string) => ({
    severity: 'error',
    code: 'duplicate-id',
    file,
    line: 1,
    column: 1,
    message: `the id "x" is already used by ${other}`,
    hint: HINT,
  });
  const root = () => makeContentRoot({ 'incidents/a/x.md': incident('First'), 'incidents/b/x.md': incident('Second') });
  const now = new Date('2026-11-21T00:00:00Z');
  const duplicates = (list: readonly { code: string }[]) => list.filter((d) => d.code === 'duplicate-id');

  it('from the build and npm run check', () => {
    expect(duplicates(loadContentRoot(root()).diagnostics)).toEqual([expected('incidents/b/x.md', 'incidents/a/x.md')]);
  });

  it('from npm run check -- --changed, where the other file is not read', () => {
    expect(duplicates(checkContentRoot(root(), { now, only: new Set(['incidents/a/x.md']) }).diagnostics)).toEqual([
      expected('incidents/a/x.md', 'incidents/b/x.md'),
    ]);
  });

  it('from the CLI, before it writes a new file', () => {
    const ctx = openContext(new LocalWorkspace(root()), now);
    const plan: Plan = {
      command: 'new',
      file: 'incidents/x.md',
      after: incident('Third'),
      id: 'x',
      title: 'Third',
      kind: 'incident',
      components: [],
      what: 'a new incident',
      prTitle: 'Third',
    };
    expect(duplicates(validatePlan(ctx, plan).diagnostics)).toEqual([expected('incidents/x.md', 'incidents/a/x.md')]);
  });
});
