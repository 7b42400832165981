import type { HastRoot } from './markdown/markdown.ts';
import { renderMarkdown, renderMarkdownTree } from './markdown/markdown.ts';
import type { Incident, Update } from './model.ts';

/**
 * The HTML of an update and of a post-incident report, as every output shows it (incident pages,
 * every feed that carries the update). Heading ids are prefixed with the update's anchor
 * (`update-…-what-to-do`) or `report-`, so anchors never clash on the incident page.
 * renderMarkdown memoises, so each text is rendered once per build.
 */
export function updateHtml(update: Update): string {
  return renderMarkdown(update.markdown, { idPrefix: `${update.anchor}-` });
}

const REPORT = { idPrefix: 'report-' };

export function reportHtml(incident: Incident): string | undefined {
  if (!incident.report) return undefined;
  // The report's tree is read for its summary too (reportTree): make it once, for both.
  renderMarkdownTree(incident.report.markdown, REPORT);
  return renderMarkdown(incident.report.markdown, REPORT);
}

/** The report's rendered tree, as reportHtml writes it out. */
export function reportTree(markdown: string): HastRoot {
  return renderMarkdownTree(markdown, REPORT);
}
