/**
 * Every folder under test/fixtures/broken is a complete content root with exactly one defect.
 * Its `expected.txt` lists the diagnostics the checker must report, one per line, as
 * `<file>:<line>:<col> <severity> <code>`. The positions were checked by hand against the files:
 * they say where the defect is, not merely where the checker happened to notice it.
 * An entry may go on as `npm run check` prints it: the message after the code, and the hint on
 * the indented lines below; then the whole text must match.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { formatHuman } from '../src/core/diagnostics/reporters/human.ts';

const REPO = resolve(import.meta.dirname, '..');
const BROKEN = join(import.meta.dirname, 'fixtures', 'broken');
const NOW = '2026-11-21T00:00:00Z';
const DEMO_NOW = '2026-11-22T00:00:00Z';

const cases = readdirSync(BROKEN)
  .filter((name) => statSync(join(BROKEN, name)).isDirectory())
  .sort();

const format = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

/** The entries of `expected.txt`: a line that starts an entry, with the indented hint lines under it. */
function expectedEntries(name: string): string[] {
  const entries: string[] = [];
  for (const line of readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (/^\s/.test(line) && entries.length) entries[entries.length - 1] += `\n${line.trimEnd()}`;
    else entries.push(line.trim());
  }
  return entries.sort();
}

/** A diagnostic as `npm run check` prints it, cut to the short form where the entry gives only that. */
function printed(d: Diagnostic, entries: readonly string[]): string {
  const short = format(d);
  return entries.includes(short) ? short : formatHuman([d], { color: false });
}

/** What `npm run check` reports: validation plus the policy and style rules. */
function load(name: string) {
  return checkContentRoot(join(BROKEN, name), { now: new Date(NOW) });
}

describe('broken content roots', () => {
  it('has a fixture for every kind of bad input, each with its expected diagnostics', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) expect(existsSync(join(BROKEN, name, 'expected.txt')), name).toBe(true);
  });

  it.each(cases)('%s: reports exactly the expected diagnostics', (name) => {
    const expected = expectedEntries(name);
    expect(expected.length, 'expected.txt is empty').toBeGreaterThan(0);
    const actual = load(name)
      .diagnostics.map((d) => printed(d, expected))
      .sort();
    expect(actual).toEqual(expected);
  });

  it.each(cases)('%s: every diagnostic says what is wrong and what to write instead', (name) => {
    const { diagnostics } = load(name);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.message.trim(), `${format(d)} has no message`).not.toBe('');
      expect(d.hint?.trim() ?? '', `${format(d)} (${d.message}) has no hint`).not.toBe('');
    }
  });

  it.each(cases)('%s: nothing from a broken file is published', (name) => {
    const content = load(name);
    const broken = new Set(content.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    for (const incident of content.incidents) expect(broken.has(incident.file), incident.file).toBe(false);
  });
});

describe('npm run check', () => {
  function check(env: Record<string, string>) {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!env.STATUS_DIR) delete childEnv.STATUS_DIR;
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--format', 'json'], {
      cwd: REPO,
      env: childEnv,
      encoding: 'utf8',
    });
    return { status: run.status, stderr: run.stderr, json: run.stdout ? JSON.parse(run.stdout) : undefined };
  }

  it('exits 1 on a broken content root and prints the findings as JSON', () => {
    const { status, stderr, json } = check({
      STATUS_DIR: join(BROKEN, 'frontmatter-unknown-component-list'),
      STATUS_NOW: NOW,
    });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(json).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          severity: 'error',
          code: 'unknown-component',
          file: 'incidents/2026-11-20-api.md',
          line: 5,
          column: 5,
          message: expect.stringMatching(/"apii".*"api"/),
          hint: expect.stringContaining('api, dashboard, email'),
        },
      ],
    });
  });

  it('prints a YAML mistake exactly as its fixture has it, in the human format too', () => {
    const name = 'frontmatter-yaml-indent-more';
    const run = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: REPO,
      env: { ...process.env, STATUS_DIR: join(BROKEN, name), STATUS_NOW: NOW, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8')}\n1 incident file checked: 1 error, 0 warnings\n`);
  });

  it('exits 0 on the clean demo content root', () => {
    const { status, stderr, json } = check({ STATUS_NOW: DEMO_NOW });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.errors).toBe(0);
    expect(json.files).toBeGreaterThan(0);
    expect(json.diagnostics.filter((d: Diagnostic) => d.severity === 'error')).toEqual([]);
  });
});
