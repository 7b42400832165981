/** The older forms of the migration table (content/config/older-forms.ts) as findings of `statusmark check`. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { findOlderForms, type OlderFormFound } from '../content/config/older-forms.ts';
import { readFileIn } from '../content/files/file-read.ts';
import { contentBoundary } from '../content/files/file-tree.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { CONFIG_FILE } from '../shared/content-layout.ts';

/** Whether `path` (relative to `root`) is a file there. */
export const fileIn =
  (root: string) =>
  (path: string): boolean => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };

export function olderFormsIn(root: string): OlderFormFound[] {
  const read = readFileIn(contentBoundary(root), CONFIG_FILE);
  if (!read || 'problem' in read) return [];
  return findOlderForms(CONFIG_FILE, read.text, fileIn(root));
}

export function olderFormFindings(root: string): Diagnostic[] {
  return olderFormsIn(root).map((found) => {
    switch (found.form) {
      case 'language-field':
        return diagnose(CATALOG.olderLanguageField, found.file, found, { replacement: found.after! });
      case 'language-beside-locale':
        return diagnose(CATALOG.languageBesideLocale, found.file, found, {});
      case 'schema-line-in-copy':
        return diagnose(CATALOG.olderSchemaLine, found.file, found, { target: found.old, replacement: found.after! });
    }
  });
}
