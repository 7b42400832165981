import type { Stats } from 'node:fs';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { diagnose, type Diagnostic } from '../../diagnostics/diagnostics.ts';

/**
 * What is said about a file that cannot be read safely: a link that leaves its boundary or
 * enters .git, a pipe or device, a file too large, an error from the file system. Each is about
 * the whole file (line 0), so the other files are still checked.
 */
const WHOLE_FILE = { line: 0, column: 0 };

export function linkOutside(file: string, target: string, boundary: string): Diagnostic {
  return diagnose(CATALOG.linkOutside, file, WHOLE_FILE, { target, boundary });
}

export function linkIntoGit(file: string, target: string): Diagnostic {
  return diagnose(CATALOG.linkIntoGit, file, WHOLE_FILE, { target });
}

export function gitFolder(file: string, top: string): Diagnostic {
  return diagnose(CATALOG.gitFolder, file, WHOLE_FILE, { top });
}

export function brokenLink(file: string, target: string, boundary: string): Diagnostic {
  return diagnose(CATALOG.brokenLink, file, WHOLE_FILE, { target, boundary });
}

/** A link that leads round in a circle of links, back to a folder that holds it, or to a folder read already. */
export function linkLoop(file: string, target: string, where: { holder: true } | { readAs: string } | { circle: true }): Diagnostic {
  if ('circle' in where) return diagnose(CATALOG.linkCircle, file, WHOLE_FILE, { target });
  if ('holder' in where) return diagnose(CATALOG.linkToHolder, file, WHOLE_FILE, { target });
  return diagnose(CATALOG.linkToFolderRead, file, WHOLE_FILE, { target, readAs: where.readAs });
}

function kind(stats: Stats) {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  return 'other';
}

export function notAFile(file: string, stats: Stats): Diagnostic {
  return diagnose(CATALOG.notAFile, file, WHOLE_FILE, { kind: kind(stats) });
}

export function tooLarge(file: string, size: number, limit: number): Diagnostic {
  return diagnose(CATALOG.tooLarge, file, WHOLE_FILE, { size, limit });
}

export function unreadable(file: string, error: unknown): Diagnostic {
  const e = error as NodeJS.ErrnoException;
  return diagnose(CATALOG.unreadable, file, WHOLE_FILE, { code: e.code, error: e.message });
}
