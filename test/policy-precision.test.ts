/**
 * The policy rules measured on the precision corpus (test/fixtures/precision/): the source
 * incident files of four status pages, turned into Statusmark incidents, and post-incident reports
 * of three other organisations, each labelled by hand. Every rule that is on by default keeps a
 * precision of at least 90 %, and the README states the figures this computation gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ON_POLICY_RULES,
  incidentCorpusSentence,
  measurePolicyPrecision,
  policyFiguresCell,
  readCorpusIncidents,
  readPolicyLabels,
  readReportSources,
  reportMarkdown,
} from '../scripts/bench/policy-precision.ts';
import { convertIncident } from '../scripts/bench/corpus-incidents.ts';
import { PRECISION_DIR } from '../scripts/bench/precision.ts';
import { parseIncident } from '../src/core/content/parse-incident.ts';
import { POLICY_RULE_IDS } from '../src/core/diagnostics/catalog/policy-rules.ts';

const report = measurePolicyPrecision();
const incidents = readCorpusIncidents();
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const parse = (markdown: string) => parseIncident('x.md', markdown, { components: new Map() });

describe('the incidents of the precision corpus', () => {
  it('are every source file, and Statusmark reads all but those whose own times contradict each other', () => {
    expect(report.incidents).toBe(243);
    expect(report.updates).toBeGreaterThanOrEqual(300);
    expect(new Set(incidents.map((c) => c.converted.id.split('/')[0])).size).toBe(4);
    expect(report.rejected.map((r) => r.id)).toEqual([
      'jenkins/2021-09-23-puppet-outage',
      'jenkins/2021-11-18-jenkins-io-outage',
      'jenkins/2022-06-13-repo-slow',
      'jenkins/2023-02-23-maintenance-aks-k8s-1-24',
      'jenkins/2023-06-02-trusted.ci-migration-to-azure',
      'jenkins/2023-12-06-systempool-tainted',
    ]);
    expect(report.rejected[0]!.why).toContain('this update is dated before the incident `started`');
  });

  it('maps Jenkins’ “[Final message]” and “[Initial message]” to the first update at `date` and the Resolved one at `resolvedWhen`', () => {
    const text = `---\ntitle: Bots migration\ndate: 2023-03-09T09:00:00-00:00\nresolved: true\nresolvedWhen: 2023-03-09T10:55:00-00:00\nseverity: down\nsection: issue\n---\n\n[Final message]\nThe 3 services are back online.\n\n[Initial message]\nA migration of the bots is planned.\n`;
    const converted = convertIncident('jenkins', '2023-03-09-bots-migrations.md', 'cstate', text);
    const incident = parse(converted.markdown).incident!;
    expect(incident.updates.map((u) => [u.at.toISOString(), u.status, u.markdown.trim()])).toEqual([
      ['2023-03-09T10:55:00.000Z', 'resolved', 'The 3 services are back online.'],
      ['2023-03-09T09:00:00.000Z', 'investigating', 'A migration of the bots is planned.'],
    ]);
    expect(incident.impact).toBe('critical');
  });

  it('reads Civo’s “12:20 GMT+1” as the post’s own time, and its zone-less `date` in that zone', () => {
    const text = `---\ntitle: Cluster connectivity issues NYC1\ndate: 2021-07-19 12:20:00\nresolved: true\nresolvedWhen: 2021-07-19 14:33:00\nseverity: disrupted\nsection: issue\n---\n\n14:33 GMT+1 We applied a bug fix.\n\n---\n\n12:20 GMT+1 We are aware of an issue.\n`;
    const converted = convertIncident('civo', 'x.md', 'cstate', text);
    const incident = parse(converted.markdown).incident!;
    expect(incident.started.toISOString()).toBe('2021-07-19T11:20:00.000Z');
    expect(incident.updates.map((u) => [u.at.toISOString(), u.status])).toEqual([
      ['2021-07-19T13:33:00.000Z', 'resolved'],
      ['2021-07-19T11:20:00.000Z', 'investigating'],
    ]);
    expect(converted.timed).toBe(true);
  });

  it('leaves out posts the source gives no time, and says so', () => {
    const text = `---\ntitle: Cluster launches disrupted\ndate: 2021-06-10 10:57:00\nresolved: true\nresolvedWhen: 2021-06-10 16:57:00\nseverity: notice\nsection: issue\n---\n\nFixed.\n\n---\n\nStill looking.\n\n---\n\nWe are investigating.\n`;
    const converted = convertIncident('civo', 'x.md', 'cstate', text);
    expect(converted.timed).toBe(false);
    expect(converted.unmapped).toContain('1 of 3 posts have no time in the source and are left out of the updates');
    expect(parse(converted.markdown).incident!.updates.map((u) => u.status)).toEqual(['resolved', 'investigating']);
  });

  it('maps Statusfy’s `::: update` blocks, keeping the title as a bold lead', () => {
    const text = `---\ntitle: Hub unreachable\ndate: '2021-05-03T18:40:00.000Z'\nseverity: major-outage\nresolved: true\nmodified: '2021-05-03T22:51:00.000Z'\n---\nVisiting the Hub gives a 502.\n\n::: update Monitoring | 2021-05-03T19:16:00.000Z\nWe're watching.\n:::\n\n::: update Cause | 2021-05-03T22:51:00.000Z\nA lost NFS connection.\n:::\n`;
    const incident = parse(convertIncident('stencila', 'x.md', 'statusfy', text).markdown).incident!;
    expect(incident.updates.map((u) => [u.status, u.markdown.trim()])).toEqual([
      ['update', '**Cause:** A lost NFS connection.'],
      ['monitoring', "We're watching."],
      ['investigating', 'Visiting the Hub gives a 502.'],
    ]);
    expect(incident.resolved?.toISOString()).toBe('2021-05-03T22:51:00.000Z');
  });

  it('maps planned work and a post written when it was over as the corpus says it read them', () => {
    const text = `---\ntitle: Jira upgrade\ndate: 2023-12-29T18:00:00-00:00\nresolved: true\nresolvedWhen: 2023-12-29T18:30:00-00:00\nseverity: down\nsection: issue\n---\n\nJira will be down for up to 30 minutes.\n`;
    const maintenance = parse(convertIncident('jenkins', 'x.md', 'cstate', text, { maintenance: true }).markdown).incident!;
    expect(maintenance.kind).toBe('maintenance');
    expect(maintenance.window).toEqual({ start: new Date('2023-12-29T18:00:00Z'), end: new Date('2023-12-29T18:30:00Z') });
    expect(maintenance.updates.map((u) => u.status)).toEqual(['in_progress']);
    const closing = parse(
      convertIncident('jenkins', 'x.md', 'cstate', text.replace('Jira will be down for up to 30 minutes.', 'Migration done.'), {
        closing: true,
      }).markdown,
    ).incident!;
    expect(closing.updates.map((u) => [u.at.toISOString(), u.status])).toEqual([['2023-12-29T18:30:00.000Z', 'resolved']]);
  });
});

describe('the post-incident reports of the precision corpus', () => {
  it('come from at least three other organisations, each file recorded and present', () => {
    const sources = readReportSources();
    expect(new Set(sources.map((s) => s.organisation)).size).toBeGreaterThanOrEqual(3);
    for (const s of sources) {
      expect(s.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(s.licence).not.toBe('');
      expect(s.path).toMatch(/\.md$/);
      expect(existsSync(join(PRECISION_DIR, 'reports', s.file)), s.file).toBe(true);
    }
  });

  it('are read as a report: front matter left out, the top headings at `###`', () => {
    expect(reportMarkdown('+++\ntitle = "x"\n+++\n\nIntro.\n\n## Root cause\nA bug.\n\n### Detail\nMore.\n')).toBe(
      '\nIntro.\n\n### Root cause\nA bug.\n\n#### Detail\nMore.\n',
    );
  });
});

describe('the policy labels', () => {
  it('label every rule for every incident Statusmark reads and every report, with a reason, and nothing else', () => {
    const labels = readPolicyLabels();
    const ids = [...incidents.filter((c) => c.incident).map((c) => c.converted.id), ...readReportSources().map((r) => r.id)];
    expect(Object.keys(labels).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      for (const rule of POLICY_RULE_IDS) {
        const label = labels[id]?.[rule];
        expect([true, false, null], `${id} ${rule}`).toContain(label?.expected);
        expect(label?.reason, `${id} ${rule}`).toMatch(/\w{3}/);
      }
    }
  });
});

describe('precision of the policy rules on the corpus', () => {
  it.each(DEFAULT_ON_POLICY_RULES)('%s, on by default, is right at least 90 % of the times it fires', (rule) => {
    const r = report.rules[rule];
    const wrong = r.wrong.filter((w) => !w.expected).map((w) => `${w.id}: ${w.found.join(', ')}`);
    expect(r.precision ?? 1, `flagged wrongly:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('counts what a rule should and should not have flagged, leaving out what the sources cannot tell', () => {
    const gap = report.rules['policy-update-gap'];
    expect(gap.truePositives).toBeGreaterThan(0);
    const measured = gap.truePositives + gap.falsePositives + gap.falseNegatives + gap.trueNegatives;
    expect(measured + gap.notMeasurable).toBe(report.incidents - report.rejected.length + readReportSources().length);
    // Stated an end ("a 10 hours recovery") and came back within it: no finding, and none expected.
    expect(gap.wrong.some((w) => w.id === 'xrel/2020-11-15-hardware-failure')).toBe(false);
  });

  it('names only the report sections that are really missing', () => {
    expect(report.sections.wrong).toEqual([]);
    expect(report.sections.right).toBeGreaterThan(0);
  });
});

describe('the README’s rule table', () => {
  it('states each policy rule’s measured precision and recall, as the bench computes them', () => {
    for (const rule of POLICY_RULE_IDS) {
      const row = README.split('\n').find((line) => line.startsWith(`| \`${rule}\``));
      expect(row, rule).toBeDefined();
      expect(row!.split(' | ').at(-1)!.replace(/ \|$/, ''), rule).toBe(policyFiguresCell(report.rules[rule]));
    }
  });

  it('says what the policy figures were measured on', () => {
    expect(README).toContain(incidentCorpusSentence(report));
  });
});
