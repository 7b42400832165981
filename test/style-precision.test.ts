/**
 * The style rules measured on the precision corpus (test/fixtures/precision/): real status-page
 * updates of other teams, labelled by hand. Every rule that is on by default keeps a precision of
 * at least 90 %, and the README states the figures this computation gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusSentence, DEFAULT_ON_STYLE_RULES, figuresCell, measurePrecision, readCorpus } from '../scripts/bench/precision.ts';
import { STYLE_RULE_IDS } from '../src/core/diagnostics/catalog/style-rules.ts';

const report = measurePrecision();
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the precision corpus', () => {
  it('holds at least 300 items from at least three organisations, each source recorded', () => {
    const { sources } = readCorpus();
    expect(report.items).toBeGreaterThanOrEqual(300);
    expect(new Set(sources.map((s) => s.organisation)).size).toBeGreaterThanOrEqual(3);
    for (const s of sources) {
      expect(s.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(s.licence).not.toBe('');
      expect(['developers', 'general']).toContain(s.audience);
      for (const item of s.items) expect(item.path, item.id).toMatch(/\.md$/);
    }
  });

  it('has a label with a reason for every item and rule, and none for items it does not hold', () => {
    const { sources, labels } = readCorpus();
    const ids = sources.flatMap((s) => s.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(labels).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      for (const rule of STYLE_RULE_IDS) {
        expect(typeof labels[id]?.[rule]?.expected, `${id} ${rule}`).toBe('boolean');
        expect(labels[id]?.[rule]?.reason, `${id} ${rule}`).toMatch(/\w{3}/);
      }
    }
  });
});

describe('precision of the style rules on the corpus', () => {
  it.each(DEFAULT_ON_STYLE_RULES)('%s, on by default, is right at least 90 % of the times it fires', (rule) => {
    const r = report.rules[rule];
    const wrong = r.wrong.filter((w) => !w.expected).map((w) => `${w.id}: ${w.found.join(', ')}`);
    expect(r.precision ?? 1, `flagged wrongly:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a finding the label expects as right and one it does not as wrong', () => {
    const speculation = report.rules['style-speculation'];
    expect(speculation.wrong.some((w) => w.id === 'civo/2021-10-08-FRA1-region-disruption#4')).toBe(false);
    expect(speculation.truePositives).toBeGreaterThan(0);
    expect(speculation.truePositives + speculation.falsePositives + speculation.falseNegatives + speculation.trueNegatives).toBe(
      report.items,
    );
  });
});

describe('the README’s rule table', () => {
  it('states each style rule’s measured precision and recall, as the bench computes them', () => {
    for (const rule of STYLE_RULE_IDS) {
      const row = README.split('\n').find((line) => line.startsWith(`| \`${rule}\` |`));
      expect(row, rule).toBeDefined();
      expect(row!.split(' | ').at(-1)!.replace(/ \|$/, ''), rule).toBe(figuresCell(report.rules[rule]));
    }
  });

  it('says what the figures were measured on', () => {
    expect(README).toContain(`measured on ${corpusSentence(report)}`);
  });
});
