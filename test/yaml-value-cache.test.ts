/**
 * The frontmatter value cache of `npm run check` (checks/yaml-value-cache.ts): a second run does
 * not parse unchanged frontmatter with the `yaml` library, an edited text is parsed again, and
 * what the check says is the same with and without the cache, on every broken fixture.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as yaml from 'yaml';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { YamlValueCache, yamlValueSalt } from '../src/core/checks/yaml-value-cache.ts';
import { DiagnosticBag } from '../src/core/diagnostics/diagnostics.ts';
import { REPORTERS } from '../src/core/diagnostics/reporters/index.ts';
import { splitFrontmatter } from '../src/core/content/frontmatter-split.ts';
import { YamlSource } from '../src/core/content/yaml/yaml-source.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { runScript } from './helpers/run-script.ts';

// A spy on the library's parser, so "not parsed again" is seen where parsing happens.
vi.mock('yaml', async (original) => {
  const actual = await original<typeof yaml>();
  return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
const parsed = () => vi.mocked(yaml.parseDocument).mock.calls.map((call) => call[0]);

const NOW = new Date('2026-11-21T00:00:00Z');
const BROKEN = join(import.meta.dirname, 'fixtures', 'broken');
const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'statusmark-yaml-cache-')), 'yaml.bin');

const incident = (title: string, extra = '') => `---
title: ${title}
impact: minor
components: [api]${extra}
---

## 2026-11-20 14:05 UTC · Investigating
Some requests fail.
`;

function archive() {
  return makeContentRoot({
    'incidents/2026-11-18-a.md': incident('Slow responses'),
    'incidents/2026-11-19-b.md': incident('Failed logins'),
    'incidents/2026-11-20-c.md': incident('Delayed email'),
  });
}

function run(root: string, file?: string, only?: ReadonlySet<string>) {
  vi.mocked(yaml.parseDocument).mockClear();
  const result = checkContentRoot(root, { now: NOW, ...(file ? { yamlCacheFile: file } : {}), ...(only ? { only } : {}) });
  return { result, parsed: parsed().filter((text) => !text.startsWith('name: ')) };
}

describe('the frontmatter value cache', () => {
  it('parses each frontmatter once, and not again on the next run while the files are unchanged', () => {
    const root = archive();
    const file = cacheFile();
    const first = run(root, file);
    expect(first.parsed).toHaveLength(3);
    const second = run(root, file);
    expect(second.parsed).toEqual([]);
    expect(second.result.incidents).toEqual(first.result.incidents);
    expect(second.result.diagnostics).toEqual(first.result.diagnostics);
  });

  it('parses an edited file again, and only that one', () => {
    const root = archive();
    const file = cacheFile();
    run(root, file);
    writeFileSync(join(root, 'incidents/2026-11-19-b.md'), incident('Failed logins', '\nworkaround: Sign in again.'));
    const edited = run(root, file);
    expect(edited.parsed).toEqual(['\ntitle: Failed logins\nimpact: minor\ncomponents: [api]\nworkaround: Sign in again.']);
    expect(edited.result.incidents.find((i) => i.id === '2026-11-19-b')?.workaround).toBe('Sign in again.');
    expect(run(root, file).parsed).toEqual([]);
  });

  it('parses a position only when a finding needs one, and places it as without the cache', () => {
    const root = archive();
    const file = cacheFile();
    run(root, file);
    // `resolved` before the first update: the finding needs the line and column of `resolved`.
    writeFileSync(join(root, 'incidents/2026-11-20-c.md'), incident('Delayed email', '\nresolved: 2026-11-20 13:00 UTC'));
    const withoutCache = run(root).result.diagnostics;
    run(root, file);
    const cached = run(root, file);
    expect(cached.parsed).toHaveLength(1);
    expect(cached.result.diagnostics).toEqual(withoutCache);
    expect(withoutCache.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toContain(
      'incidents/2026-11-20-c.md:5:11 resolved-before-started',
    );
  });

  it('drops the values of texts no longer present after a full run, keeps them after --changed', () => {
    const root = archive();
    const file = cacheFile();
    run(root, file);
    const gone = '\ntitle: Slow responses\nimpact: minor\ncomponents: [api]';
    writeFileSync(join(root, 'incidents/2026-11-18-a.md'), incident('Slow API responses'));
    run(root, file, new Set(['incidents/2026-11-18-a.md']));
    expect(new YamlValueCache(file).recall(gone)).toEqual({ js: { title: 'Slow responses', impact: 'minor', components: ['api'] } });
    run(root, file);
    expect(new YamlValueCache(file).recall(gone)).toBeUndefined();
    expect(new YamlValueCache(file).recall(gone.replace('Slow', 'Slow API'))).toBeDefined();
  });

  it('ignores a corrupt, truncated or foreign cache file and writes a good one in its place', () => {
    const root = archive();
    const good = run(root).result;
    const file = cacheFile();
    run(root, file);
    const saved = readFileSync(file);
    const flipped = Buffer.from(saved);
    flipped[flipped.length - 3] = flipped[flipped.length - 3]! ^ 0xff;
    for (const bad of [Buffer.from('not a cache'), saved.subarray(0, saved.length >> 1), flipped, Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      const again = run(root, file);
      expect(again.parsed).toHaveLength(3);
      expect(again.result.diagnostics).toEqual(good.diagnostics);
      expect(again.result.incidents).toEqual(good.incidents);
      expect(run(root, file).parsed).toEqual([]);
    }
  });

  it('forgets every value when the yaml library, the options or the schema version change', () => {
    const file = cacheFile();
    const cache = new YamlValueCache(file);
    cache.remember('a: 1\n', { a: 1 });
    cache.save(true);
    expect(new YamlValueCache(file).recall('a: 1\n')).toEqual({ js: { a: 1 } });
    expect(new YamlValueCache(file, yamlValueSalt().replace(/"yaml":"[^"]+"/, '"yaml":"0.0.0"')).recall('a: 1\n')).toBeUndefined();
    expect(yamlValueSalt()).toContain(
      `"yaml":"${(JSON.parse(readFileSync('node_modules/yaml/package.json', 'utf8')) as { version: string }).version}"`,
    );
  });

  it('keeps what JSON would lose (Infinity, NaN, -0, a __proto__ key), and no caller can change what it keeps', () => {
    const file = cacheFile();
    const text = 'inf: .inf\nnan: .nan\nzero: -0.0\n__proto__: { polluted: true }\nlist: [1, 2]\n';
    const first = new YamlSource(text, 1, new YamlValueCache(file));
    expect(first.reportSyntax(new DiagnosticBag('x'))).toBe(true);
    const direct = first.toJS();
    const writer = new YamlValueCache(file);
    writer.remember(text, direct);
    ((direct as Record<string, unknown>).list as number[]).push(99);
    writer.save(true);
    const reader = new YamlValueCache(file);
    const recalled = reader.recall(text)!.js as Record<string, unknown>;
    expect(recalled).toStrictEqual(new YamlSource(text).toJS());
    expect(Object.is(recalled.zero, -0)).toBe(true);
    expect(Object.getPrototypeOf(recalled)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(recalled.list).toEqual([1, 2]);
    expect(() => (recalled.list as number[]).push(3)).toThrow(TypeError);
    expect(() => (recalled.inf = 0)).toThrow(TypeError);
    expect((reader.recall(text)!.js as { list: number[] }).list).toEqual([1, 2]);
  });

  it('does not remember a value the serializer would change', () => {
    const cache = new YamlValueCache(cacheFile());
    cache.remember('x', { when: new Date(0) });
    cache.remember('y', new (class Thing {})());
    cache.remember('z', { data: new Uint8Array([1]) });
    expect(cache.recall('x')).toBeUndefined();
    expect(cache.recall('y')).toBeUndefined();
    expect(cache.recall('z')).toBeUndefined();
  });
});

describe('every broken fixture and the demo content, with and without the cache', () => {
  const cases = [...readdirSync(BROKEN).filter((name) => statSync(join(BROKEN, name)).isDirectory()), '../../..'];

  const printed = (result: ReturnType<typeof checkContentRoot>) =>
    Object.values(REPORTERS).map((report) =>
      report({ diagnostics: result.diagnostics, files: result.files, color: false, pathPrefix: 'site/' }),
    );

  it.each(cases)('%s: the same findings, at the same positions, and the same incidents', (name) => {
    const root = join(BROKEN, name);
    const plain = run(root).result;
    const file = cacheFile();
    const filling = run(root, file).result;
    const cached = run(root, file);
    for (const result of [filling, cached.result]) {
      expect(result.diagnostics).toEqual(plain.diagnostics);
      expect(result.incidents).toEqual(plain.incidents);
      expect(result.files).toBe(plain.files);
      expect(printed(result)).toEqual(printed(plain));
    }
  });
});

describe('npm run check and its cache', () => {
  const env = { STATUS_DIR: join(BROKEN, 'frontmatter-unknown-component-list'), STATUS_NOW: NOW.toISOString(), NO_COLOR: '1' };
  const cacheDir = (cwd: string) => join(cwd, 'node_modules', '.cache', 'statusmark');

  it('prints the same in every format on the run that fills the cache and on the run that uses it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'statusmark-check-cwd-'));
    for (const format of Object.keys(REPORTERS)) {
      const plain = await runScript('check.ts', ['--format', format, '--no-cache'], env, cwd);
      expect(plain.code).toBe(1);
      expect(plain.stdout).toContain('unknown-component');
      for (let i = 0; i < 2; i++) expect(await runScript('check.ts', ['--format', format], env, cwd)).toEqual(plain);
    }
    expect(readdirSync(cacheDir(cwd)).filter((f) => /^yaml-[0-9a-f]{12}\.bin$/.test(f))).toHaveLength(1);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'statusmark-check-cwd-'));
    const plain = await runScript('check.ts', ['--no-cache'], env, cwd);
    expect(plain.code).toBe(1);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
    // A cache that would say something else, were it read: --no-cache must parse the file itself.
    const run1 = await runScript('check.ts', [], env, cwd);
    const [name] = readdirSync(cacheDir(cwd));
    const file = join(cacheDir(cwd), name!);
    const lying = new YamlValueCache(file);
    const { yaml: text } = splitFrontmatter(readFileSync(join(env.STATUS_DIR, 'incidents/2026-11-20-api.md'), 'utf8'));
    expect(lying.recall(text)).toBeDefined();
    lying.remember(text, { title: 'Cached', impact: 'minor', components: ['api'] });
    lying.save(true);
    expect((await runScript('check.ts', [], env, cwd)).stdout).not.toEqual(run1.stdout);
    expect(await runScript('check.ts', ['--no-cache'], env, cwd)).toEqual(plain);
  });
});
