import type { IncidentState } from '../status/timeline.ts';
import type { SiteModel } from './site.ts';

/**
 * Whether an incident or maintenance is listed: in the history, the home page's recent days,
 * the component and report pages, the feeds, the API, the calendar and the search index. Every
 * output asks this one question. An incident opened in error is listed unless the team chose
 * `opened_in_error: hide`; its own page stays either way, for links already shared, and says why
 * it is not listed (`unlistedNotice` in views/incident.ts).
 */
export function isListed(model: Pick<SiteModel, 'site'>, state: IncidentState): boolean {
  return !(state.incident.openedInError && model.site.config.opened_in_error === 'hide');
}

/** The listed incidents and maintenance, in the model's order (newest start first). */
export function listedStates(model: Pick<SiteModel, 'site' | 'states'>): IncidentState[] {
  return model.states.filter((s) => isListed(model, s));
}
