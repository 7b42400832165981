import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { brokenLink, gitFolder, linkIntoGit, linkLoop, linkOutside, unreadable } from './file-diagnostics.ts';

/** The folder that nothing is read from outside of; findings name paths relative to it. */
export interface Boundary {
  dir: string;
  /** `dir` with every symlink resolved. */
  real: string;
  /** What findings call it: "the content root", "the repository". */
  name: string;
}

export function boundaryAt(dir: string, name: string): Boundary {
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch {
    real = resolve(dir); // a missing root: reading it finds nothing, and says so elsewhere
  }
  return { dir, real, name };
}

export function contentBoundary(root: string): Boundary {
  return boundaryAt(root, 'the content root');
}

/** A file found inside a boundary: its path for findings (relative, `/`-separated) and where it really is. */
export interface FoundFile {
  path: string;
  real: string;
}

/** Where a path leads once its links are followed (`target` is what its link says), or why it may not be followed. */
type Followed = { real: string; stats: Stats; target: string } | { problem: Diagnostic };

/** Where the link at `at` leads, if it stays inside the boundary and out of .git. Its target is stat()ed only then. */
function follow(boundary: Boundary, path: string, at: string): Followed {
  let target: string;
  try {
    target = readlinkSync(at);
  } catch {
    target = relative(boundary.real, at); // not itself a link: a folder on its path is
  }
  let real: string;
  try {
    real = realpathSync.native(at);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: brokenLink(path, target, boundary.name) };
    if (code === 'ELOOP') return { problem: linkLoop(path, target, { circle: true }) };
    return { problem: unreadable(path, error) };
  }
  const inside = relative(boundary.real, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { problem: linkOutside(path, target, boundary.name) };
  if (inside.split(sep).includes('.git')) return { problem: linkIntoGit(path, target) };
  if (at.startsWith(`${real}${sep}`)) return { problem: linkLoop(path, target, { holder: true }) };
  try {
    return { real, stats: statSync(real), target };
  } catch (error) {
    return { problem: unreadable(path, error) };
  }
}

/** `path` (relative to the boundary) with its links followed; undefined when nothing is there. */
export function locate(boundary: Boundary, path: string): Followed | undefined {
  const at = join(boundary.real, path);
  try {
    lstatSync(at);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { problem: unreadable(path, error) };
  }
  return follow(boundary, path, at);
}

export interface WalkRules {
  /** Entries not looked at at all (drafts). */
  skip?: (name: string) => boolean;
  /** Whether a folder of this name is walked into; one that is not counts as a file. */
  descend: (name: string) => boolean;
  /** Whether a file of this name is one of those wanted. */
  want: (name: string) => boolean;
}

interface Folder {
  path: string;
  real: string;
  /** The target of the link that led here, for a folder reached through one. */
  link?: string;
}

/**
 * The files under `start` (a folder relative to the boundary), sorted by path. Symlinks are
 * followed only where they lead inside the boundary and out of .git, and each folder is read
 * once; a link that cannot be followed is a finding about that link. Folders reached through
 * links are read after all real ones, so the finding about a second way to a folder is on a link.
 */
export function walkFiles(boundary: Boundary, start: string, rules: WalkRules): { files: FoundFile[]; diagnostics: Diagnostic[] } {
  const files: FoundFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const top = locate(boundary, start);
  if (top && 'problem' in top) diagnostics.push(top.problem);
  if (!top || 'problem' in top || !top.stats.isDirectory()) return { files, diagnostics };
  const readAs = new Map<string, string>();
  const real: Folder[] = [{ path: start, real: top.real }];
  const linked: Folder[] = [];
  for (let folder = real.pop(); folder; folder = real.pop() ?? linked.shift()) {
    const seen = readAs.get(folder.real);
    if (seen !== undefined) {
      if (folder.link !== undefined) diagnostics.push(linkLoop(folder.path, folder.link, { readAs: seen }));
      continue;
    }
    readAs.set(folder.real, folder.path);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.real, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(folder.path, error));
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (rules.skip?.(name)) continue;
      const path = `${folder.path}/${name}`;
      if (name === '.git') {
        diagnostics.push(gitFolder(path, start));
        continue;
      }
      const at = join(folder.real, name);
      if (entry.isSymbolicLink()) {
        const to = follow(boundary, path, at);
        if ('problem' in to) diagnostics.push(to.problem);
        else if (to.stats.isDirectory() && rules.descend(name)) linked.push({ path, real: to.real, link: to.target });
        else if (rules.want(name)) files.push({ path, real: to.real });
      } else if (entry.isDirectory() && rules.descend(name)) real.push({ path, real: at });
      else if (rules.want(name)) files.push({ path, real: at });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}
