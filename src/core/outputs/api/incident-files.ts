import { withoutComments } from '../../content/markdown/comments.ts';
import { listedStates } from '../../site/listed.ts';
import { API_INDEX_PATH } from '../../site/published-files.ts';
import { reportPublishedAt } from '../../site/report-published.ts';
import type { SiteModel } from '../../site/site.ts';
import type { IncidentState } from '../../status/timeline.ts';
import { statuspageIds } from './ids.ts';
import { statuspageApi } from './statuspage.ts';
import type { SpIncidentDetail, SpIncidentDocument, SpIncidentIndex, SpIncidentIndexEntry } from './types.ts';

/**
 * One file per listed incident and maintenance, `api/v2/incidents/<id>.json` (the id the list
 * files give it), with Statuspage's `{ page, incident }` and the incident's post-incident report;
 * and `api/v2/incidents/all.json`, Statusmark's index of every one of them, since the list files
 * hold only the 50 most recent: a client that mirrors the history reads the index, then each file.
 */

export const API_INCIDENT_INDEX = API_INDEX_PATH;

/** Path of an incident's file relative to the site's base, e.g. `api/v2/incidents/kctbh9vrtdwd.json`. */
export function apiIncidentPath(model: SiteModel, state: IncidentState): string {
  return `api/v2/incidents/${statuspageIds(model.caches).incident(state.incident.id)}.json`;
}

/** Every incident and maintenance that has a file, by the id in its path. */
export function apiIncidentFiles(model: SiteModel): { id: string; state: IncidentState }[] {
  const ids = statuspageIds(model.caches);
  return listedStates(model).map((state) => ({ id: ids.incident(state.incident.id), state }));
}

export function apiIncidentDocument(model: SiteModel, state: IncidentState): SpIncidentDocument {
  const api = statuspageApi(model);
  const { incident } = state;
  const reported = reportPublishedAt(state, model.now);
  const report = reported && incident.report ? withoutComments(incident.report.markdown).trim() : null;
  const at = reported ? reported.toISOString() : null;
  const detail: SpIncidentDetail = {
    ...api.item(state),
    postmortem_body: report,
    postmortem_body_last_updated_at: at,
    postmortem_published_at: at,
  };
  return { page: api.page, incident: detail };
}

/** What an endpoint writes: compact JSON, like Statuspage's. */
export function apiIncidentFile(model: SiteModel, state: IncidentState): string {
  return JSON.stringify(apiIncidentDocument(model, state));
}

/** Every listed incident and maintenance, newest start first, each with where its file is. */
export function apiIncidentIndex(model: SiteModel): SpIncidentIndex {
  const api = statuspageApi(model);
  const incidents = listedStates(model).map((state): SpIncidentIndexEntry => {
    const item = api.item(state);
    return {
      id: item.id,
      name: item.name,
      status: item.status,
      impact: item.impact,
      created_at: item.created_at,
      updated_at: item.updated_at,
      started_at: item.started_at,
      resolved_at: item.resolved_at,
      scheduled_for: 'scheduled_for' in item ? item.scheduled_for : null,
      scheduled_until: 'scheduled_until' in item ? item.scheduled_until : null,
      shortlink: item.shortlink,
      url: new URL(apiIncidentPath(model, state), `${api.page.url}/`).href,
    };
  });
  return { page: api.page, incidents };
}

export function apiIncidentIndexFile(model: SiteModel): string {
  return JSON.stringify(apiIncidentIndex(model));
}
