import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

/** Every file under `dir`, as path relative to it → SHA-256 of its bytes. */
export function treeHashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) =>
    e.isFile() ? [relative(dir, join(e.parentPath, e.name))] : [],
  );
  return new Map(
    files.sort().map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    ]),
  );
}

/** The build's own folders next to the output folder `dir`: its staging folders and an output moved aside. */
export function swapFolders(dir: string): string[] {
  return readdirSync(dirname(dir)).filter((name) => name.startsWith(`.${basename(dir)}.`));
}

/** An output folder holding what an earlier build published, in a folder of its own (where the build's other folders go). */
export function earlierOutput(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'statusmark-out-')), 'dist');
  mkdirSync(join(dir, 'incidents', 'earlier'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Earlier build</title>');
  writeFileSync(join(dir, 'incidents', 'earlier', 'index.html'), '<!doctype html><title>Earlier incident</title>');
  writeFileSync(join(dir, 'stale.txt'), 'a file only the earlier build wrote');
  return dir;
}
