import { markdownToText } from './markdown.ts';
import type { SiteModel } from './site.ts';
import { incidentPath } from './views/incident.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

/** What full-text search finds of each incident: its title, components, updates and report, as text. */
export function searchRecords(model: SiteModel, base: string): SearchRecord[] {
  const names = model.site.componentsById;
  return model.states.map(({ incident }) => ({
    url: `${base}${incidentPath(incident.id)}`,
    language: model.site.config.language.split('-')[0]!,
    meta: { title: incident.title },
    content: [
      incident.title,
      incident.components.map((c) => names.get(c.component)?.name ?? c.component).join(', '),
      incident.summary ? markdownToText(incident.summary) : '',
      ...incident.updates.map((u) => markdownToText(u.markdown)),
      incident.workaround ?? '',
      incident.report ? markdownToText(incident.report.markdown) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  }));
}
