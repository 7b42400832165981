import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StyleSchema } from '../src/core/content/config/config-schema.ts';
import * as blame from '../src/core/checks/style/phrases/blame.ts';
import * as promises from '../src/core/checks/style/phrases/promises.ts';
import * as speculation from '../src/core/checks/style/phrases/speculation.ts';

const MODULES = {
  '../src/core/checks/style/phrases/blame.ts': blame,
  '../src/core/checks/style/phrases/promises.ts': promises,
  '../src/core/checks/style/phrases/speculation.ts': speculation,
} as const;

const LISTS = Object.entries(MODULES).flatMap(([path, lists]) => Object.keys(lists).map((name) => ({ path, name })));

/** Lints `text` with a fresh module graph (so mocked phrase files take effect) and a cache file; returns the findings and the cache's salt. */
async function lintWithCache(cacheFile: string, text: string) {
  vi.resetModules();
  const { createStyleLinter } = await import('../src/core/checks/style/lint.ts');
  const lint = createStyleLinter({ style: StyleSchema.parse({}), enabled: () => true, cacheFile });
  const findings = lint(text, { line: 1 });
  lint.save(true);
  return { findings, salt: (JSON.parse(readFileSync(cacheFile, 'utf8')) as { salt: string }).salt };
}

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'statusmark-phrases-')), 'style.json');

describe('style phrase lists (src/core/style/phrases/)', () => {
  afterEach(() => {
    vi.doUnmock('../src/core/checks/style/phrases/blame.ts');
    vi.doUnmock('../src/core/checks/style/phrases/promises.ts');
    vi.doUnmock('../src/core/checks/style/phrases/speculation.ts');
    vi.resetModules();
  });

  it('are non-empty lists of lowercase phrases, each listed once', () => {
    expect(LISTS.length).toBe(10);
    for (const { path, name } of LISTS) {
      const list = (MODULES[path as keyof typeof MODULES] as Record<string, unknown>)[name];
      expect(Array.isArray(list), `${name} is a list`).toBe(true);
      const phrases = list as string[];
      expect(phrases.length, `${name} is not empty`).toBeGreaterThan(0);
      expect(new Set(phrases).size, `${name} has no duplicates`).toBe(phrases.length);
      for (const p of phrases) expect(p, `${name}: "${p}"`).toMatch(/^[a-z][a-z' -]*[a-z]$/);
    }
  });

  it.each(LISTS)('a change to $name changes the style cache key', async ({ path, name }) => {
    const file = cacheFile();
    const before = await lintWithCache(file, 'The disk filled up.');
    vi.doMock(path, async (importOriginal) => {
      const real = await importOriginal<Record<string, string[]>>();
      return { ...real, [name]: [...real[name]!, 'zzqx marker'] };
    });
    const after = await lintWithCache(file, 'The disk filled up.');
    expect(after.salt).not.toBe(before.salt);
  });

  it('text cached before a phrase was added is linted again and the new phrase found', async () => {
    const file = cacheFile();
    const text = 'We reckon the disk filled up.';
    expect((await lintWithCache(file, text)).findings).toEqual([]);
    vi.doMock('../src/core/checks/style/phrases/speculation.ts', () => ({
      ...speculation,
      SPECULATION: [...speculation.SPECULATION, 'we reckon'],
    }));
    const { findings } = await lintWithCache(file, text);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['style-speculation', '“We reckon” guesses at the cause; say only what you know'],
    ]);
  });
});
