import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

/** What a reader's phone gets from a built home page: its elements (as an HTML parser counts them) and bytes. */
export function homePageFigures(outDir: string): { elements: number; gzipped: number; raw: number } {
  const html = readFileSync(join(outDir, 'index.html'));
  return { elements: load(html).root().find('*').length, gzipped: gzipSync(html).length, raw: html.length };
}

export function describeHome({ elements, gzipped, raw }: ReturnType<typeof homePageFigures>): string {
  return `home page ${elements.toLocaleString('en')} elements, ${(gzipped / 1024).toFixed(1)} KB gzipped (${(raw / 1024).toFixed(1)} KB raw)`;
}
