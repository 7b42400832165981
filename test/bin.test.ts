/**
 * The `statusmark` bin (src/bin/statusmark.ts): dispatch to each command with the rest of the
 * arguments, one line per command in its help, --version from package.json, and an unknown
 * command answered with exit status 2 and the nearest command. In process where the bin's own
 * code decides; as a child process where a real command runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BinCommands, BinIo } from '../src/cli/bin-io.ts';
import { runBin } from '../src/cli/bin.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'src/bin/statusmark.ts');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

async function bin(argv: string[], commands?: BinCommands) {
  const out: string[] = [];
  const err: string[] = [];
  const io: BinIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd: REPO };
  const code = await runBin(argv, io, commands);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function spawnBin(args: string[], env: Record<string, string>, cwd = REPO) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('STATUS_')));
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...clean, ...env }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const HELP = `Usage: statusmark <command> [options]

Set up and upgrade a status repository:
  init         start a status repository: config, an example incident, workflows
  upgrade      bring the workflows and templates up to the installed version

Commands:
  check        validate the content and lint it against the policy and style rules
  new          write a new incident
  update       add an update to an incident's timeline
  resolve      add the Resolved update; components go back to operational
  maintenance  schedule maintenance, or add to it (maintenance update|complete <id>)
  report       add a post-incident report skeleton
  list         open incidents and upcoming maintenance at a glance

CI jobs (the workflows run these):
  deploy-plan  before a deploy: write the fingerprint, skip a deploy that changes nothing
  notify       after a deploy: announce new updates to the channels the config turns on
  step-times   at the end of a job: how long each of its steps took, in the job summary
  pr-comment   on a pull request: comment with what it changes on the page
  watchdog     open an issue when an update is 5 minutes overdue
  next-change  when the clock alone next changes the page, and what changes
  wait         in the timekeeper workflow: wait for the next change, then start the deploy or the watchdog
  dispatch     start the deploy, watchdog or timekeeper workflow now (actions: write)

Run \`statusmark <command> --help\` for the options and examples of each.
  -v, --version   print the version
  -h, --help      show this help`;

const RESOLVED = `---
title: Slow dashboard
impact: minor
components: [dashboard]
---
## 2026-11-20 14:20 UTC · Resolved
The dashboard is fast again.

## 2026-11-20 14:05 UTC · Investigating
The dashboard loads slowly. Next update by 14:35 UTC.
`;

describe('statusmark --help and --version', () => {
  it('lists every command on one line, the CI jobs under their own heading', async () => {
    for (const flag of ['--help', '-h', 'help']) expect(await bin([flag])).toEqual({ code: 0, stdout: HELP, stderr: '' });
  });

  it('puts the commands that set a repository up first, under their own heading, when there are any', async () => {
    const run = () => 0;
    const commands: BinCommands = {
      check: { group: 'content', summary: 'check it', run },
      init: { group: 'project', summary: 'start a status repository', run },
      watchdog: { group: 'ci', summary: 'watch it', run },
    };
    expect((await bin(['--help'], commands)).stdout).toBe(`Usage: statusmark <command> [options]

Set up and upgrade a status repository:
  init      start a status repository

Commands:
  check     check it

CI jobs (the workflows run these):
  watchdog  watch it

Run \`statusmark <command> --help\` for the options and examples of each.
  -v, --version   print the version
  -h, --help      show this help`);
  });

  it('prints the help with exit status 2 when no command is given', async () => {
    expect(await bin([])).toEqual({ code: 2, stdout: HELP, stderr: '' });
  });

  it('prints the version of package.json', async () => {
    expect(await bin(['--version'])).toEqual({ code: 0, stdout: VERSION, stderr: '' });
    expect(await bin(['-v'])).toEqual({ code: 0, stdout: VERSION, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('statusmark <unknown command>', () => {
  it('names the nearest command when the name is a plausible typo', async () => {
    expect(await bin(['chek', '--dir', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'unknown command "chek"; did you mean `statusmark check`?\n\nRun `statusmark --help` for what each command does.',
    });
    expect((await bin(['resolv'])).stderr).toBe(
      'unknown command "resolv"; did you mean `statusmark resolve`?\n\nRun `statusmark --help` for what each command does.',
    );
  });

  it('lists the commands when nothing is near', async () => {
    expect(await bin(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'unknown command "frobnicate"; the commands are: init, upgrade, check, new, update, resolve, maintenance, report, list, deploy-plan, notify, step-times, pr-comment, watchdog, next-change, wait, dispatch\n\nRun `statusmark --help` for what each command does.',
    });
  });

  it('says the same of `help <unknown>`, and treats no prototype name as a command', async () => {
    expect(await bin(['help', 'chek'])).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean `statusmark check`?') });
    expect(await bin(['constructor'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "constructor"') });
  });
});

describe('statusmark dispatch', () => {
  it('runs the named command with the arguments after its name and returns its exit status', async () => {
    const calls: { name: string; argv: readonly string[]; io: BinIo }[] = [];
    const fake = (name: string, code: number) => ({
      group: 'content' as const,
      summary: name,
      run: (argv: readonly string[], io: BinIo) => {
        calls.push({ name, argv, io });
        return code;
      },
    });
    const commands: BinCommands = { one: fake('one', 0), two: fake('two', 1) };
    expect((await bin(['two', '--dir', 'status', '-y'], commands)).code).toBe(1);
    expect((await bin(['help', 'one'], commands)).code).toBe(0);
    expect(calls.map(({ name, argv }) => ({ name, argv }))).toEqual([
      { name: 'two', argv: ['--dir', 'status', '-y'] },
      { name: 'one', argv: ['--help'] },
    ]);
    expect(calls[0]!.io.cwd).toBe(REPO);
  });

  it('`statusmark check --dir <folder>` checks that content root, as STATUS_DIR does', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-slow-dashboard.md': RESOLVED });
    const ok = spawnBin(['check', '--dir', root, '--no-cache'], { STATUS_NOW: '2026-11-21T00:00:00Z' });
    expect(ok).toEqual({ code: 0, stdout: '1 incident file checked: 0 errors, 0 warnings\n', stderr: '' });
    const broken = makeContentRoot({}, BASE_CONFIG.replace('url: https://status.test.example', 'url: status.test.example'));
    const bad = spawnBin(['check', '--no-cache'], { STATUS_DIR: broken, STATUS_NOW: '2026-11-21T00:00:00Z' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('status.config.yaml:2:');
  });

  it('`statusmark check` speaks of itself in its help and usage errors', () => {
    const help = spawnBin(['help', 'check'], {});
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Usage: statusmark check [options]');
    expect(help.stdout).toContain('  --dir <folder>     the content root to check (default: STATUS_DIR, or the current folder)\n');
    expect(spawnBin(['check', '--fromat', 'json'], {})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'unknown option "--fromat"; did you mean "--format"?\n\nRun `statusmark check --help` for the options.\n',
    });
  });

  it('`statusmark list` and `statusmark new` run the authoring commands', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-slow-dashboard.md': RESOLVED });
    const env = { STATUS_DIR: root, STATUS_NOW: '2026-11-21T00:00:00Z' };
    expect(spawnBin(['list'], env)).toMatchObject({ code: 0, stdout: expect.stringContaining('No open incidents') });
    const made = spawnBin(
      [
        'new',
        '--title',
        'API errors',
        '--impact',
        'minor',
        '--components',
        'api',
        '--message',
        'Some requests fail.',
        '--dry-run',
        '--no-input',
      ],
      env,
    );
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('title: API errors');
  });
});
