/**
 * The file format of the caches Statusmark keeps between runs (node_modules/.cache, .astro): a
 * SHA-1 of the payload, then the V8 serialisation of `{ salt, entries }`. The digest catches a
 * file cut short or corrupted; the salt, one written by other code or options.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const DIGEST_BYTES = 20;

const digest = (payload: Uint8Array): Buffer => createHash('sha1').update(payload).digest();

/** The entries of a cache file written with `salt` that `isEntry` accepts; none when it is missing, corrupt, foreign or older. */
export function readCacheEntries<T>(file: string, salt: string, isEntry: (value: unknown) => boolean): [string, T][] {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(DIGEST_BYTES);
    if (!digest(payload).equals(bytes.subarray(0, DIGEST_BYTES))) return [];
    const saved = deserialize(payload) as { salt?: unknown; entries?: unknown };
    if (saved.salt !== salt || !Array.isArray(saved.entries)) return [];
    return (saved.entries as unknown[]).filter((e): e is [string, T] => Array.isArray(e) && typeof e[0] === 'string' && isEntry(e[1]));
  } catch {
    return []; // no cache yet, or an unreadable one: start afresh
  }
}

/** Writes a cache file atomically: a reader sees the old file or the new one, never half of one. */
export function writeCacheEntries(file: string, salt: string, entries: readonly (readonly [string, unknown])[]): void {
  const payload = serialize({ salt, entries });
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([digest(payload), payload]));
  renameSync(tmp, file);
}
