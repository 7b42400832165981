/**
 * The post-incident report's sections, as the handbook lists them (PRODUCT.md): the one list the
 * policy check reads reports against and `status report` writes its skeleton from.
 */
import { markdownToText, parseMarkdown } from './markdown.ts';

export const REPORT_SECTIONS = [
  { key: 'summary', name: 'Summary', match: /^(summary|overview|what happened)/ },
  { key: 'timeline', name: 'Timeline', match: /^timeline/ },
  { key: 'rootCause', name: 'Root cause', match: /^(root cause|cause|why it happened|what went wrong)/ },
  { key: 'impact', name: 'Impact', match: /^(impact|customer impact|who was affected)/ },
  { key: 'resolution', name: 'Resolution', match: /^(resolution|how we fixed it|recovery)/ },
  {
    key: 'nextSteps',
    name: 'Next steps',
    match: /^(next steps|prevention|follow[- ]?up|action items|what we are changing|what we're changing|what we’re changing)/,
  },
  { key: 'furtherUpdates', name: 'Further updates', match: /^(further updates|future updates|updates)/ },
  { key: 'support', name: 'Support', match: /^(support|contact|questions|getting help|help)/ },
] as const satisfies readonly { key: string; name: string; match: RegExp }[];

export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];
export type ReportSectionName = (typeof REPORT_SECTIONS)[number]['name'];

/** A report's `###` heading: its text, and whether anything but comments stands under it. */
export interface ReportHeading {
  text: string;
  empty: boolean;
}

export function reportHeadings(markdown: string): ReportHeading[] {
  const tree = parseMarkdown(markdown);
  const out: ReportHeading[] = [];
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'heading' || node.depth !== 3) continue;
    let empty = true;
    for (let j = i + 1; j < children.length; j++) {
      const next = children[j]!;
      if (next.type === 'heading' && next.depth <= 3) break;
      if (next.type === 'html' && /^\s*<!--[^]*-->\s*$/.test(next.value)) continue;
      empty = false;
      break;
    }
    out.push({ text: markdownToText(markdown.slice(node.position!.start.offset, node.position!.end.offset).replace(/^#+\s*/, '')), empty });
  }
  return out;
}

/** Which of the handbook's sections a report lacks, and which it has but left empty. */
export function missingReportSections(markdown: string): { missing: ReportSectionName[]; empty: ReportSectionName[] } {
  const headings = reportHeadings(markdown);
  const normal = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z’' /-]+/g, ' ')
      .trim();
  const missing: ReportSectionName[] = [];
  const empty: ReportSectionName[] = [];
  for (const want of REPORT_SECTIONS) {
    const found = headings.find((h) => want.match.test(normal(h.text)));
    if (!found) missing.push(want.name);
    else if (found.empty) empty.push(want.name);
  }
  return { missing, empty };
}
