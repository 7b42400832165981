/**
 * The folders of a build that replaces its output whole (see staged-output.ts): the build writes
 * into `.dist.staging-<pid>` next to `dist`, and only when it has succeeded is `dist` moved to
 * `.dist.previous-<pid>`, the staging folder renamed to `dist` and the previous output removed.
 * Next to the output, the renames stay on one file system, so each is a single atomic step.
 * The process id in the names tells a running build's folders from those an interrupted one left.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { processRunning } from './process-running.ts';

type SwapFolder = 'staging' | 'previous';

const SWAP_FOLDER = /^\.(?<name>.+)\.(?<kind>staging|previous)-(?<pid>\d+)$/;

const withoutSlash = (dir: string) => (dir.length > 1 ? dir.replace(/\/+$/, '') : dir);

function swapFolder(output: string, kind: SwapFolder, pid = process.pid): string {
  return join(dirname(output), `.${basename(output)}.${kind}-${pid}`);
}

/** Where a build of `output` writes before its output is put in place. */
export const stagingFolder = (output: string, pid = process.pid) => swapFolder(output, 'staging', pid);

/**
 * The output folder a folder stands for: `dist` for `.dist.staging-<pid>` (what Astro's hooks see
 * as the output folder during a build), any other folder itself.
 */
export function publishedFolder(dir: string): string {
  const folder = withoutSlash(dir);
  const name = SWAP_FOLDER.exec(basename(folder))?.groups;
  return name?.kind === 'staging' ? join(dirname(folder), name.name!) : folder;
}

/** The folder to replace for an output folder as configured: the folder a symlink points to, so the link stays. */
export function outputFolder(configured: string): string {
  const folder = withoutSlash(configured);
  return existsSync(folder) && lstatSync(folder).isSymbolicLink() ? realpathSync(folder) : folder;
}

/**
 * Why `output` cannot be replaced whole by renames, or undefined. Replacing the project folder (or
 * one holding it) would delete the project, and a file is no output folder; a mount point cannot
 * be renamed.
 */
export function unswappableOutput(output: string, projectRoot: string): string | undefined {
  const inside = relative(output, withoutSlash(projectRoot));
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    return `the output folder ${output}/ ${inside ? 'holds' : 'is'} the project folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist`;
  }
  if (!existsSync(output)) return undefined;
  if (!statSync(output).isDirectory()) {
    return `the output ${output} is a file, not a folder; a build replaces its output folder whole, so give it a folder of its own, e.g. --outDir dist`;
  }
  if (statSync(output).dev !== statSync(dirname(output)).dev) {
    return `the output folder ${output}/ is a mount point, which a build cannot replace by renaming; build into a folder inside it, e.g. --outDir ${join(output, 'site')}`;
  }
  return undefined;
}

/**
 * Clears what builds of `output` that were interrupted left next to it: their staging folders go;
 * an output moved aside goes too, or, if the interruption came between the two renames and the
 * output is missing, is put back. A running build's folders are left alone. Says what it did.
 */
export function clearInterruptedSwaps(output: string, isRunning: (pid: number) => boolean = processRunning): string[] {
  const parent = dirname(output);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  for (const entry of readdirSync(parent)) {
    const found = SWAP_FOLDER.exec(entry)?.groups;
    if (!found || found.name !== basename(output)) continue;
    const pid = Number(found.pid);
    if (pid !== process.pid && isRunning(pid)) continue;
    const folder = join(parent, entry);
    if (found.kind === 'previous' && !existsSync(output)) {
      renameSync(folder, output);
      done.push(`put back ${output}/ from ${entry}/, where an interrupted build had moved it`);
    } else {
      rmSync(folder, { recursive: true, force: true });
      done.push(`removed ${entry}/, left by an interrupted build`);
    }
  }
  return done;
}

/** Puts the finished `staging` folder in the place of `output`; the previous output, if any, is removed after. */
export async function swapIn(staging: string, output: string): Promise<void> {
  const previous = swapFolder(output, 'previous');
  const hadOutput = existsSync(output);
  if (hadOutput) renameSync(output, previous);
  try {
    renameSync(staging, output);
  } catch (error) {
    if (hadOutput) renameSync(previous, output);
    throw error;
  }
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}
