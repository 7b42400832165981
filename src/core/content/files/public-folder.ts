import { lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostics.ts';
import { notAFile, unreadable } from './file-diagnostics.ts';
import { boundaryAt, walkFiles } from './file-tree.ts';

/**
 * What is wrong with public/ as `astro build` would publish it. Vite copies it as it is and
 * follows every symlink in it, so a link out of the repository or into .git (where the deploy
 * workflow's checkout keeps its token) would publish that file; and the copy would wait forever
 * on a FIFO. Findings name paths relative to `projectRoot`, such as `public/leak.txt`.
 */
export function checkPublicFolder(projectRoot: string, publicDir = join(projectRoot, 'public')): Diagnostic[] {
  const boundary = boundaryAt(projectRoot, 'the repository');
  const start = relative(projectRoot, publicDir).split(sep).join('/');
  const { files, diagnostics } = walkFiles(boundary, start, { descend: () => true, want: () => true });
  for (const file of files) {
    try {
      const stats = lstatSync(file.real);
      if (!stats.isFile()) diagnostics.push(notAFile(file.path, stats));
    } catch (error) {
      diagnostics.push(unreadable(file.path, error));
    }
  }
  return sortDiagnostics(diagnostics);
}
