import { createHash, hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readCacheEntries, writeCacheEntries } from '../shared/cache-file.ts';
import type { ParsedIncidents, ParseResult } from './parsed-incidents.ts';

// Bump when the file's layout changes.
const SCHEMA = 1;
/** The domain code (src/core, or lib/core in the package): what parses a file, and all it imports of ours. */
const CORE_FOLDER = fileURLToPath(new URL('../', import.meta.url));

/**
 * Remembers each incident file's parse across builds, in one file in Astro's cache folder, so a
 * build of a large archive parses only the files that changed. An entry's key is a hash of the
 * file's path and text, of the components it was checked against, and of the salt: the domain
 * code's own source and the project's lockfile (so a new Statusmark, a changed library or an edited
 * parser starts afresh). Each result is kept as its own V8 serialization, so what a caller does to
 * a recalled incident cannot reach the file or the next recall. The file sits behind a digest of
 * itself: a corrupt, truncated or foreign file is ignored and rewritten. Owned by one build.
 */
export class ParsedIncidentCache implements ParsedIncidents {
  private readonly file: string;
  private readonly salt: string;
  private readonly entries: Map<string, Uint8Array>;
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(file: string, salt: string) {
    this.file = file;
    this.salt = salt;
    this.entries = new Map(readCacheEntries<Uint8Array>(file, salt, (e) => e instanceof Uint8Array));
  }

  recall(file: string, text: string, components: string): ParseResult | undefined {
    const key = this.key(file, text, components);
    const held = this.entries.get(key);
    if (!held) return undefined;
    this.used.add(key);
    return deserialize(held) as ParseResult;
  }

  remember(file: string, text: string, components: string, result: ParseResult): void {
    const key = this.key(file, text, components);
    this.entries.set(key, serialize(result));
    this.used.add(key);
    this.dirty = true;
  }

  /** Writes the cache atomically, with only the entries this build used: edited and deleted files drop out. */
  save(): void {
    if (!this.dirty && this.used.size === this.entries.size) return;
    const keep = [...this.entries].filter(([key]) => this.used.has(key));
    writeCacheEntries(this.file, this.salt, keep);
  }

  private key(file: string, text: string, components: string): string {
    return hash('sha1', `${file}\0${components}\0${text}`, 'base64url');
  }
}

/**
 * What decides a parse besides the file: the domain code (every file of it, as a reader cannot
 * tell which of them a change to the parse reaches) and the libraries, through `lockfile` (the
 * project's lockfile's text, or '' without one).
 */
export function parsedIncidentSalt(lockfile: string, core = CORE_FOLDER): string {
  const code = createHash('sha1');
  for (const entry of readdirSync(core, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    code.update(path.slice(core.length)).update('\0').update(readFileSync(path)).update('\0');
  }
  return JSON.stringify({ schema: SCHEMA, code: code.digest('base64url'), lockfile: hash('sha1', lockfile, 'base64url') });
}
