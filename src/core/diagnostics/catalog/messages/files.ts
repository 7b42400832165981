import { entry } from '../entry.ts';

const GIT_WHY = '.git holds the checkout’s settings and credentials, so nothing in it is ever read or published';
const LOOP_HINT = 'remove the link; every folder is read once, where it is';
const bytes = (n: number) => n.toLocaleString('en-US');

export interface Link {
  target: string;
}

/** Files that cannot be read safely, incident files that clash, and a content root without incidents. */
export const FILE_MESSAGES = {
  linkOutside: entry('symlink-outside', {
    message: ({ target, boundary }: Link & { boundary: string }) => `this is a symlink to ${target}, which is outside ${boundary}`,
    hint: ({ boundary }) =>
      `a symlink must lead to a file or folder inside ${boundary}, so nothing from elsewhere on the machine is read or published; copy the file here instead`,
  }),
  linkIntoGit: entry('git-folder', {
    message: ({ target }: Link) => `this is a symlink to ${target}, inside a .git folder`,
    hint: () => `${GIT_WHY}; remove the link`,
  }),
  gitFolder: entry('git-folder', {
    message: (_: { top: string }) => 'this is a .git folder',
    hint: ({ top }) => `${GIT_WHY}; remove it from ${top}/`,
  }),
  brokenLink: entry('broken-symlink', {
    message: ({ target }: Link & { boundary: string }) => `this is a symlink to ${target}, which does not exist`,
    hint: ({ boundary }) => `point the link at an existing file inside ${boundary}, or remove it`,
  }),
  linkCircle: entry('symlink-loop', {
    message: ({ target }: Link) => `this is a symlink to ${target}, which leads round in a circle of links`,
    hint: () => LOOP_HINT,
  }),
  linkToHolder: entry('symlink-loop', {
    message: ({ target }: Link) => `this is a symlink to ${target}, a folder that holds it, so it would be read forever`,
    hint: () => LOOP_HINT,
  }),
  linkToFolderRead: entry('symlink-loop', {
    message: ({ target, readAs }: Link & { readAs: string }) =>
      `this is a symlink to ${target}, a folder that is already read as ${readAs}`,
    hint: () => LOOP_HINT,
  }),
  notAFile: entry('not-a-file', {
    message: ({ kind }: { kind: 'folder' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other' }) =>
      `this is ${KINDS[kind]}, not a file`,
    hint: () => 'only plain files are read here; replace it with a file, or remove it',
  }),
  tooLarge: entry('file-too-large', {
    message: ({ size, limit }: { size: number; limit: number }) =>
      `the file is ${bytes(size)} bytes, more than the ${limit / 2 ** 20} MB (${bytes(limit)} bytes) a content file may hold`,
    hint: () => 'an incident is a few KB of text: check that this is the file you meant to add, or shorten it',
  }),
  unreadable: entry('unreadable-file', {
    message: ({ code, error }: { code: string | undefined; error: string }) => `cannot read this: ${(code && REASONS[code]) || error}`,
    hint: () => 'make it readable (for example `chmod a+r`), or remove it',
  }),
  headersClash: entry('public-headers', {
    message: ({ header, pattern, path }: { header: string; pattern: string; path: string; ours: string }) =>
      `this rule (${pattern}) sets ${header} for ${path}, which the build's own _headers sets too`,
    hint: ({ header, ours }) =>
      `hosts send both values joined by a comma, which clients reject; remove ${header} from this rule (the build sends "${ours}") or narrow its path`,
  }),
  headersUnreadable: entry('public-headers', {
    message: ({ problem }: { problem: string }) => `Netlify's parser cannot read this file: ${problem}`,
    hint: () =>
      'a rule is a path starting with "/" on a line of its own, then its headers on the lines below it, indented, as "Name: value"',
  }),
  duplicateId: entry('duplicate-id', {
    message: ({ id, other }: { id: string; other: string }) => `the id "${id}" is already used by ${other}`,
    hint: () =>
      'ids are file names and must be unique across sub-folders; rename this file, or with `npm run status -- new` pass --slug to choose its name',
  }),
  noIncidents: entry('no-incidents', {
    message: () => 'there are no incident files yet',
    hint: () => 'that is fine for a new page; write the first one with `npm run status -- new` or see the README',
  }),
};

const KINDS = {
  folder: 'a folder',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  'character-device': 'a character device',
  'block-device': 'a block device',
  other: 'something other than a file',
};

/** The file system's errors in words. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it was removed while being read',
  ENAMETOOLONG: 'its path is too long',
  EIO: 'the disk reported an input/output error',
};
