import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StyleFinding } from './finding.ts';

/**
 * Remembers style findings across runs of `npm run check`, keyed by a hash of the prose and of
 * everything that decides the findings (the style settings, the enabled rules, the rule code's
 * version). Old incidents rarely change, so a full check of a large archive re-lints only what
 * changed. Findings are stored as found at line 1, column 1 and placed again on the way out.
 */
export class StyleCache {
  private readonly entries: Map<string, StyleFinding[]>;
  private readonly used = new Map<string, StyleFinding[]>();
  private readonly file: string;
  private readonly salt: string;
  /** The salt is a few kilobytes of phrase lists: hashed once, not into every key. */
  private readonly saltDigest: string;
  private dirty = false;

  constructor(file: string, salt: string) {
    this.file = file;
    this.salt = salt;
    this.saltDigest = hash('sha1', salt, 'base64url');
    this.entries = new Map();
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { salt: string; entries: [string, StyleFinding[]][] };
      if (saved.salt === salt) for (const [k, v] of saved.entries) this.entries.set(k, v);
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
  }

  lint(markdown: string, at: { line: number; column?: number }, lint: (md: string) => StyleFinding[]): StyleFinding[] {
    const key = hash('sha1', `${this.saltDigest}\0${markdown}`, 'base64url');
    let found = this.entries.get(key);
    if (!found) {
      found = lint(markdown);
      this.entries.set(key, found);
      this.dirty = true;
    }
    this.used.set(key, found);
    return found.map((f) => ({ ...f, line: at.line + f.line - 1, column: f.line === 1 ? (at.column ?? 1) + f.column - 1 : f.column }));
  }

  /**
   * Writes the cache atomically. After a run over every file, `prune` keeps only what that run
   * used, so edited and deleted text drops out; a partial run (`--changed`) keeps everything.
   */
  save(prune: boolean): void {
    const keep = prune ? this.used : this.entries;
    if (!this.dirty && keep.size === this.entries.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ salt: this.salt, entries: [...keep] }));
    renameSync(tmp, this.file);
  }
}
