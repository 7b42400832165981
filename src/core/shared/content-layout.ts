/**
 * Where things stand in a content root: its config file, and what counts as an incident file
 * and its id.
 */

/** The site's config, at the top of the content root. */
export const CONFIG_FILE = 'status.config.yaml';

/**
 * What counts as an incident file, and its id: `incidents/**\/*.md`, except drafts (a file or
 * folder whose name starts with `_` or `.`). The one answer for reading a folder on disk, a
 * branch on GitHub and a `git diff`, so all three see the same files.
 */
export const INCIDENTS_DIR = 'incidents';

/** A draft, left out of the page: `_draft.md`, `.hidden/`. */
export const isDraftName = (name: string): boolean => name.startsWith('_') || name.startsWith('.');

/** A Markdown file name (a folder with such a name is not descended into). */
export const isMarkdownName = (name: string): boolean => name.toLowerCase().endsWith('.md');

/** Whether a path relative to the content root, with `/` separators, is an incident file. */
export function isIncidentFile(path: string): boolean {
  const [top, ...rest] = path.split('/');
  const name = rest.pop();
  if (top !== INCIDENTS_DIR || name === undefined || !isMarkdownName(name) || isDraftName(name)) return false;
  return rest.every((folder) => !isDraftName(folder) && !isMarkdownName(folder));
}

/** The id of an incident file: its name without `.md`, wherever it stands under `incidents/`. */
export function incidentIdOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}
