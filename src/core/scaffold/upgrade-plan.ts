/**
 * What upgrade would do to each file init manages: compare the file on disk with the sha256 init
 * recorded (did the team edit it?) and with the installed templates' version of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedFile } from './render-templates.ts';
import { sha256, type TemplateRecord } from './template-record.ts';

export type FileAction =
  /** The same as the installed version, or edited by the team where our template has not changed since: nothing to do. */
  | 'current'
  /** New in this version of the templates. */
  | 'add'
  /** The team never edited it: replaced. */
  | 'replace'
  /** The team edited it and asked for the template's version (--take, or yes when asked). */
  | 'take'
  /** The team edited it: kept as it is. */
  | 'keep'
  /** The team deleted it: left out. */
  | 'deleted';

export interface FileStep {
  path: string;
  action: FileAction;
  /** The file as it is now; undefined when it does not exist. */
  before: string | undefined;
  after: string;
}

export function planFiles(root: string, record: TemplateRecord, rendered: readonly RenderedFile[], take: ReadonlySet<string>): FileStep[] {
  return rendered
    .filter((file) => file.kind === 'managed')
    .map((file) => {
      const target = join(root, file.path);
      const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      return { path: file.path, action: actionFor(before, file, record.files[file.path], take), before, after: file.text };
    });
}

function actionFor(before: string | undefined, file: RenderedFile, recorded: string | undefined, take: ReadonlySet<string>): FileAction {
  if (before === file.text) return 'current';
  if (before === undefined) return recorded && !take.has(file.path) ? 'deleted' : 'add';
  // Our template has not changed since init (or since the last upgrade): the team's edit is all the difference, and theirs.
  if (recorded !== undefined && sha256(file.text) === recorded && !take.has(file.path)) return 'current';
  if (recorded !== undefined && sha256(before) === recorded) return 'replace';
  return take.has(file.path) ? 'take' : 'keep';
}
