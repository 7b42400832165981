import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PR_COMMENT_MARKER } from '../src/core/publish/pr-comment.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { FakeGitHub } from './helpers/fake-github.ts';
import { runScript } from './helpers/run-script.ts';

const NOW = '2026-11-20T15:00:00Z';
const OPEN = `---
title: Slow dashboard
impact: minor
components: [dashboard]
---

## 2026-11-20 14:05 UTC · Investigating
The dashboard loads slowly. Next update by 14:35 UTC.
`;
const NEW = `---
title: Elevated error rates on the REST API
impact: major
components: { api: partial_outage }
---

## 2026-11-20 14:50 UTC · Investigating
Some API requests fail. Ask @octocat. Next update by 15:20 UTC.
`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

let fake: FakeGitHub;
let repo: string;
let baseSha: string;

function event(headRepo = 'acme/status'): string {
  const path = join(repo, '..', `event-${Math.random()}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/status' } },
        head: { repo: { full_name: headRepo } },
      },
    }),
  );
  return path;
}

function env(extra: Record<string, string> = {}) {
  const summary = join(repo, '..', `summary-${Math.random()}.md`);
  writeFileSync(summary, '');
  return {
    summary,
    vars: {
      GITHUB_TOKEN: fake.token,
      GITHUB_REPOSITORY: 'acme/status',
      GITHUB_API_URL: fake.url,
      GITHUB_EVENT_PATH: event(),
      GITHUB_STEP_SUMMARY: summary,
      STATUS_NOW: NOW,
      BUILD_OUTCOME: 'success',
      ...extra,
    },
  };
}

beforeEach(async () => {
  repo = makeContentRoot({ 'incidents/2026-11-20-slow-dashboard.md': OPEN });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  // The pull request: a new incident, and an update on the open one.
  writeFileSync(join(repo, 'incidents/2026-11-20-api-errors.md'), NEW);
  writeFileSync(
    join(repo, 'incidents/2026-11-20-slow-dashboard.md'),
    OPEN.replace(
      '\n## 2026-11-20 14:05',
      '\n## 2026-11-20 14:40 UTC · Identified\nWe found the cause. Next update by 15:10 UTC.\n\n## 2026-11-20 14:05',
    ),
  );
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'pr');
  fake = new FakeGitHub({ files: {} });
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

describe('scripts/pr-comment.ts', () => {
  it('writes one comment with the new updates as customers read them, the statuses and the findings', async () => {
    const run = await runScript('pr-comment.ts', [], env().vars, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]!.body;
    expect(body.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(body).toContain('### New incident: Elevated error rates on the REST API');
    expect(body).toContain('### Changed incident: Slow dashboard');
    expect(body).toContain('2026-11-20 14:40 UTC · Identified (new)');
    expect(body).not.toContain('14:05 UTC · Investigating (new)'); // already on the page
    expect(body).toContain('<blockquote><p>We found the cause.');
    expect(body).not.toContain('<script');
    expect(body).toContain('@&#8203;octocat'); // no one gets pinged by content
    expect(body).toMatch(/After merging, the page says:\*\* Partial outage \(now: Degraded performance\)/);
    expect(body).toMatch(/\| REST API \| Operational \| \*\*Partial outage\*\* \|/);
    expect(body).toContain('### Findings');
    expect(body).toMatch(/⚠️ warning `incidents\/2026-11-20-slow-dashboard\.md:7:4` `policy-update-gap`/);
    expect(body).toContain('**Build:** the site builds');
    expect(fake.requests.every((r) => r.authorization === `token ${fake.token}`)).toBe(true);
  });

  it('reads each incident file once, of the head and of the base', async () => {
    const countsFile = join(repo, '..', `reads-${Math.random()}.json`);
    const preload = join(import.meta.dirname, 'helpers', 'count-reads.mjs');
    const run = await runScript('pr-comment.ts', [], { ...env().vars, COUNT_READS_FILE: countsFile }, repo, ['--import', preload]);
    expect(run.code).toBe(0);
    const counts = JSON.parse(readFileSync(countsFile, 'utf8')) as Record<string, number>;
    const incidents = Object.entries(counts).filter(([path]) => path.endsWith('.md') && path.includes('/incidents/'));
    const head = incidents.filter(([path]) => path.startsWith(repo)).map(([path, n]) => [path.slice(repo.length + 1), n]);
    const base = incidents
      .filter(([path]) => !path.startsWith(repo))
      .map(([path, n]) => [path.replace(/^.*\/incidents\//, 'incidents/'), n]);
    expect(head.sort()).toEqual([
      ['incidents/2026-11-20-api-errors.md', 1],
      ['incidents/2026-11-20-slow-dashboard.md', 1],
    ]);
    expect(base).toEqual([['incidents/2026-11-20-slow-dashboard.md', 1]]);
  });

  it('updates the same comment in place on the next push, and changes nothing when nothing changed', async () => {
    await runScript('pr-comment.ts', [], env().vars, repo);
    const again = await runScript('pr-comment.ts', [], env().vars, repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('up to date');
    expect(fake.comments).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);

    mkdirSync(join(repo, 'incidents/2026'), { recursive: true });
    writeFileSync(
      join(repo, 'incidents/2026/2026-11-19-email.md'),
      '---\ntitle: Delayed emails\nimpact: minor\ncomponents: [email]\n---\n\n## 2026-11-19 10:00 UTC · Resolved\nAll emails are delivered.\n',
    );
    const third = await runScript('pr-comment.ts', [], env({ BUILD_OUTCOME: 'failure' }).vars, repo);
    expect(third.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('New incident: Delayed emails');
    expect(fake.comments[0]!.body).toContain('**Build:** failed');
  });

  it('names a changed file that has errors, and leaves out what the page would say', async () => {
    writeFileSync(
      join(repo, 'incidents/2026-11-20-broken.md'),
      '---\ntitle: Broken\ncomponents: [apii]\n---\n\n## 2026-11-20 14:10 UTC · Investigating\nHi <script>alert(1)</script>\n',
    );
    const run = await runScript('pr-comment.ts', [], env().vars, repo);
    expect(run.code).toBe(0);
    const body = fake.comments[0]!.body;
    expect(body).toContain('### Not published: `incidents/2026-11-20-broken.md`');
    expect(body).toContain('The content has errors, so the page would not be built');
    expect(body).toMatch(/❌ error `incidents\/2026-11-20-broken\.md:3:\d+` `unknown-component`/);
    expect(body).not.toMatch(/[^\\]<script/); // quoted in findings as \<script\>, never as a tag
  });

  it('from a fork, makes no request and puts the preview in the job summary', async () => {
    const e = env();
    e.vars.GITHUB_EVENT_PATH = event('someone/status');
    const run = await runScript('pr-comment.ts', [], e.vars, repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fork');
    expect(fake.requests).toHaveLength(0);
    expect(readFileSync(e.summary, 'utf8')).toContain('New incident: Elevated error rates');
  });

  it('with a read-only token, warns and annotates instead of failing', async () => {
    fake.failures.forbidWrites = true;
    const e = env();
    const run = await runScript('pr-comment.ts', [], e.vars, repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::could not comment/);
    expect(readFileSync(e.summary, 'utf8')).toContain(PR_COMMENT_MARKER);
  });

  it('explains a rate limit and a bad token, and fails', async () => {
    fake.failures.rateLimitAfter = 0;
    const limited = await runScript('pr-comment.ts', [], env().vars, repo);
    expect(limited.code).toBe(1);
    expect(limited.stdout).toMatch(/::error::GitHub's API rate limit is used up/);
    fake.failures = {};
    const bad = await runScript('pr-comment.ts', [], env({ GITHUB_TOKEN: 'wrong' }).vars, repo);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('GitHub rejected the token');
  });

  it('refuses to run outside a pull_request event', async () => {
    const run = await runScript('pr-comment.ts', [], { ...env().vars, GITHUB_EVENT_PATH: '' }, repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pull_request');
  });
});
