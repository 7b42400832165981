import { expect } from 'vitest';
import { BuildError, buildSite, type BuildOptions } from './build.ts';
import { earlierOutput, swapFolders, treeHashes } from './output-tree.ts';

/**
 * The failure of a build that must fail: it exits with status 1, leaves the output folder as an
 * earlier build left it, file for file, and leaves no folder of its own beside it.
 */
export function failedBuild(contentRoot: string, now: string, options: BuildOptions = {}): BuildError {
  const dir = earlierOutput();
  const before = treeHashes(dir);
  let failure: unknown;
  try {
    buildSite(contentRoot, now, dir, options);
  } catch (error) {
    failure = error;
  }
  expect(failure).toBeInstanceOf(BuildError);
  expect((failure as BuildError).status).toBe(1);
  expect(treeHashes(dir)).toEqual(before);
  expect(swapFolders(dir)).toEqual([]);
  return failure as BuildError;
}
