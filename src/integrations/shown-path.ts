import { isAbsolute, relative } from 'node:path';

/** A folder as the user would write it: relative to the working folder when inside it (`dist/`), else absolute; with a trailing slash. */
export function shownFolder(dir: string, cwd = process.cwd()): string {
  const inside = relative(cwd, dir);
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : dir;
  return shown.endsWith('/') ? shown : `${shown}/`;
}
