import type { LoadedConfig } from '../content/config/config.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { duplicateId } from '../content/duplicate-id.ts';
import { splitFrontmatter } from '../content/frontmatter-split.ts';
import { scanBody } from '../content/incident-body.ts';
import { incidentIdOf } from '../shared/content-layout.ts';
import { listIncidentFiles, loadContentRoot, type ContentRoot } from '../content/load.ts';
import type { Incident } from '../content/model.ts';
import { checkAtNow, parseIncidentAt } from './in-future.ts';
import { olderFormFindings } from './older-forms.ts';
import { checkPolicy, frontmatterPosition } from './policy/check.ts';
import type { RuleId } from '../diagnostics/catalog/all-rules.ts';
import { RuleSettings, Suppressions } from './rules.ts';
import { createStyleLinter } from './style/lint.ts';
import { styleCovers } from '../diagnostics/catalog/style-rules.ts';
import { YamlValueCache } from './yaml-value-cache.ts';

/**
 * `npm run check` = validation (parseIncident, loadContentRoot) + the checks at `now` (in-future.ts)
 * + the communication policy + the plain-language style. The CLI runs the same functions on the
 * text it is about to write; the build runs them on the content it then builds the site from.
 */
export interface CheckOptions {
  now: Date;
  /** Only these incident files (for `--changed`); the config is always checked. */
  only?: ReadonlySet<string>;
  /** Run only the rules configured as errors (what the build runs, and `npm run check -- --errors-only`). */
  errorsOnly?: boolean;
  /** Remember style findings between runs in this file (npm run check uses node_modules/.cache). */
  styleCacheFile?: string;
  /** Remember each frontmatter's parsed value between runs in this file (see YamlValueCache). */
  yamlCacheFile?: string;
}

/** Lints incidents of one content root: built once per config, used for every file. */
export class IncidentLinter {
  private readonly loaded: LoadedConfig;
  private readonly now: Date;
  private readonly rules: RuleSettings;
  private readonly style: ReturnType<typeof createStyleLinter>;
  /** The style rules know English words only: for content in another language they stay quiet rather than be wrong. */
  private readonly styleApplies: boolean;

  constructor(loaded: LoadedConfig, options: { now: Date; errorsOnly?: boolean; styleCacheFile?: string }) {
    this.loaded = loaded;
    this.now = options.now;
    this.rules = new RuleSettings(loaded.config.rules, options);
    this.styleApplies = styleCovers(loaded.locale);
    this.style = createStyleLinter({
      style: loaded.config.style,
      enabled: (r) => this.rules.enabled(r),
      ...(options.styleCacheFile ? { cacheFile: options.styleCacheFile } : {}),
    });
  }

  /** Keeps the style findings for the next run, when the linter has a cache file. */
  saveStyleCache(prune: boolean): void {
    this.style.save(prune);
  }

  /** False when no rule runs (the build, with no rule configured as an error): then there is nothing to lint. */
  get active(): boolean {
    return this.rules.anyEnabled;
  }

  /**
   * Policy and style findings for one incident that read without errors; `text` is its file's text.
   * A rule that fails is a warning, never an error: whether a file is valid is decided by
   * parseIncident and the rules' findings alone, so check, build and the CLI cannot disagree
   * because a rule that only one of them runs went wrong.
   */
  lint(incident: Incident, text: string): Diagnostic[] {
    try {
      return this.findings(incident, text);
    } catch (error) {
      return [diagnose(CATALOG.rulesFailed, incident.file, { line: 1, column: 1 }, { error: (error as Error).message ?? String(error) })];
    }
  }

  private findings(incident: Incident, text: string): Diagnostic[] {
    const file = incident.file;
    const found: { rule: RuleId; line: number; column: number; message: string; hint: string }[] = [];
    found.push(...checkPolicy(incident, { policy: this.loaded.config.policy, now: this.now, text, enabled: (r) => this.rules.enabled(r) }));
    const blocks = proseBlocks(text);
    if (this.styleApplies) found.push(...this.style(blocks.prose, { line: 1 }));
    // The title and the workaround, in one run: each on its own line of a small document.
    const fields = (['title', 'workaround'] as const).filter((f) => this.styleApplies && incident[f]);
    if (fields.length) {
      const doc = fields.map((f) => incident[f]!.replace(/\s+/g, ' ')).join('\n\n');
      for (const f of this.style(doc, { line: 1 })) {
        const field = fields[(f.line - 1) / 2];
        if (!field) continue;
        const at = frontmatterPosition(text, field);
        const line = text.split('\n')[at.line - 1] ?? '';
        const offset = Math.max(0, line.indexOf(incident[field]!.slice(0, 12)));
        found.push({ ...f, line: at.line, column: offset + f.column });
      }
    }
    const suppressions = new Suppressions(file, text, blocks.starts);
    const out: Diagnostic[] = [];
    for (const f of found) {
      if (suppressions.has(f.rule, f.line)) continue;
      const severity = this.rules.severity(f.rule);
      if (severity === 'off') continue;
      out.push({ severity, code: f.rule, file, line: f.line, column: f.column, message: f.message, hint: f.hint });
    }
    if (this.rules.reportsWarnings) out.push(...suppressions.diagnostics);
    return out;
  }
}

/**
 * The prose of an incident file, for the style rules: the file's text with every line that is not
 * prose blanked (frontmatter, update headings, `Components:` lines), so one linter run covers the
 * summary, every update and the report, and its positions are the file's own. `starts` are the
 * first lines of the blocks a suppression comment applies to.
 */
export function proseBlocks(text: string): { prose: string; starts: number[] } {
  const source = text.replace(/^\uFEFF/, '');
  const { body, firstBodyLine } = splitFrontmatter(source);
  const structure = scanBody(body, firstBodyLine);
  const lines = source.split('\n');
  const blank = (line: number) => {
    if (line >= 1 && line <= lines.length) lines[line - 1] = '';
  };
  for (let l = 1; l < firstBodyLine; l++) blank(l);
  for (const h of structure.headings) {
    blank(h.line);
    if (/^\s*components\s*:/i.test(h.body.split('\n')[0] ?? '')) blank(h.bodyLine);
  }
  if (structure.report) blank(structure.report.line);
  const starts = [...structure.headings.map((h) => h.line), ...(structure.report ? [structure.report.line] : [])];
  return { prose: lines.join('\n'), starts };
}

/** Everything `npm run check` says about one incident file's text, without reading or writing anything. */
export function checkIncidentText(
  file: string,
  text: string,
  loaded: LoadedConfig,
  options: { now: Date; errorsOnly?: boolean; linter?: IncidentLinter },
): { incident?: Incident; diagnostics: Diagnostic[] } {
  const result = parseIncidentAt(file, text, { components: loaded.componentsById }, options.now);
  if (!result.incident) return result;
  const linter = options.linter ?? new IncidentLinter(loaded, options);
  return { incident: result.incident, diagnostics: sortDiagnostics([...result.diagnostics, ...linter.lint(result.incident, text)]) };
}

/** `npm run check`: reads a content root, then checks it (checkContent). */
export function checkContentRoot(root: string, options: CheckOptions): ContentRoot {
  const yamlValues = options.yamlCacheFile ? new YamlValueCache(options.yamlCacheFile) : undefined;
  const content = loadContentRoot(root, { ...(options.only ? { only: options.only } : {}), ...(yamlValues ? { yamlValues } : {}) });
  try {
    yamlValues?.save(!options.only);
  } catch {
    // a read-only folder only costs the next run its speed
  }
  return checkContent(content, options);
}

/**
 * Checks content already read (with the same `only`): the checks at `now`, then the policy and
 * style of every incident that passed them. The result holds only the incidents without errors.
 */
export function checkContent(content: ContentRoot, options: CheckOptions): ContentRoot {
  if (!content.loaded) return content;
  const all = [...content.diagnostics, ...olderFormFindings(content.root)];
  const incidents: Incident[] = [];
  for (const incident of content.incidents) {
    const late = checkAtNow(incident, content.sources.get(incident.file) ?? '', options.now);
    all.push(...late);
    if (!late.length) incidents.push(incident);
  }
  const linter = new IncidentLinter(content.loaded, options);
  for (const incident of linter.active ? incidents : []) {
    const text = content.sources.get(incident.file);
    if (text !== undefined) all.push(...linter.lint(incident, text));
  }
  if (options.only) all.push(...duplicatesOutside(content.root, options.only));
  if (options.styleCacheFile) {
    try {
      linter.saveStyleCache(!options.only);
    } catch {
      // a read-only folder only costs the next run its speed
    }
  }
  return { ...content, incidents, diagnostics: sortDiagnostics(all) };
}

/** With `only`, a checked file whose id is taken by a file that was not checked is still a duplicate. */
function duplicatesOutside(root: string, only: ReadonlySet<string>): Diagnostic[] {
  const files = listIncidentFiles(root);
  const out: Diagnostic[] = [];
  for (const file of files) {
    if (!only.has(file)) continue;
    const other = files.find((f) => f !== file && !only.has(f) && incidentIdOf(f) === incidentIdOf(file));
    if (other) out.push(duplicateId(file, other));
  }
  return out;
}
