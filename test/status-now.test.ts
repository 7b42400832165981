/**
 * STATUS_NOW takes the time forms incident files take, with their zone, and nothing else: a date
 * that does not exist or a fragment is refused with what was given and an example, by
 * `npm run check`, `npm run build` and `npm run status` alike, instead of silently becoming
 * another day.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nowFromEnv } from '../src/core/shared/env.ts';
import { BuildError, buildSite } from './helpers/build.ts';
import { runCli } from './helpers/cli.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const REPO = resolve(import.meta.dirname, '..');

const REFUSED: [string, string][] = [
  [
    '2026-02-30T00:00:00Z',
    'STATUS_NOW="2026-02-30T00:00:00Z" is not a real date and time; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z',
  ],
  ['0Z', 'STATUS_NOW="0Z" is not a time; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z'],
  [
    '2026-11-20T14:05:00',
    'STATUS_NOW="2026-11-20T14:05:00" has no time zone; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z',
  ],
  ['2026-11-20', 'STATUS_NOW="2026-11-20" is not a time; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z'],
  [
    '2026-11-20T24:30:00Z',
    'STATUS_NOW="2026-11-20T24:30:00Z" is not a real date and time; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z',
  ],
  ['tomorrow', 'STATUS_NOW="tomorrow" is not a time; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z'],
];

describe('nowFromEnv', () => {
  it.each(REFUSED)('refuses %s, saying what was given and what to write', (given, message) => {
    expect(() => nowFromEnv({ STATUS_NOW: given })).toThrow(message);
  });

  it.each([
    ['2026-11-20T14:05:00Z', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05Z', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20 14:05 UTC', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T15:05:00+01:00', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T14:05:00.000Z', '2026-11-20T14:05:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('reads %s', (given, iso) => {
    expect(nowFromEnv({ STATUS_NOW: given }).toISOString()).toBe(iso);
  });

  it('is the clock when STATUS_NOW is unset or empty', () => {
    for (const env of [{}, { STATUS_NOW: '' }]) {
      expect(Math.abs(nowFromEnv(env).getTime() - Date.now())).toBeLessThan(5_000);
    }
  });
});

describe('an invalid STATUS_NOW is refused everywhere', () => {
  const [given, message] = REFUSED[0]!;

  it('by npm run check, with exit status 2', () => {
    const root = makeContentRoot({});
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/check.ts')], {
      cwd: root,
      env: { ...process.env, STATUS_DIR: root, STATUS_NOW: given },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('by npm run status', async () => {
    const run = await runCli(['new', '--no-input', '--title', 'Slow dashboard', '--components', 'dashboard'], {
      STATUS_DIR: makeContentRoot({}),
      STATUS_NOW: '0Z',
    });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(REFUSED[1]![1]);
  });

  it('by npm run build, before anything is written, with the message and no stack trace', () => {
    let failure: unknown;
    try {
      buildSite(makeContentRoot({}), given);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildError);
    const { output, dir } = failure as BuildError;
    expect(output).toContain(message);
    expect(output).toContain('leave STATUS_NOW unset to build at the current time');
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });
});
