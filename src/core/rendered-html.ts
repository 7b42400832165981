import { renderMarkdown } from './markdown.ts';
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

export function reportHtml(incident: Incident): string | undefined {
  return incident.report ? renderMarkdown(incident.report.markdown, { idPrefix: 'report-' }) : undefined;
}
