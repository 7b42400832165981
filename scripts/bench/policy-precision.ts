/**
 * Precision and recall of the policy rules on the precision corpus: the source incident files
 * turned into Statusmark incidents (corpus-incidents.ts) and the post-incident reports of
 * test/fixtures/precision/reports/, each labelled by hand in policy-labels.json with what every
 * policy rule should and should not flag. An incident counts once per rule: the rule flagged it
 * or not. A label of `null` means the source does not record what the rule needs (most often the
 * time of an update); such an incident is left out of that rule's figures and counted apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicySchema } from '../../src/core/content/config/config-schema.ts';
import type { Incident } from '../../src/core/content/model.ts';
import { parseIncident } from '../../src/core/content/parse-incident.ts';
import { checkPolicy, type PolicyFinding } from '../../src/core/checks/policy/check.ts';
import { reportGaps } from '../../src/core/checks/policy/report-content.ts';
import { POLICY_RULE_IDS, type PolicyRuleId } from '../../src/core/diagnostics/catalog/policy-rules.ts';
import { MINUTE } from '../../src/core/shared/time.ts';
import { convertIncident, type ConvertedIncident, type SourceFormat } from './corpus-incidents.ts';
import { countItem, figuresCell, finishFigures, noFigures, PRECISION_DIR, readCorpus, type RuleFigures } from './precision.ts';

/** The rules that read the clock are measured at one stated time, after every incident of the corpus ended. */
export const FIXED_NOW = new Date('2026-12-01T00:00:00Z');
/**
 * policy-next-update and policy-update-overdue ask about an open incident, and every incident of the
 * corpus has ended: they are replayed at a time relative to each incident's first update, as a check
 * run then would have seen it (only what was published by then counts).
 */
export const REPLAY_MINUTES: Partial<Record<PolicyRuleId, number>> = {
  'policy-next-update': 1,
  'policy-update-overdue': 31,
};

export interface PolicyLabel {
  /** Should the rule flag this incident? `null`: the source does not record what the rule needs. */
  expected: boolean | null;
  reason: string;
  /** policy-report-sections: the sections the report really lacks, by reading it. */
  missing?: string[];
}

/** Incident or report id → rule → the hand label. */
export type PolicyLabels = Record<string, Partial<Record<PolicyRuleId, PolicyLabel>>>;

export interface ReportSource {
  /** `report/<organisation key>/<file name without extension>`. */
  id: string;
  organisation: string;
  repository: string;
  commit: string;
  path: string;
  licence: string;
  /** The file under reports/, as the repository holds it. */
  file: string;
}

export interface CorpusIncident {
  converted: ConvertedIncident;
  /** The incident as Statusmark reads the converted file; absent when it rejects the file. */
  incident?: Incident;
  /** Why Statusmark rejected the file, in its own words. */
  rejected: string[];
}

export interface PolicyFigures extends RuleFigures {
  /** Incidents left out: the source does not record what the rule needs. */
  notMeasurable: number;
}

export interface PolicyPrecisionReport {
  incidents: number;
  /** Incidents whose every update has a time in the source. */
  timed: number;
  updates: number;
  rejected: { id: string; why: string[] }[];
  reports: { organisation: string; count: number }[];
  rules: Record<PolicyRuleId, PolicyFigures>;
  /** policy-report-sections by section: of the sections it named missing, how many were. */
  sections: { named: number; right: number; missed: number; wrong: { id: string; section: string }[] };
}

/** What corpus/<source>.json says about converting its source files. */
interface SourceConversion {
  format: SourceFormat;
  /** Files whose only post was written when it was over (read by hand; see ConvertOptions). */
  closing: string[];
  /** Files that hold planned work (read by hand; see ConvertOptions). */
  maintenance: string[];
}

const CONVERSIONS = (dir: string): Record<string, SourceConversion> => {
  const out: Record<string, SourceConversion> = {};
  for (const f of readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.json'))) {
    const source = JSON.parse(readFileSync(join(dir, 'corpus', f), 'utf8')) as Partial<SourceConversion>;
    if (source.format)
      out[f.replace(/\.json$/, '')] = { format: source.format, closing: source.closing ?? [], maintenance: source.maintenance ?? [] };
  }
  return out;
};

/** Every source file of the corpus, converted and read as Statusmark reads an incident file. */
export function readCorpusIncidents(dir = PRECISION_DIR): CorpusIncident[] {
  const out: CorpusIncident[] = [];
  for (const [source, { format, closing, maintenance }] of Object.entries(CONVERSIONS(dir)).sort()) {
    for (const file of readdirSync(join(dir, 'sources', source)).sort()) {
      const text = readFileSync(join(dir, 'sources', source, file), 'utf8');
      const converted = convertIncident(source, file, format, text, {
        closing: closing.includes(file),
        maintenance: maintenance.includes(file),
      });
      const parsed = parseIncident(`${converted.id}.md`, converted.markdown, { components: new Map() });
      const rejected = parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      out.push({ converted, incident: parsed.incident, rejected });
    }
  }
  return out;
}

export function readReportSources(dir = PRECISION_DIR): ReportSource[] {
  return JSON.parse(readFileSync(join(dir, 'reports', 'reports.json'), 'utf8')) as ReportSource[];
}

/**
 * A blog post as a Statusmark report: the front matter (TOML or YAML), HTML comments and the
 * "more" marker left out, and the headings shifted so the post's top level is `###`, the level
 * Statusmark reads a report's sections at.
 */
export function reportMarkdown(text: string): string {
  const body = text
    .replace(/^\+\+\+\n[\s\S]*?\n\+\+\+\n/, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const levels = [...body.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1]!.length);
  const shift = levels.length ? 3 - Math.min(...levels) : 0;
  return body.replace(/^(#{1,6})(\s)/gm, (_, hashes: string, space: string) => `${'#'.repeat(Math.min(6, hashes.length + shift))}${space}`);
}

/** A report as the one thing Statusmark checks of it: the incident's report section. */
function reportIncident(source: ReportSource, markdown: string): Incident {
  return {
    id: source.id,
    file: source.file,
    kind: 'incident',
    title: source.id,
    impact: 'major',
    components: [],
    started: FIXED_NOW,
    owners: [],
    updates: [],
    report: { markdown, line: 1 },
  };
}

const POLICY = PolicySchema.parse({});

function findings(incident: Incident, text: string, rule: PolicyRuleId): PolicyFinding[] {
  const replay = REPLAY_MINUTES[rule];
  const first = [...incident.updates].sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  const now = replay !== undefined && first ? new Date(first.at.getTime() + replay * MINUTE) : FIXED_NOW;
  return checkPolicy(incident, { policy: POLICY, now, text, enabled: () => true }).filter((f) => f.rule === rule);
}

export function readPolicyLabels(dir = PRECISION_DIR): PolicyLabels {
  return JSON.parse(readFileSync(join(dir, 'policy-labels.json'), 'utf8')) as PolicyLabels;
}

export function measurePolicyPrecision(dir = PRECISION_DIR): PolicyPrecisionReport {
  const incidents = readCorpusIncidents(dir);
  const reports = readReportSources(dir);
  const labels = readPolicyLabels(dir);
  const checked: { id: string; incident: Incident; text: string }[] = [];
  for (const c of incidents) if (c.incident) checked.push({ id: c.converted.id, incident: c.incident, text: c.converted.markdown });
  for (const r of reports) {
    const markdown = reportMarkdown(readFileSync(join(dir, 'reports', r.file), 'utf8'));
    checked.push({ id: r.id, incident: reportIncident(r, markdown), text: markdown });
  }
  const rules = {} as Record<PolicyRuleId, PolicyFigures>;
  for (const rule of POLICY_RULE_IDS) {
    const r: PolicyFigures = { ...noFigures(), notMeasurable: 0 };
    for (const { id, incident, text } of checked) {
      const label = labels[id]?.[rule];
      if (!label) throw new Error(`${id} has no label for ${rule} in policy-labels.json`);
      if (label.expected === null) {
        r.notMeasurable++;
        continue;
      }
      countItem(
        r,
        id,
        label.expected,
        findings(incident, text, rule).map((f) => f.message),
      );
    }
    rules[rule] = finishFigures(r);
  }
  const sections = { named: 0, right: 0, missed: 0, wrong: [] as { id: string; section: string }[] };
  for (const { id, incident } of checked) {
    const label = labels[id]?.['policy-report-sections'];
    if (!incident.report || !label?.missing) continue;
    const named = reportGaps(incident.report.markdown).missing as string[];
    sections.named += named.length;
    for (const s of named) {
      if (label.missing.includes(s)) sections.right++;
      else sections.wrong.push({ id, section: s });
    }
    sections.missed += label.missing.filter((s) => !named.includes(s)).length;
  }
  const byOrganisation = new Map<string, number>();
  for (const r of reports) byOrganisation.set(r.organisation, (byOrganisation.get(r.organisation) ?? 0) + 1);
  return {
    incidents: incidents.length,
    timed: incidents.filter((c) => c.converted.timed).length,
    updates: incidents.reduce((n, c) => n + c.converted.posts.length, 0),
    rejected: incidents.filter((c) => !c.incident).map((c) => ({ id: c.converted.id, why: c.rejected })),
    reports: [...byOrganisation].map(([organisation, count]) => ({ organisation, count })),
    rules,
    sections,
  };
}

/** The rules on unless a config turns them off: every policy rule (each defaults to a warning). */
export const DEFAULT_ON_POLICY_RULES: readonly PolicyRuleId[] = POLICY_RULE_IDS;

/** A policy rule's figures as the README's rule table states them, with the incidents the sources could not measure it on. */
export function policyFiguresCell(r: PolicyFigures): string {
  return `${figuresCell(r)}; ${r.notMeasurable} not measurable`;
}

/** The incident part of the corpus as the README describes it. */
export function incidentCorpusSentence(report: PolicyPrecisionReport): string {
  const orgs = report.reports.length;
  const count = report.reports.reduce((n, r) => n + r.count, 0);
  return `${report.incidents} incidents (${report.updates} updates) from the same status pages and ${count} post-incident reports from ${orgs} other organisations`;
}

export { readCorpus };
