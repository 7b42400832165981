import type { Stats } from 'node:fs';
import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import type { ContentCode } from '../../diagnostics/catalog/content-codes.ts';

/**
 * What is said about a file that cannot be read safely: a link that leaves its boundary or
 * enters .git, a pipe or device, a file too large, an error from the file system. Each is about
 * the whole file (line 0), so the other files are still checked.
 */
function about(file: string, code: ContentCode, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, file, line: 0, column: 0, message, hint };
}

const bytes = (n: number) => n.toLocaleString('en-US');

export function linkOutside(file: string, target: string, boundary: string): Diagnostic {
  return about(
    file,
    'symlink-outside',
    `this is a symlink to ${target}, which is outside ${boundary}`,
    `a symlink must lead to a file or folder inside ${boundary}, so nothing from elsewhere on the machine is read or published; copy the file here instead`,
  );
}

const GIT_WHY = '.git holds the checkout’s settings and credentials, so nothing in it is ever read or published';

export function linkIntoGit(file: string, target: string): Diagnostic {
  return about(file, 'git-folder', `this is a symlink to ${target}, inside a .git folder`, `${GIT_WHY}; remove the link`);
}

export function gitFolder(file: string, top: string): Diagnostic {
  return about(file, 'git-folder', 'this is a .git folder', `${GIT_WHY}; remove it from ${top}/`);
}

export function brokenLink(file: string, target: string, boundary: string): Diagnostic {
  return about(file, 'broken-symlink', `this is a symlink to ${target}, which does not exist`, `point the link at an existing file inside ${boundary}, or remove it`);
}

const LOOP_HINT = 'remove the link; every folder is read once, where it is';

/** A link that leads round in a circle of links, back to a folder that holds it, or to a folder read already. */
export function linkLoop(file: string, target: string, where: { holder: true } | { readAs: string } | { circle: true }): Diagnostic {
  const what =
    'circle' in where ? 'which leads round in a circle of links' : 'holder' in where ? 'a folder that holds it, so it would be read forever' : `a folder that is already read as ${where.readAs}`;
  return about(file, 'symlink-loop', `this is a symlink to ${target}, ${what}`, LOOP_HINT);
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'something other than a file';
}

export function notAFile(file: string, stats: Stats): Diagnostic {
  return about(file, 'not-a-file', `this is ${kind(stats)}, not a file`, 'only plain files are read here; replace it with a file, or remove it');
}

export function tooLarge(file: string, size: number, limit: number): Diagnostic {
  return about(
    file,
    'file-too-large',
    `the file is ${bytes(size)} bytes, more than the ${limit / 2 ** 20} MB (${bytes(limit)} bytes) a content file may hold`,
    'an incident is a few KB of text: check that this is the file you meant to add, or shorten it',
  );
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it was removed while being read',
  ENAMETOOLONG: 'its path is too long',
  EIO: 'the disk reported an input/output error',
};

export function unreadable(file: string, error: unknown): Diagnostic {
  const e = error as NodeJS.ErrnoException;
  const reason = (e.code && REASONS[e.code]) || e.message;
  return about(file, 'unreadable-file', `cannot read this: ${reason}`, 'make it readable (for example `chmod a+r`), or remove it');
}
