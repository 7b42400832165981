import { hash } from 'node:crypto';
import { serialize } from 'node:v8';
import { loadConfig, type LoadedConfig } from './config/config.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { readFoundFile } from './files/file-read.ts';
import { duplicateId } from './duplicate-id.ts';
import { contentBoundary, walkFiles, type FoundFile } from './files/file-tree.ts';
import { INCIDENTS_DIR, isDraftName, isMarkdownName } from '../shared/content-layout.ts';
import type { Incident } from './model.ts';
import { parseIncident } from './parse-incident.ts';
import type { YamlValues } from './yaml/yaml-values.ts';
import type { ParsedIncidents } from './parsed-incidents.ts';

export interface ContentRoot {
  root: string;
  /** Missing when the config has errors. */
  loaded?: LoadedConfig;
  /** Every incident and maintenance that read without errors, newest start first. */
  incidents: Incident[];
  diagnostics: Diagnostic[];
  /** How many incident files were read. */
  files: number;
  /** The text of each incident in `incidents`, by file, so later checks need not read it again. */
  sources: Map<string, string>;
}

export interface LoadOptions {
  /** Only read these incident files (paths relative to the root); the config is always read. */
  only?: ReadonlySet<string>;
  /** Frontmatter values remembered from an earlier run (see YamlValues); the result is the same without them. */
  yamlValues?: YamlValues;
  /** Whole parses remembered from an earlier run (see ParsedIncidents); the result is the same without them. */
  parsed?: ParsedIncidents;
}

/**
 * Reads and validates a whole content root: `status.config.yaml` and `incidents/**\/*.md`. The
 * result does not depend on the clock: times in the future are checked in checks/in-future.ts.
 */
export function loadContentRoot(root: string, options: LoadOptions = {}): ContentRoot {
  return contentOf(readContentFiles(root, options), options.only);
}

/** A content root's files as read and parsed, one by one, before `contentOf` puts them together. */
export interface ContentFiles {
  root: string;
  loaded?: LoadedConfig;
  /** The config's findings. */
  diagnostics: Diagnostic[];
  /** The incident paths refused before reading (a link out of the root), reported even when `only` skips them. */
  unsafe: Diagnostic[];
  /** How many incident files there are, read or not. */
  found: number;
  /** Each incident file read, in path order. */
  read: ReadFile[];
}

type ReadFile = { file: string } & ({ problem: Diagnostic } | { text: string; result: ReturnType<typeof parseIncident> });

/**
 * Reads and parses each incident file once (those in `only`, if given), so one reading can serve
 * several views of the same content (the pull-request comment checks the changed files and
 * loads them all).
 */
export function readContentFiles(root: string, options: LoadOptions = {}): ContentFiles {
  const { loaded, diagnostics } = loadConfig(root);
  const { files, diagnostics: unsafe } = findIncidentFiles(root);
  const read: ReadFile[] = [];
  // What a parse depends on of the config: the components an incident may name, and how.
  const components = loaded && options.parsed ? hash('sha1', serialize([...loaded.componentsById]), 'base64url') : '';
  // without components nothing can be validated; the config errors say why
  for (const found of loaded ? files : []) {
    const file = found.path;
    if (options.only && !options.only.has(file)) continue;
    const source = readFoundFile(found);
    if ('problem' in source) {
      read.push({ file, problem: source.problem });
      continue;
    }
    let result = options.parsed?.recall(file, source.text, components);
    if (!result) {
      result = parseIncident(file, source.text, {
        components: loaded!.componentsById,
        ...(options.yamlValues ? { yamlValues: options.yamlValues } : {}),
      });
      options.parsed?.remember(file, source.text, components, result);
    }
    read.push({ file, text: source.text, result });
  }
  return { root, ...(loaded ? { loaded } : {}), diagnostics, unsafe, found: files.length, read };
}

/** The content of the files read, or of those in `only` among them: what `loadContentRoot` with the same `only` gives. */
export function contentOf(content: ContentFiles, only?: ReadonlySet<string>): ContentRoot {
  const { root, loaded } = content;
  // A link that leaves the content root is refused even when --changed skips the files.
  const all: Diagnostic[] = [...content.diagnostics, ...content.unsafe];
  const incidents: Incident[] = [];
  const seen = new Map<string, string>();
  const sources = new Map<string, string>();
  let read = 0;
  for (const entry of content.read) {
    const { file } = entry;
    if (only && !only.has(file)) continue;
    read++;
    if ('problem' in entry) {
      all.push(entry.problem);
      continue;
    }
    const { result } = entry;
    all.push(...result.diagnostics);
    if (!result.incident) continue;
    const other = seen.get(result.incident.id);
    if (other) {
      all.push(duplicateId(file, other));
      continue;
    }
    seen.set(result.incident.id, file);
    sources.set(file, entry.text);
    incidents.push(result.incident);
  }
  if (loaded && content.found === 0 && content.unsafe.length === 0) {
    all.push(diagnose(CATALOG.noIncidents, INCIDENTS_DIR, { line: 0, column: 0 }));
  }
  incidents.sort((a, b) => b.started.getTime() - a.started.getTime() || a.id.localeCompare(b.id));
  return { root, ...(loaded ? { loaded } : {}), incidents, diagnostics: sortDiagnostics(all), files: read, sources };
}

/**
 * The incident files (`isIncidentFile`), sorted, with `/` separators. Symlinks are followed only
 * inside the content root and out of .git; the findings say which were not.
 */
export function findIncidentFiles(root: string): { files: FoundFile[]; diagnostics: Diagnostic[] } {
  return walkFiles(contentBoundary(root), INCIDENTS_DIR, {
    skip: isDraftName,
    descend: (name) => !isMarkdownName(name),
    want: isMarkdownName,
  });
}

/** The paths of the incident files `findIncidentFiles` finds. */
export function listIncidentFiles(root: string): string[] {
  return findIncidentFiles(root).files.map((f) => f.path);
}
