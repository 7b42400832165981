/**
 * The post-incident report's sections (src/core/content/markdown/report-sections.ts): one list, which the policy
 * check reads reports against and `status report` writes its skeleton from.
 */
import { describe, expect, it } from 'vitest';
import { reportSkeleton } from '../src/core/authoring/text/report-skeleton.ts';
import { missingReportSections, REPORT_SECTIONS, reportHeadings } from '../src/core/content/markdown/report-sections.ts';
import { codes, lint, loadedConfig } from './helpers/lint.ts';
import { parseOk } from './helpers/parse.ts';

const HANDBOOK = ['Summary', 'Timeline', 'Root cause', 'Impact', 'Resolution', 'Next steps', 'Further updates', 'Support'];
const ALL = HANDBOOK.map((name) => `### ${name}\nWritten.\n`).join('\n');

describe('REPORT_SECTIONS', () => {
  it('are the handbook’s sections, in its order', () => {
    expect(REPORT_SECTIONS.map((s) => s.name)).toEqual(HANDBOOK);
  });
});

describe('missingReportSections', () => {
  it.each([
    { name: 'every section, written', report: ALL, missing: [], empty: [] },
    { name: 'only a summary', report: '### Summary\nThe API failed.\n', missing: HANDBOOK.slice(1), empty: [] },
    {
      name: 'the headings people also write for them',
      report: [
        'What happened',
        'Timeline of events',
        'Why it happened',
        'Who was affected',
        'How we fixed it',
        'What we’re changing',
        'Future updates',
        'Questions?',
      ]
        .map((h) => `### ${h}\nWritten.\n`)
        .join('\n'),
      missing: [],
      empty: [],
    },
    {
      name: 'a section holding only the skeleton’s comment is empty',
      report: ALL.replace('### Impact\nWritten.', '### Impact\n<!-- Who was affected -->'),
      missing: [],
      empty: ['Impact'],
    },
    {
      name: 'a section with a deeper heading in it is not empty',
      report: ALL.replace('### Impact\nWritten.', '### Impact\n#### API\nSlow.'),
      missing: [],
      empty: [],
    },
    { name: 'a level-4 heading is not a section', report: ALL.replace('### Support', '#### Support'), missing: ['Support'], empty: [] },
  ])('$name', ({ report, missing, empty }) => {
    expect(missingReportSections(report)).toEqual({ missing, empty });
  });

  it('reads heading text as plain text', () => {
    expect(reportHeadings('### *Root* cause\n\ntext\n### Impact\n')).toEqual([
      { text: 'Root cause', empty: false },
      { text: 'Impact', empty: true },
    ]);
  });
});

describe('the skeleton and the check read the same list', () => {
  const incident = parseOk(
    `---\ntitle: API errors\nimpact: major\ncomponents: [api]\n---\n\n## 2026-11-20 15:10 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nErrors.\n`,
  );

  it('writes every section as a `###` heading, in the list’s order', () => {
    const skeleton = reportSkeleton(incident, loadedConfig());
    expect(reportHeadings(skeleton).map((h) => h.text)).toEqual(HANDBOOK);
  });

  it('leaves empty exactly the sections the author must write, and the check says so', () => {
    const config = 'support: { email: support@acme.example }\n';
    const skeleton = reportSkeleton(incident, loadedConfig(config));
    expect(missingReportSections(skeleton)).toEqual({
      missing: [],
      empty: ['Root cause', 'Impact', 'Resolution', 'Next steps', 'Further updates'],
    });
    const text = `---\ntitle: API errors\nimpact: major\ncomponents: [api]\n---\n\n## 2026-11-20 15:10 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nErrors.\n\n${skeleton}`;
    const found = lint(text, { config }).filter((d) => d.code === 'policy-report-sections');
    expect(found.map((d) => d.message)).toEqual([
      'the post-incident report’s “Root cause”, “Impact”, “Resolution”, “Next steps”, “Further updates” sections are still empty',
    ]);
    expect(codes(lint(text, { config }))).not.toContain('policy-report-due');
  });
});
