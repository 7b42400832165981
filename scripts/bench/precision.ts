/**
 * Precision and recall of the style rules on the precision corpus (test/fixtures/precision/):
 * real status-page updates written by other teams, each labelled by hand with what every rule
 * should and should not flag. An item counts once per rule: the rule flagged it or not, and the
 * label says whether it should have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StyleSchema } from '../../src/core/content/config/config-schema.ts';
import { createStyleLinter } from '../../src/core/checks/style/lint.ts';
import { STYLE_RULE_IDS, type StyleRuleId } from '../../src/core/diagnostics/catalog/style-rules.ts';

export const PRECISION_DIR = new URL('../../test/fixtures/precision/', import.meta.url).pathname;

export interface CorpusItem {
  /** `<source>/<incident file>#<n>`: the n-th update (paragraph) of that incident file. */
  id: string;
  /** The incident file in the source repository. */
  path: string;
  text: string;
}

/** One organisation's status page, as stored in corpus/<source>.json. */
export interface CorpusSource {
  organisation: string;
  repository: string;
  commit: string;
  licence: string;
  /** Who the page is written for: decides the jargon list, as `style.audience` does. */
  audience: 'developers' | 'general';
  /** What the items are paragraphs of: a status page's updates (the default) or post-incident reports. */
  kind?: 'post-incident reports';
  items: CorpusItem[];
}

export interface Label {
  expected: boolean;
  reason: string;
}

/** Item id → rule → the hand label. */
export type Labels = Record<string, Partial<Record<StyleRuleId, Label>>>;

export interface RuleFigures {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Of the items the rule flagged, the share it should have flagged; null when it flagged none. */
  precision: number | null;
  /** Of the items it should have flagged, the share it did; null when there were none. */
  recall: number | null;
  /** The item ids it got wrong, for reading. */
  wrong: { id: string; expected: boolean; found: string[] }[];
}

/** Figures with nothing counted yet. */
export const noFigures = (): RuleFigures => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  trueNegatives: 0,
  precision: null,
  recall: null,
  wrong: [],
});

/** Counts one labelled item: whether the rule flagged it (`found` non-empty) against whether it should have. */
export function countItem(r: RuleFigures, id: string, expected: boolean, found: string[]): void {
  const flagged = found.length > 0;
  if (flagged && expected) r.truePositives++;
  else if (flagged) r.falsePositives++;
  else if (expected) r.falseNegatives++;
  else r.trueNegatives++;
  if (flagged !== expected) r.wrong.push({ id, expected, found });
}

/** Works out precision and recall from the counts. */
export function finishFigures<T extends RuleFigures>(r: T): T {
  const flagged = r.truePositives + r.falsePositives;
  const should = r.truePositives + r.falseNegatives;
  r.precision = flagged ? r.truePositives / flagged : null;
  r.recall = should ? r.truePositives / should : null;
  return r;
}

export interface PrecisionReport {
  sources: { organisation: string; repository: string; items: number; reports: boolean }[];
  items: number;
  rules: Record<StyleRuleId, RuleFigures>;
}

export function readCorpus(dir = PRECISION_DIR): { sources: CorpusSource[]; labels: Labels } {
  const corpus = join(dir, 'corpus');
  const sources = readdirSync(corpus)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as CorpusSource);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  return { sources, labels };
}

/** What each rule finds in each item: item id → rule → the words it flagged. */
export function findingsOn(sources: readonly CorpusSource[]): Map<string, Map<StyleRuleId, string[]>> {
  const out = new Map<string, Map<StyleRuleId, string[]>>();
  for (const source of sources) {
    const lint = createStyleLinter({ style: StyleSchema.parse({ audience: source.audience }), enabled: () => true });
    for (const item of source.items) {
      const byRule = new Map<StyleRuleId, string[]>();
      for (const f of lint(item.text, { line: 1 })) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f.actual ?? f.message]);
      out.set(item.id, byRule);
    }
  }
  return out;
}

export function measurePrecision(dir = PRECISION_DIR): PrecisionReport {
  const { sources, labels } = readCorpus(dir);
  const found = findingsOn(sources);
  const rules = {} as Record<StyleRuleId, RuleFigures>;
  for (const rule of STYLE_RULE_IDS) {
    const r = noFigures();
    for (const source of sources) {
      for (const item of source.items) {
        const label = labels[item.id]?.[rule];
        if (!label) throw new Error(`${item.id} has no label for ${rule} in labels.json`);
        countItem(r, item.id, label.expected, found.get(item.id)?.get(rule) ?? []);
      }
    }
    rules[rule] = finishFigures(r);
  }
  return {
    sources: sources.map((s) => ({
      organisation: s.organisation,
      repository: s.repository,
      items: s.items.length,
      reports: s.kind === 'post-incident reports',
    })),
    items: sources.reduce((n, s) => n + s.items.length, 0),
    rules,
  };
}

/** The rules on unless a config turns them off: every style rule (a rule's default is an error or a warning, never off). */
export const DEFAULT_ON_STYLE_RULES: readonly StyleRuleId[] = STYLE_RULE_IDS;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);

/** A rule's figures as the README's rule table states them: "100 % / 50 % (2 right, 0 wrong, 2 missed)". */
export function figuresCell(r: RuleFigures): string {
  return `${percent(r.precision)} / ${percent(r.recall)} (${r.truePositives} right, ${r.falsePositives} wrong, ${r.falseNegatives} missed)`;
}

/** The corpus as the README describes it. */
export function corpusSentence(report: PrecisionReport): string {
  const pages = report.sources.filter((s) => !s.reports);
  const reports = report.sources.filter((s) => s.reports);
  const count = (list: typeof pages) => list.reduce((n, s) => n + s.items, 0);
  return `${count(pages)} update paragraphs from ${pages.length} organisations' status pages and ${count(reports)} paragraphs of ${reports.length} other organisations' post-incident reports`;
}
