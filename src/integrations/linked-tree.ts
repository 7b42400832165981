import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts the files of the folder `from` at the same paths under `to`, as hard links where the file
 * system allows (one name more, whatever the file's size) and as copies elsewhere (another file
 * system, or one without hard links). Used for what a build takes whole from its cache, so the
 * same caveat as for linked pages holds (README, "Incremental builds"): an output file edited in
 * place is the cache's file too.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

/** One file: linked, or copied when it cannot be. */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
