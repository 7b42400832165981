import { basename } from 'node:path';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { FILE_START, type DiagnosticBag } from '../diagnostics/diagnostics.ts';
import { incidentIdOf } from '../shared/content-layout.ts';
import { splitFrontmatter } from './frontmatter-split.ts';
import { IncidentFrontmatterSchema, MaintenanceFrontmatterSchema } from './incident-frontmatter.ts';
import type { IncidentKind } from './model.ts';
import { checkTitle, unseenInName } from './text/readable-text.ts';
import { reportIssues } from './yaml/schema-issues.ts';
import { YamlSource } from './yaml/yaml-source.ts';
import type { YamlValues } from './yaml/yaml-values.ts';

/** An incident file's frontmatter, valid against its kind's schema, and the Markdown body after it. */
export interface ReadFrontmatter {
  id: string;
  kind: IncidentKind;
  front: Record<string, unknown> & { title: string };
  /** Where each value of the frontmatter stands, for findings about it. */
  yaml: YamlSource;
  body: string;
  /** The file line the body starts on: the line after the closing `---`. */
  firstBodyLine: number;
}

/**
 * The file name, the frontmatter and its title, each reported on `bag`; undefined when the
 * frontmatter cannot be read or is not valid, so the body is not read either. `values` may hold the
 * frontmatter's value from an earlier parse of the same text (see YamlValues).
 */
export function readFrontmatter(bag: DiagnosticBag, file: string, text: string, values?: YamlValues): ReadFrontmatter | undefined {
  const id = incidentIdOf(file);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    bag.report(CATALOG.badFileName, FILE_START, { name: basename(file), unseen: unseenInName(basename(file)) });
  }
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(source)) {
    bag.report(CATALOG.missingFrontmatter, FILE_START);
    return undefined;
  }
  const parsed = splitFrontmatter(source);
  const yaml = new YamlSource(parsed.yaml, 1, values);
  if (!yaml.reportSyntax(bag)) return undefined;
  const data: unknown = yaml.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    bag.report(CATALOG.frontmatterNotAMap, FILE_START);
    return undefined;
  }
  const fm = data as Record<string, unknown>;
  const kind: IncidentKind = fm.kind === 'maintenance' ? 'maintenance' : 'incident';
  if (fm.kind !== undefined && fm.kind !== 'incident' && fm.kind !== 'maintenance') {
    bag.report(CATALOG.unknownKind, yaml.position(['kind']), { kind: typeof fm.kind === 'string' ? fm.kind : JSON.stringify(fm.kind) });
    return undefined;
  }
  if (kind === 'incident' && 'window' in fm) {
    bag.report(CATALOG.windowInIncident, yaml.position([], 'window'));
    return undefined;
  }
  const schema = kind === 'maintenance' ? MaintenanceFrontmatterSchema : IncidentFrontmatterSchema;
  const result = schema.safeParse(fm);
  if (!result.success) {
    reportIssues(result.error.issues, schema, yaml, bag, 'frontmatter');
    return undefined;
  }
  const front = result.data as Record<string, unknown> & { title: string };
  const src = yaml;
  checkTitle(
    front.title,
    () => src.position(['title']),
    (line) => source.split('\n', line)[line - 1] ?? '',
    bag,
  );
  return { id, kind, front, yaml: src, body: parsed.body, firstBodyLine: parsed.firstBodyLine };
}
