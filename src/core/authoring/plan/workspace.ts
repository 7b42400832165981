import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_FILE } from '../../shared/content-layout.ts';
import { readFileIn, type FileRead } from '../../content/files/file-read.ts';
import { contentBoundary } from '../../content/files/file-tree.ts';
import { incidentIdOf } from '../../shared/content-layout.ts';
import { listIncidentFiles } from '../../content/load.ts';
import { AuthoringError } from './authoring-error.ts';

/**
 * Where the CLI reads content from: a folder on disk, or a branch on GitHub (`--pr`, which
 * works without a clone). Paths are relative to the content root, with `/` separators.
 */
export interface Workspace {
  /** For messages: "the folder /x" or "acme/status@main". */
  readonly label: string;
  /** status.config.yaml, or undefined when there is none. */
  readonly configText: string | undefined;
  /** Every incident file, as `npm run check` finds them. */
  readonly files: readonly string[];
  read(file: string): Promise<string>;
}

export class LocalWorkspace implements Workspace {
  readonly root: string;
  readonly label: string;
  readonly configText: string | undefined;
  readonly files: readonly string[];

  constructor(root: string) {
    this.root = root;
    this.label = `the folder ${root}`;
    const config = readFileIn(contentBoundary(root), CONFIG_FILE);
    this.configText = config && this.text(CONFIG_FILE, config);
    this.files = listIncidentFiles(root);
  }

  async read(file: string): Promise<string> {
    return this.text(file, readFileIn(contentBoundary(this.root), file));
  }

  /** Read as `npm run check` reads (a plain file inside the content root), or an error that says what it is instead. */
  private text(file: string, read: FileRead | undefined): string {
    if (!read) throw new AuthoringError(`there is no ${file} in ${this.label}`);
    if ('problem' in read) throw new AuthoringError(`cannot read ${file}`, [read.problem]);
    return read.text;
  }

  /** Writes through a temporary file and a rename, so a crash never leaves half a file. */
  write(file: string, text: string): void {
    const target = join(this.root, file);
    mkdirSync(dirname(target), { recursive: true });
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(temp, text);
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
  }
}

/** The file of incident `id` (an id, a file name or a path), if there is one. */
export function findIncidentFile(files: readonly string[], id: string): string | undefined {
  const wanted = id.replace(/\\/g, '/').replace(/^\.\//, '');
  return files.find((f) => f === wanted) ?? files.find((f) => incidentIdOf(f) === incidentIdOf(wanted));
}

/**
 * Where a new file for `date` goes: `incidents/<year>/` when most existing files are kept in
 * year folders (as in the demo), else `incidents/`.
 */
export function folderFor(files: readonly string[], date: Date): string {
  const inYears = files.filter((f) => /^incidents\/\d{4}\/[^/]+$/.test(f)).length;
  const year = String(date.getUTCFullYear());
  return files.length > 0 && inYears * 2 > files.length ? `incidents/${year}` : 'incidents';
}
