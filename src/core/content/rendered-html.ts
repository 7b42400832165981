import type { Caches } from '../shared/caches.ts';
import type { HastRoot } from './markdown/markdown.ts';
import { renderMarkdown, renderMarkdownTree } from './markdown/markdown.ts';
import type { Incident, Update } from './model.ts';

/**
 * The HTML of an update and of a post-incident report, as every output shows it (incident pages,
 * every feed that carries the update). Heading ids are prefixed with the update's anchor
 * (`update-…-what-to-do`) or `report-`, so anchors never clash on the incident page.
 * With the site model's caches, each text is rendered once per model.
 */
export function updateHtml(update: Update, caches?: Caches): string {
  return renderMarkdown(update.markdown, { idPrefix: `${update.anchor}-`, caches });
}

const REPORT = 'report-';

export function reportHtml(incident: Incident, caches?: Caches): string | undefined {
  if (!incident.report) return undefined;
  const options = { idPrefix: REPORT, caches };
  // The report's tree is read for its summary too (reportTree): make it once, for both.
  if (caches) renderMarkdownTree(incident.report.markdown, options);
  return renderMarkdown(incident.report.markdown, options);
}

/** The report's rendered tree, as reportHtml writes it out. */
export function reportTree(markdown: string, caches?: Caches): HastRoot {
  return renderMarkdownTree(markdown, { idPrefix: REPORT, caches });
}
