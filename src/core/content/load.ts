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
  const { loaded, diagnostics } = loadConfig(root);
  const all: Diagnostic[] = [...diagnostics];
  const incidents: Incident[] = [];
  const { files, diagnostics: unsafe } = findIncidentFiles(root);
  // A link that leaves the content root is refused even when --changed skips the files.
  all.push(...unsafe);
  const seen = new Map<string, string>();
  const sources = new Map<string, string>();
  let read = 0;
  // What a parse depends on of the config: the components an incident may name, and how.
  const components = loaded && options.parsed ? hash('sha1', serialize([...loaded.componentsById]), 'base64url') : '';
  for (const found of files) {
    const file = found.path;
    if (options.only && !options.only.has(file)) continue;
    if (!loaded) continue; // without components nothing can be validated; the config errors say why
    read++;
    const source = readFoundFile(found);
    if ('problem' in source) {
      all.push(source.problem);
      continue;
    }
    const { text } = source;
    let result = options.parsed?.recall(file, text, components);
    if (!result) {
      result = parseIncident(file, text, {
        components: loaded.componentsById,
        ...(options.yamlValues ? { yamlValues: options.yamlValues } : {}),
      });
      options.parsed?.remember(file, text, components, result);
    }
    all.push(...result.diagnostics);
    if (!result.incident) continue;
    const other = seen.get(result.incident.id);
    if (other) {
      all.push(duplicateId(file, other));
      continue;
    }
    seen.set(result.incident.id, file);
    sources.set(file, text);
    incidents.push(result.incident);
  }
  if (loaded && files.length === 0 && unsafe.length === 0) {
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
