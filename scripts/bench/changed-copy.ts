import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the content root `source` to change, and the incident file a rebuild bench changes in
 * it: one in the middle of the history, whose page, history page and components' pages change.
 */
export function changedCopy(source: string, prefix: string): { root: string; changed: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(source, root, { recursive: true });
  const files = readdirSync(join(root, 'incidents'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  return { root, changed: join(root, 'incidents', files[Math.floor(files.length / 2)]!) };
}
