/**
 * Which of the handbook's sections a post-incident report covers: by its `###` headings (the fast
 * path, as `status report` writes them), and by what its paragraphs say, so a complete report
 * written as prose passes and the rule names only what is really missing.
 */
import type { RootContent } from 'mdast';
import { markdownToText, parseMarkdown } from '../../content/markdown/markdown.ts';
import {
  missingReportSections,
  REPORT_SECTIONS,
  type ReportSectionKey,
  type ReportSectionName,
} from '../../content/markdown/report-sections.ts';
import { ESSENTIAL_SECTIONS, REPORT_CUES } from './report-cues.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cueMatcher = (cues: readonly string[]) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${cues.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const normal = (text: string) => text.toLowerCase().replace(/['‘]/g, '’');
const TIME_OF_DAY = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/**
 * The text of each block of the report (heading, paragraph, list item, quote, table), without
 * comments or raw HTML. A heading of the team's own ("What we're doing about it", "Actions taken")
 * says what its section covers as plainly as a paragraph does.
 */
function blocks(markdown: string): string[] {
  const out: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'html' || node.type === 'code') return;
    if (node.type === 'list') return node.children.forEach(visit);
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    const text = markdownToText(markdown.slice(start.offset, end.offset)).trim();
    if (text) out.push(text);
  };
  parseMarkdown(markdown).children.forEach(visit);
  return out;
}

/** The sections the report's prose covers, whatever its headings. */
export function sectionsCoveredByContent(markdown: string): Set<ReportSectionKey> {
  const covered = new Set<ReportSectionKey>();
  const texts = blocks(markdown).map(normal);
  for (const section of REPORT_SECTIONS) {
    const cue = cueMatcher(REPORT_CUES[section.key]);
    if (texts.some((t) => cue.test(t))) covered.add(section.key);
  }
  if ([...texts.join('\n').matchAll(TIME_OF_DAY)].length >= 2) covered.add('timeline');
  if (texts.some((t) => EMAIL.test(t))) covered.add('support');
  return covered;
}

/**
 * What policy-report-sections reports: a report written to the skeleton (two or more of its headings)
 * is held to all of the handbook's sections; a prose report to the essential ones. A section counts
 * when a heading or a paragraph covers it; a heading left empty is reported as empty.
 */
export function reportGaps(markdown: string): { missing: ReportSectionName[]; empty: ReportSectionName[] } {
  const byHeading = missingReportSections(markdown);
  const headed = REPORT_SECTIONS.length - byHeading.missing.length;
  const covered = sectionsCoveredByContent(markdown);
  const missing = REPORT_SECTIONS.filter(
    (s) => byHeading.missing.includes(s.name) && !covered.has(s.key) && (headed >= 2 || ESSENTIAL_SECTIONS.includes(s.key)),
  ).map((s) => s.name);
  return { missing, empty: byHeading.empty };
}
