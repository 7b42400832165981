import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { notAFile, tooLarge, unreadable } from './file-diagnostics.ts';
import { locate, type Boundary, type FoundFile } from './file-tree.ts';

/** The most a content file may hold (README, "Check your content"); no real incident comes near it. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

export type FileRead = { text: string } | { problem: Diagnostic };

/**
 * The text of a found file, if it is a regular file of at most `limit` bytes. It never waits:
 * a FIFO is opened without blocking and then refused, and no more than `limit` + 1 bytes are
 * read even from a file that grows while it is read.
 */
export function readFoundFile(file: FoundFile, limit = MAX_CONTENT_FILE_BYTES): FileRead {
  let fd: number;
  try {
    fd = openSync(file.real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { problem: unreadable(file.path, error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: notAFile(file.path, stats) };
    if (stats.size > limit) return { problem: tooLarge(file.path, stats.size, limit) };
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { problem: tooLarge(file.path, length, limit) };
        const larger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: unreadable(file.path, error) };
  } finally {
    closeSync(fd);
  }
}

/** The file at `path` inside the boundary (such as status.config.yaml), or undefined when there is none. */
export function readFileIn(boundary: Boundary, path: string): FileRead | undefined {
  const found = locate(boundary, path);
  if (!found || 'problem' in found) return found;
  return readFoundFile({ path, real: found.real });
}
