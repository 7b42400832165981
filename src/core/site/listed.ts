import type { IncidentState } from '../status/timeline.ts';
import type { SiteModel } from './site.ts';

/**
 * Whether an incident or maintenance stands in the history and the feeds' items. An incident opened
 * in error does unless the team chose `opened_in_error: hide`; its own page stays either way, for
 * links already shared.
 */
export function isListed(model: Pick<SiteModel, 'site'>, state: IncidentState): boolean {
  return !(state.incident.openedInError && model.site.config.opened_in_error === 'hide');
}
