import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedFolder } from './output-swap.ts';
import { shownFolder } from './shown-path.ts';

export type OutputKind = 'page' | 'feed' | 'api' | 'search' | 'other';

/** What a file of the output contract is, by its path under the output folder. */
export function outputKind(path: string): OutputKind {
  if (path.startsWith('pagefind/')) return 'search';
  if (path.startsWith('api/')) return 'api';
  if (path.endsWith('.html')) return 'page';
  if (path.endsWith('.rss') || path.endsWith('.atom') || path === 'maintenance.json' || /(^|\/)feed\.json$/.test(path)) return 'feed';
  return 'other';
}

/** How many files of each kind `dir` holds. */
export function countOutputs(dir: string): Record<OutputKind, number> {
  const counts: Record<OutputKind, number> = { page: 0, feed: 0, api: 0, search: 0, other: 0 };
  // Walked by hand: readdirSync's own `recursive` takes twice as long over 20,000 files.
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) counts[outputKind(prefix + entry.name)]++;
    }
  };
  walk(dir, '');
  return counts;
}

const NAMES: Record<OutputKind, string> = { page: 'page', feed: 'feed', api: 'API file', search: 'search index file', other: 'other file' };
const many = (n: number, name: string) => `${n.toLocaleString('en-US')} ${name}${n === 1 ? '' : 's'}`;

/** `91 files in dist/: 24 pages, 21 feeds, 8 API files, 26 search index files, 12 other files` */
export function describeOutputs(counts: Record<OutputKind, number>, folder: string): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const kinds = (Object.keys(NAMES) as OutputKind[]).map((kind) => many(counts[kind], NAMES[kind]));
  return `${many(total, 'file')} in ${folder}: ${kinds.join(', ')}`;
}

/**
 * The build's last word: what the output folder holds, counted there once every integration has
 * written its part and the output is in place (list it last). Astro's own count is of pages only.
 */
export function buildSummary(): AstroIntegration {
  return {
    name: 'statusmark-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // `dir` is where the build wrote, the staging folder; by now it has become the output folder.
        const folder = publishedFolder(fileURLToPath(dir));
        logger.info(describeOutputs(countOutputs(folder), shownFolder(folder)));
      },
    },
  };
}
