import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readCacheEntries, writeCacheEntries } from '../shared/cache-file.ts';
import { YAML_VALUE_OPTIONS } from '../content/yaml/yaml-source.ts';
import type { YamlValues } from '../content/yaml/yaml-values.ts';

// Bump when our own reading of a frontmatter into a value changes in a way the options do not show.
const YAML_VALUE_SCHEMA = 1;

/**
 * Remembers each frontmatter's parsed value across runs of `npm run check`, so a large archive is
 * not parsed again with the `yaml` library (several times slower than the checks that follow) when
 * its files did not change. The key is a hash of the text and of everything else that decides its
 * value: the library's version, our parse options and this cache's schema version. The file is one
 * V8 serialization (which keeps Infinity, NaN and -0, and reads 10,000 values in milliseconds)
 * behind a digest of it: a corrupt, truncated or foreign file is ignored and rewritten. What it
 * hands out is deeply frozen and what it is given is copied, so nothing a caller does to a value
 * can reach the file. Owned by one check run: made with it, saved at its end.
 */
export class YamlValueCache implements YamlValues {
  private readonly file: string;
  private readonly salt: string;
  private readonly entries: Map<string, unknown>;
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(file: string, salt = yamlValueSalt()) {
    this.file = file;
    this.salt = salt;
    this.entries = new Map(readCacheEntries(file, salt, isPlainData));
  }

  recall(text: string): { js: unknown } | undefined {
    const key = this.key(text);
    if (!this.entries.has(key)) return undefined;
    this.used.add(key);
    return { js: deepFreeze(this.entries.get(key)) };
  }

  remember(text: string, js: unknown): void {
    try {
      if (!isPlainData(js)) return;
      const key = this.key(text);
      this.entries.set(key, structuredClone(js));
      this.used.add(key);
      this.dirty = true;
    } catch {
      // a value too deep to copy is parsed again next time; remembering must never fail a parse
    }
  }

  /**
   * Writes the cache atomically. After a run over every file, `prune` keeps only the values that
   * run used, so edited and deleted texts drop out; a partial run (`--changed`) keeps everything.
   */
  save(prune: boolean): void {
    const keep = prune ? [...this.entries].filter(([key]) => this.used.has(key)) : [...this.entries];
    if (!this.dirty && keep.length === this.entries.size) return;
    writeCacheEntries(this.file, this.salt, keep);
  }

  private key(text: string): string {
    return hash('sha1', `${this.salt}\0${text}`, 'base64url');
  }
}

/** What decides a value besides its text: the `yaml` library's version, our options, this cache's schema. */
export function yamlValueSalt(): string {
  const { version } = createRequire(import.meta.url)('yaml/package.json') as { version: string };
  return JSON.stringify({ yaml: version, options: YAML_VALUE_OPTIONS, schema: YAML_VALUE_SCHEMA });
}

/**
 * Whether a value comes back from V8's serializer as the same value, and can be frozen: plain
 * objects, arrays and primitives. Anything else (a class instance would lose its prototype; a
 * `!!binary` byte array cannot be frozen) is not remembered, so it is parsed again each time.
 */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every(isPlainData);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainData);
}

/** A value of the cache, made read-only: a caller that tried to change it would fail loudly, not change the next run. */
function deepFreeze(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
