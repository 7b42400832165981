/**
 * Forms of the content an older Statusmark wrote or read that the current one reads differently or
 * not at all: the migration table. `statusmark check` reports each one it finds (a warning with
 * the line and what to write instead) and `statusmark upgrade` rewrites it.
 *
 * An entry names the contract version whose form replaced the old one, finds the old form in a
 * file's text and says what its line becomes. Findings are text-only except for `exists`, which
 * answers whether a path relative to the content root is a file there.
 */
import { CONFIG_FILE } from '../../shared/content-layout.ts';

export interface OlderFormFound {
  /** Which entry of the table found it. */
  form: OlderFormId;
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The old form's own words on the line, e.g. the path a `$schema` line names. */
  old: string;
  /** The line as it is, and as it becomes; `undefined` when the line goes. */
  before: string;
  after: string | undefined;
}

export type OlderFormId = 'schema-line-in-copy' | 'language-field' | 'language-beside-locale';

interface OlderForm {
  id: OlderFormId;
  /** The contract version whose form replaces it. */
  since: number;
  file: string;
  /** `lines` is the whole file, for a form whose rewrite depends on another line. */
  find(
    line: string,
    exists: (path: string) => boolean,
    lines: readonly string[],
  ): { column: number; old: string; after: string | undefined } | undefined;
}

/** Where the installed package keeps the config's JSON schema. */
export const PACKAGE_SCHEMA = './node_modules/statusmark/status.config.schema.json';

const SCHEMA_LINE = /^(#\s*yaml-language-server:\s*\$schema=)(\S+)\s*$/;

const LANGUAGE_LINE = /^language(\s*:.*)$/;
const LOCALE_LINE = /^locale\s*:/;

const OLDER_FORMS: readonly OlderForm[] = [
  {
    // Statusmark 0.1 was a repository to copy, with the schema at its top; a team's repository
    // now depends on the package, which ships the schema that matches the installed version.
    id: 'schema-line-in-copy',
    since: 1,
    file: CONFIG_FILE,
    find(line, exists) {
      const match = SCHEMA_LINE.exec(line);
      if (!match || match[2] !== './status.config.schema.json' || exists('status.config.schema.json')) return undefined;
      return { column: match[1]!.length + 1, old: match[2], after: `${match[1]}${PACKAGE_SCHEMA}` };
    },
  },
  {
    // Contract 1 had `language`, for the feeds only; `locale` sets the language of everything a reader sees.
    id: 'language-field',
    since: 1,
    file: CONFIG_FILE,
    find(line, _exists, lines) {
      const match = LANGUAGE_LINE.exec(line);
      if (!match || lines.some((l) => LOCALE_LINE.test(l))) return undefined;
      return { column: 1, old: 'language', after: `locale${match[1]}` };
    },
  },
  {
    // Beside `locale`, the config reads `language` not at all: renaming it would write a second `locale`.
    id: 'language-beside-locale',
    since: 1,
    file: CONFIG_FILE,
    find(line, _exists, lines) {
      if (!LANGUAGE_LINE.test(line) || !lines.some((l) => LOCALE_LINE.test(l))) return undefined;
      return { column: 1, old: 'language', after: undefined };
    },
  },
];

/** Every older form in `text`, the text of `file` (relative to the content root). */
export function findOlderForms(file: string, text: string, exists: (path: string) => boolean): OlderFormFound[] {
  const forms = OLDER_FORMS.filter((f) => f.file === file);
  if (!forms.length) return [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  return lines.flatMap((line, i) =>
    forms.flatMap((form) => {
      const found = form.find(line, exists, lines);
      return found ? [{ form: form.id, file, line: i + 1, ...found, before: line }] : [];
    }),
  );
}

/** `text` with every older form rewritten, each line in the file's own line endings. */
export function rewriteOlderForms(file: string, text: string, exists: (path: string) => boolean): string {
  const found = new Map(findOlderForms(file, text, exists).map((f) => [f.line, f]));
  if (!found.size) return text;
  return text
    .split('\n')
    .flatMap((line, i) => {
      const f = found.get(i + 1);
      if (!f) return [line];
      return f.after === undefined ? [] : [f.after + (line.endsWith('\r') ? '\r' : '')];
    })
    .join('\n');
}
