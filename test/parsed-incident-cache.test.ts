/**
 * The build's cache of parsed incident files (content/parsed-incident-cache.ts): a second build
 * parses only the files that changed; what it reads is the same with and without the cache, on
 * every broken fixture; and an entry is not used once the file, the components it names, the
 * domain code or the lockfile changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as parse from '../src/core/content/parse-incident.ts';
import { loadContentRoot } from '../src/core/content/load.ts';
import { ParsedIncidentCache, parsedIncidentSalt } from '../src/core/content/parsed-incident-cache.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

// A spy on the parser, so "not parsed again" is seen where parsing happens.
vi.mock('../src/core/content/parse-incident.ts', async (original) => {
  const actual = await original<typeof parse>();
  return { ...actual, parseIncident: vi.fn(actual.parseIncident) };
});
const parsedFiles = () => vi.mocked(parse.parseIncident).mock.calls.map((call) => call[0]);

const BROKEN = join(import.meta.dirname, 'fixtures', 'broken');
const CORE = fileURLToPath(new URL('../src/core/', import.meta.url));
const SALT = parsedIncidentSalt('lockfile');
const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'statusmark-parsed-cache-')), 'parsed.v8');

const incident = (title: string, component = 'api') => `---
title: ${title}
impact: minor
components: [${component}]
---

## 2026-11-20 14:05 UTC · Investigating
Some requests fail.
`;

/** One build's read of `root` with the cache in `file` (saved after, as the build does). */
function load(root: string, file: string, salt = SALT) {
  vi.mocked(parse.parseIncident).mockClear();
  const cache = new ParsedIncidentCache(file, salt);
  const content = loadContentRoot(root, { parsed: cache });
  cache.save();
  return { content, parsed: parsedFiles() };
}

describe('the parsed incident cache', () => {
  it('parses on the first build, and on the next only the file that changed', () => {
    const root = makeContentRoot({
      'incidents/2026-11-20-a.md': incident('Slow API'),
      'incidents/2026-11-20-b.md': incident('Failing logins'),
    });
    const file = cacheFile();
    expect(load(root, file).parsed).toEqual(['incidents/2026-11-20-a.md', 'incidents/2026-11-20-b.md']);
    expect(load(root, file).parsed).toEqual([]);
    writeFileSync(join(root, 'incidents/2026-11-20-a.md'), incident('Slow API responses'));
    const edited = load(root, file);
    expect(edited.parsed).toEqual(['incidents/2026-11-20-a.md']);
    expect(edited.content.incidents.map((i) => i.title).sort()).toEqual(['Failing logins', 'Slow API responses']);
  });

  it('parses again when the components change: a file naming one that is gone gets its error', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-a.md': incident('Slow emails', 'email') });
    const file = cacheFile();
    expect(load(root, file).content.incidents).toHaveLength(1);
    writeFileSync(join(root, 'status.config.yaml'), BASE_CONFIG.replace(/^ {2}- \{ id: email.*\n/m, ''));
    const after = load(root, file);
    expect(after.parsed).toEqual(['incidents/2026-11-20-a.md']);
    expect(after.content.incidents).toEqual([]);
    expect(after.content.diagnostics.map((d) => d.code)).toContain(
      loadContentRoot(root).diagnostics.find((d) => d.file === 'incidents/2026-11-20-a.md')!.code,
    );
  });

  it('starts afresh when the domain code or the lockfile changes', () => {
    const core = join(mkdtempSync(join(tmpdir(), 'statusmark-core-')), 'core');
    cpSync(CORE, core, { recursive: true });
    const salt = parsedIncidentSalt('lockfile', core);
    expect(parsedIncidentSalt('lockfile', core)).toBe(salt);
    expect(parsedIncidentSalt('lockfile, with a library updated', core)).not.toBe(salt);
    const parser = join(core, 'content', 'parse-incident.ts');
    writeFileSync(parser, `${readFileSync(parser, 'utf8')}\n// edited\n`);
    expect(parsedIncidentSalt('lockfile', core)).not.toBe(salt);

    const root = makeContentRoot({ 'incidents/2026-11-20-a.md': incident('Slow API') });
    const file = cacheFile();
    load(root, file, salt);
    expect(load(root, file, salt).parsed).toEqual([]);
    expect(load(root, file, parsedIncidentSalt('lockfile', core)).parsed).toEqual(['incidents/2026-11-20-a.md']);
  });

  it('ignores a corrupt file, and hands out copies a caller cannot change for the next build', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-a.md': incident('Slow API') });
    const file = cacheFile();
    load(root, file);
    const recalled = load(root, file).content.incidents[0]!;
    recalled.title = 'Changed by a caller';
    recalled.updates.length = 0;
    expect(load(root, file).content.incidents[0]!.title).toBe('Slow API');
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(load(root, file).parsed).toEqual(['incidents/2026-11-20-a.md']);
  });

  const cases = [...readdirSync(BROKEN).filter((name) => statSync(join(BROKEN, name)).isDirectory()), '../../..'];
  it.each(cases)('%s: the same incidents and findings with and without it', (name) => {
    const root = join(BROKEN, name);
    const plain = loadContentRoot(root);
    const file = cacheFile();
    for (const run of [load(root, file), load(root, file)]) {
      expect(run.content.incidents).toEqual(plain.incidents);
      expect(run.content.diagnostics).toEqual(plain.diagnostics);
      expect(run.content.files).toBe(plain.files);
    }
  });
});
