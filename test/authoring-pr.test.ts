/**
 * `--pr` against a GitHub stand-in on 127.0.0.1 (test/helpers/fake-github.ts): the requests in
 * order, their payloads, the file that lands on the branch, and every way it can fail.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';
import { FakeGitHub, type FakeGitHubOptions } from './helpers/fake-github.ts';

const INCIDENT = `---
title: API errors
impact: major
components: [api]
---

## 2026-11-20 14:05 UTC · Investigating
Some requests fail. Next update by 14:35 UTC.
`;
const FILES = { 'status.config.yaml': BASE_CONFIG, 'incidents/2026-11-20-api.md': INCIDENT, 'README.md': '# Our status page\n' };
const NOW = '2026-11-20T14:30:00Z';
const UPDATE = [
  'update',
  '2026-11-20-api',
  '--status',
  'monitoring',
  '--components',
  'api=ok',
  '--message',
  'A fix is deployed. Next update by 15:00 UTC.',
  '--pr',
];
const BRANCH = 'status/2026-11-20-api/update-20261120-1430';

let servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

async function github(options: Partial<FakeGitHubOptions> = {}) {
  const gh = new FakeGitHub({ files: FILES, ...options });
  servers.push(gh);
  await gh.start();
  return gh;
}

const envFor = (gh: FakeGitHub, extra: Record<string, string | undefined> = {}) => ({
  STATUS_NOW: NOW,
  STATUS_DIR: '/nonexistent/no-clone-needed',
  GITHUB_TOKEN: gh.token,
  GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
  GITHUB_API_URL: gh.url,
  ...extra,
});

const EXPECTED_FILE = `---
title: API errors
impact: major
components: [api]
---

## 2026-11-20 14:30 UTC · Monitoring
Components: api = operational

A fix is deployed. Next update by 15:00 UTC.

## 2026-11-20 14:05 UTC · Investigating
Some requests fail. Next update by 14:35 UTC.
`;

describe('--pr', () => {
  it('reads from GitHub, commits the file on a new branch and opens a pull request', async () => {
    const gh = await github();
    const base = gh.refs.get('heads/main')!;
    const run = await runCli(UPDATE, envFor(gh));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Opened pull request #1: https://github.example/acme/status/pull/1`);
    const tree = gh.commits.get(base)!.tree;
    expect(gh.sequence).toEqual([
      'GET …',
      'GET …/git/ref/heads/main',
      `GET …/git/commits/${base}`,
      `GET …/git/trees/${tree}?recursive=true`,
      `GET …/git/blobs/${gh.blobAt('main', 'status.config.yaml')}`,
      `GET …/git/blobs/${gh.blobAt('main', 'incidents/2026-11-20-api.md')}`,
      `GET …/git/ref/heads/${BRANCH}`,
      'POST …/git/trees',
      'POST …/git/commits',
      'POST …/git/refs',
      'POST …/pulls',
    ]);
    expect(gh.requests.every((r) => r.authorization === `token ${gh.token}`)).toBe(true);
    const [treeReq, commitReq, refReq, pullReq] = gh.requests.slice(7).map((r) => r.body as Record<string, unknown>);
    expect(treeReq).toEqual({
      base_tree: tree,
      tree: [{ path: 'incidents/2026-11-20-api.md', mode: '100644', type: 'blob', content: EXPECTED_FILE }],
    });
    expect(commitReq).toMatchObject({ message: 'status: API errors: Monitoring update', parents: [base] });
    expect(refReq).toMatchObject({ ref: `refs/heads/${BRANCH}` });
    expect(pullReq).toMatchObject({ title: 'API errors: Monitoring update', head: BRANCH, base: 'main' });
    const body = String(pullReq!.body);
    expect(body).toContain('### Monitoring · 2026-11-20 14:30 UTC');
    expect(body).toContain('> A fix is deployed. Next update by 15:00 UTC.');
    expect(body).toContain('| REST API | Operational |');
    expect(body).toContain('`npm run check`: no findings.');
    // The branch holds exactly the new file; the rest of the repository is untouched; main is unchanged.
    expect(gh.fileAt(BRANCH, 'incidents/2026-11-20-api.md')).toBe(EXPECTED_FILE);
    expect(gh.fileAt(BRANCH, 'README.md')).toBe(FILES['README.md']);
    expect(gh.refs.get('heads/main')).toBe(base);
  });

  it('resolve --in-error commits the flag and the final update, and names the pull request so', async () => {
    const gh = await github();
    const run = await runCli(['resolve', '2026-11-20-api', '--in-error', '--pr'], envFor(gh));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const branch = 'status/2026-11-20-api/resolve-20261120-1430';
    expect(run.stdout).toContain(`the final update, marked as opened in error in incidents/2026-11-20-api.md, on branch ${branch}`);
    expect(gh.fileAt(branch, 'incidents/2026-11-20-api.md')).toBe(`---
title: API errors
impact: major
components: [api]
opened_in_error: true
---

## 2026-11-20 14:30 UTC · Resolved
This incident was opened in error. Our services were not affected.

## 2026-11-20 14:05 UTC · Investigating
Some requests fail. Next update by 14:35 UTC.
`);
    const pull = gh.requests.find((r) => r.path.endsWith('/pulls'))!.body as Record<string, unknown>;
    expect(pull).toMatchObject({ title: 'Opened in error: API errors', head: branch, base: 'main' });
  });

  it('--merge merges the pull request and deletes the branch', async () => {
    const gh = await github();
    const run = await runCli([...UPDATE, '--merge'], envFor(gh));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Opened and merged pull request #1');
    expect(gh.sequence.slice(-2)).toEqual(['PUT …/pulls/1/merge', `DELETE …/git/refs/heads/${BRANCH}`]);
    expect(gh.requests.at(-2)!.body).toMatchObject({ merge_method: 'squash' });
    expect(gh.fileAt('main', 'incidents/2026-11-20-api.md')).toBe(EXPECTED_FILE);
  });

  it('creates new files from the repository’s listing, with flags instead of the environment (but GH_TOKEN)', async () => {
    const gh = await github({ files: { 'site/status.config.yaml': BASE_CONFIG, 'site/incidents/2026-11-20-api.md': INCIDENT } });
    gh.refs.set('heads/release', gh.refs.get('heads/main')!);
    const run = await runCli(
      [
        'new',
        '--title',
        'API',
        '--impact',
        'minor',
        '--message',
        'Slow. Next update by 15:00 UTC.',
        '--pr',
        '--repo',
        'acme/status',
        '--api-url',
        gh.url,
        '--base',
        'release',
        '--content-dir',
        'site',
        '--branch',
        'hotfix/api',
      ],
      { STATUS_NOW: NOW, GH_TOKEN: gh.token },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(gh.pulls[0]).toMatchObject({ head: 'hotfix/api', base: 'release', title: 'Incident: API (Investigating)' });
    // The id 2026-11-20-api is taken on GitHub, so the new file gets the next free one, under --content-dir.
    expect(gh.fileAt('hotfix/api', 'site/incidents/2026-11-20-api-2.md')).toBe(
      '---\ntitle: API\nimpact: minor\n---\n\n## 2026-11-20 14:30 UTC · Investigating\nSlow. Next update by 15:00 UTC.\n',
    );
    expect(gh.fileAt('hotfix/api', 'site/incidents/2026-11-20-api.md')).toBe(INCIDENT);
    expect(gh.refs.get('heads/release')).toBe(gh.refs.get('heads/main'));
  });

  it('finds the incidents when the repository is too large for one listing (GitHub truncates it)', async () => {
    const assets = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`assets/logo-${String(i).padStart(2, '0')}.svg`, `<svg>${i}</svg>`]),
    );
    const gh = await github({ files: { ...FILES, ...assets } });
    gh.failures = { treeLimit: 20 }; // the recursive listing stops inside assets/, before incidents/
    const run = await runCli(UPDATE, envFor(gh));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const root = gh.treeAt('main')!;
    const incidents = gh.trees.get(root)!.find((e) => e.path === 'incidents')!.sha;
    expect(gh.sequence.slice(3, 6)).toEqual([
      `GET …/git/trees/${root}?recursive=true`,
      `GET …/git/trees/${root}`,
      `GET …/git/trees/${incidents}?recursive=true`,
    ]);
    expect(gh.fileAt(BRANCH, 'incidents/2026-11-20-api.md')).toBe(EXPECTED_FILE);
  });

  it('refuses clearly when GitHub cannot list even one folder whole', async () => {
    const gh = await github();
    gh.failures = { treeLimit: 2 };
    const run = await runCli(UPDATE, envFor(gh));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      '✖ GitHub cut short the list of the top folder in acme/status (too many files for one request), so not every incident can be read from it',
      '  run the command in a clone of the repository, without --pr; or keep fewer files in that folder (incidents can go in year folders, incidents/2026/…)',
    ]);
    expect(gh.requests.some((r) => r.method !== 'GET')).toBe(false);
  });

  it('validates before anything is written: an invalid result opens nothing', async () => {
    const gh = await github();
    const run = await runCli(['update', '2026-11-20-api', '--at', '2026-11-20 16:00 UTC', '--message', 'x', '--pr'], envFor(gh));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('update-in-future');
    expect(gh.requests.some((r) => r.method !== 'GET')).toBe(false);
  });
});

describe('--pr errors', () => {
  const cases: [string, (gh: FakeGitHub) => Record<string, string | undefined>, RegExp, ((gh: FakeGitHub) => void)?][] = [
    [
      'a missing token',
      (gh) => envFor(gh, { GITHUB_TOKEN: undefined }),
      /^✖ --pr needs a GitHub token, and there is none in GITHUB_TOKEN or GH_TOKEN, nor from `gh auth token`$/m,
    ],
    ['an invalid token', (gh) => envFor(gh, { GITHUB_TOKEN: 'ghp_wrong' }), /GitHub rejected the token \(401 Bad credentials\)/],
    ['a missing repository', (gh) => envFor(gh, { GITHUB_REPOSITORY: undefined }), /needs the repository .* GITHUB_REPOSITORY is not set/],
    [
      'a malformed repository',
      (gh) => envFor(gh, { GITHUB_REPOSITORY: 'just-a-name' }),
      /"just-a-name" is not a repository; write it as owner\/repo/,
    ],
    [
      'a repository that does not exist',
      (gh) => envFor(gh, { GITHUB_REPOSITORY: 'acme/nope' }),
      /the repository acme\/nope was not found, or the token cannot see it/,
    ],
    ['a base branch that does not exist', (gh) => ({ ...envFor(gh) }), /the branch "nope" does not exist in acme\/status/],
    ['a read-only token', (gh) => envFor(gh), /may read acme\/status but not push to it/, (gh) => (gh.permissions = { push: false })],
    [
      'a token that may not write (403)',
      (gh) => envFor(gh),
      /the token may not create the commit tree in acme\/status \(403 Resource not accessible by integration\)/,
      (gh) => ((gh.permissions = undefined), (gh.failures = { forbidWrites: true })),
    ],
    [
      'the rate limit',
      (gh) => envFor(gh),
      /rate limit is used up \(while trying to read .*\); it resets at 15:00 UTC/,
      (gh) => (gh.failures = { rateLimitAfter: 4 }),
    ],
    [
      'a branch that already exists',
      (gh) => envFor(gh),
      /the branch "status\/2026-11-20-api\/update-20261120-1430" already exists in acme\/status/,
      (gh) => gh.refs.set(`heads/${BRANCH}`, gh.refs.get('heads/main')!),
    ],
    [
      'a branch created meanwhile (422)',
      (gh) => envFor(gh),
      /already exists/,
      (gh) => (gh.refs.set(`heads/${BRANCH}`, gh.refs.get('heads/main')!), (gh.failures = { hideRefs: true })),
    ],
  ];

  it.each(cases)('%s: a clear message, exit 1, no pull request', async (name, envOf, message, setup) => {
    const gh = await github();
    setup?.(gh);
    const args = name.startsWith('a base branch') ? [...UPDATE, '--base', 'nope'] : UPDATE;
    const run = await runCli(args, envOf(gh));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')[1]?.trim()).toBeTruthy(); // and a hint on what to do
    expect(gh.pulls).toEqual([]);
    if (name === 'a missing token' || name.includes('repository')) expect(gh.requests.filter((r) => r.path.includes('/git/'))).toEqual([]);
  });

  it('a missing token makes no request at all', async () => {
    const gh = await github();
    await runCli(UPDATE, envFor(gh, { GITHUB_TOKEN: undefined }));
    expect(gh.requests).toEqual([]);
  });

  it('a merge that GitHub refuses leaves the pull request open and says so', async () => {
    const gh = await github();
    gh.failures = { mergeFails: true };
    const run = await runCli([...UPDATE, '--merge'], envFor(gh));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('opened https://github.example/acme/status/pull/1, but could not merge it');
    expect(gh.pulls[0]!.merged).toBe(false);
  });

  it('GitHub out of reach', async () => {
    const gh = await github();
    await gh.stop();
    const run = await runCli(UPDATE, envFor(gh));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/could not reach GitHub while trying to read the repository/);
  });

  it('--merge needs --pr', async () => {
    const run = await runCli(['resolve', 'x', '--merge'], { STATUS_NOW: NOW });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--merge only works with --pr');
  });
});

describe('--pr: where the token comes from (issue 17)', () => {
  /** A stand-in for the GitHub CLI on PATH: logs its arguments, prints `token` or fails as `gh` does when logged out. */
  function fakeGh(token: string | undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'statusmark-gh-'));
    const log = join(dir, 'calls.log');
    const body = token ? `echo "${token}"` : 'echo "no oauth token found for 127.0.0.1" >&2; exit 1';
    writeFileSync(join(dir, 'gh'), `#!/bin/sh\necho "$@" >> "${log}"\n${body}\n`, { mode: 0o755 });
    return { PATH: dir, calls: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') };
  }

  it.each([
    ['--token <value>', ['--token', 'ghp_secret123']],
    ['--token=<value>', ['--token=ghp_secret123']],
    ['--token with no value', ['--token']],
  ])('refuses %s, says how to pass the token, and never repeats it', async (_name, flag) => {
    const gh = await github();
    const run = await runCli([...UPDATE, ...flag], envFor(gh));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '--token is not taken: a token on the command line stays in your shell history and shows in the list of running processes.\n' +
        'Set GITHUB_TOKEN or GH_TOKEN in the environment, or log in once with the GitHub CLI (`gh auth login`), and run the command again without --token.' +
        (flag.join('').includes('ghp_') ? '\nIf that was a real token, revoke it now: https://github.com/settings/tokens' : ''),
    );
    expect(run.stderr).not.toContain('secret123');
    expect(gh.requests).toEqual([]);
  });

  it('--help says where the token comes from, and offers no --token', async () => {
    const help = await runCli(['update', '--help'], {});
    expect(help.stdout).not.toContain('--token');
    expect(help.stdout).toContain(
      'The token comes from\n                        $GITHUB_TOKEN or $GH_TOKEN, else from `gh auth token` (the GitHub CLI)',
    );
    const general = await runCli(['--help'], {});
    expect(general.stdout).toContain('GITHUB_TOKEN or GH_TOKEN   the token for --pr; without either, `gh auth token` when the');
  });

  it('takes GH_TOKEN when GITHUB_TOKEN is not set', async () => {
    const gh = await github();
    const run = await runCli(UPDATE, envFor(gh, { GITHUB_TOKEN: undefined, GH_TOKEN: gh.token }));
    expect(run.code).toBe(0);
    expect(gh.requests.every((r) => r.authorization === `token ${gh.token}`)).toBe(true);
  });

  it('asks `gh auth token` for the API’s host when neither is set', async () => {
    const gh = await github();
    const cli = fakeGh(gh.token);
    const run = await runCli(UPDATE, envFor(gh, { GITHUB_TOKEN: undefined, PATH: cli.PATH }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(cli.calls()).toBe(`auth token --hostname ${new URL(gh.url).host}\n`);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.authorization === `token ${gh.token}`)).toBe(true);
  });

  it('does not run `gh` when the environment has a token', async () => {
    const gh = await github();
    const cli = fakeGh('ghp_from_gh');
    const run = await runCli(UPDATE, envFor(gh, { PATH: cli.PATH }));
    expect(run.code).toBe(0);
    expect(cli.calls()).toBe('');
  });

  it.each([
    ['`gh` is logged out', () => fakeGh(undefined).PATH],
    ['`gh` is not installed', () => mkdtempSync(join(tmpdir(), 'statusmark-no-gh-'))],
  ])('says where a token may come from when %s', async (_name, path) => {
    const gh = await github();
    const run = await runCli(UPDATE, envFor(gh, { GITHUB_TOKEN: undefined, PATH: path() }));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      '✖ --pr needs a GitHub token, and there is none in GITHUB_TOKEN or GH_TOKEN, nor from `gh auth token`',
      '  set GITHUB_TOKEN or GH_TOKEN to a token that may write to the repository, or log in with `gh auth login`: a fine-grained token with "Contents" and "Pull requests" set to read and write, or a classic token with the `repo` scope. In GitHub Actions, use `secrets.GITHUB_TOKEN` with `permissions: { contents: write, pull-requests: write }`',
    ]);
    expect(gh.requests).toEqual([]);
  });
});
