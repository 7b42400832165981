import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedIncidentCache, parsedIncidentSalt } from '../core/content/parsed-incident-cache.ts';

/** Where the build keeps its parsed incident files, in Astro's cache folder (persisted with it in CI). */
const CACHE_FILE = 'statusmark-parsed-incidents.v8';
/** The lockfiles npm, pnpm, Yarn and Bun write; the first found stands for the installed libraries. */
const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];

/** The build's cache of parsed incident files (see ParsedIncidentCache), for the project in `projectRoot`. */
export function parsedIncidentCache(cacheDir: string, projectRoot: string): ParsedIncidentCache {
  return new ParsedIncidentCache(join(cacheDir, CACHE_FILE), parsedIncidentSalt(lockfileText(projectRoot)));
}

function lockfileText(projectRoot: string): string {
  for (const name of LOCKFILES) {
    try {
      return `${name}\0${readFileSync(join(projectRoot, name), 'utf8')}`;
    } catch {
      // not this package manager's
    }
  }
  return '';
}
