import { withoutComments } from '../../content/markdown/comments.ts';
import type { ComponentConfig } from '../../content/config/config-schema.ts';
import type { Update } from '../../content/model.ts';
import { listedStates } from '../../site/listed.ts';
import type { SiteModel } from '../../site/site.ts';
import { incidentComponentIds, incidentUrl, siteRoot } from '../../site/site-links.ts';
import { worstStatus, type ComponentStatus } from '../../content/statuses.ts';
import type { IncidentState } from '../../status/timeline.ts';
import { cacheOf } from '../../shared/caches.ts';
import { timeChanges } from '../../status/time-changes.ts';
import { OVERALL_MESSAGE } from '../../status/overall.ts';
import { translatorOf } from '../../site/translator.ts';
import { statuspageIds } from './ids.ts';
import type {
  SpComponent,
  SpIncident,
  SpIncidentStatus,
  SpIncidentUpdate,
  SpMaintenanceStatus,
  SpPage,
  SpScheduledMaintenance,
  SpStatus,
  SpSummary,
} from './types.ts';

/** The static files of the Statuspage API v2, under `api/v2/`. */
export const API_DOCUMENTS = [
  'summary',
  'status',
  'components',
  'incidents',
  'incidents/unresolved',
  'scheduled-maintenances',
  'scheduled-maintenances/upcoming',
  'scheduled-maintenances/active',
] as const;
export type ApiDocumentName = (typeof API_DOCUMENTS)[number];

/** `incidents.json` and `scheduled-maintenances.json` hold the 50 most recent, as on Statuspage. */
export const API_LIST_LIMIT = 50;

/** The API's `page.time_zone` when the config's `time_zone` is UTC: the name Statuspage itself gives it. */
export const API_TIME_ZONE = 'Etc/UTC';

export const API_MEDIA_TYPE = 'application/json; charset=utf-8';

/** Path of a document relative to the site's base, e.g. `api/v2/incidents/unresolved.json`. */
export function apiPath(name: ApiDocumentName): string {
  return `api/v2/${name}.json`;
}

/** One API file: what an endpoint writes. Compact JSON, like Statuspage's. */
export function apiFile(model: SiteModel, name: ApiDocumentName): string {
  return JSON.stringify(apiDocument(model, name));
}

export function apiDocument(model: SiteModel, name: ApiDocumentName): object {
  const api = statuspageApi(model);
  const page = api.page;
  switch (name) {
    case 'summary':
      return api.summary;
    case 'status':
      return { page, status: api.summary.status };
    case 'components':
      return { page, components: api.components };
    case 'incidents':
      return { page, incidents: api.incidentStates.slice(0, API_LIST_LIMIT).map(api.item) };
    case 'incidents/unresolved':
      return { page, incidents: api.summary.incidents };
    case 'scheduled-maintenances':
      return {
        page,
        scheduled_maintenances: [...api.maintenanceStates]
          .sort((a, b) => b.incident.window!.start.getTime() - a.incident.window!.start.getTime())
          .slice(0, API_LIST_LIMIT)
          .map(api.item),
      };
    case 'scheduled-maintenances/upcoming':
      return { page, scheduled_maintenances: api.maintenanceStates.filter((s) => s.status === 'scheduled').map(api.item) };
    case 'scheduled-maintenances/active':
      return {
        page,
        scheduled_maintenances: api.maintenanceStates.filter((s) => s.status === 'in_progress' || s.status === 'verifying').map(api.item),
      };
  }
}

interface StatuspageApi {
  page: SpPage;
  components: SpComponent[];
  /** Every incident (and maintenance without a window), newest start first. */
  incidentStates: IncidentState[];
  /** Every maintenance with a window, soonest window first. */
  maintenanceStates: IncidentState[];
  /**
   * Statuspage's object for one incident or maintenance, worked out when first asked for: the API
   * lists at most 50 of them, so an archive of thousands converts only those.
   */
  item: (state: IncidentState) => SpIncident | SpScheduledMaintenance;
  summary: SpSummary;
}

const API = cacheOf('Statuspage API', () => ({ api: undefined as StatuspageApi | undefined }));

/** The whole API of a site model, worked out once per model. */
export function statuspageApi(model: SiteModel): StatuspageApi {
  const held = model.caches.get(API);
  held.api ??= buildApi(model);
  return held.api;
}

/**
 * When the clock alone next changes a state the API gives (a maintenance starting or ending), or
 * null: until then, a client may trust a document without fetching it again, unless a commit
 * publishes something new.
 */
function apiValidUntil(model: SiteModel): string | null {
  const next = timeChanges({ states: model.states, policy: model.site.config.policy, now: model.now }).find(
    (c) => c.kind === 'maintenance-starts' || c.kind === 'maintenance-ends',
  );
  return next ? next.at.toISOString() : null;
}

function buildApi(model: SiteModel): StatuspageApi {
  const { site, now } = model;
  const t = now.getTime();
  const ids = statuspageIds(model.caches);
  const pageId = ids.page(siteRoot(site));

  // When each component last changed status, from the timeline of every incident and maintenance.
  const changed = new Map<string, number>();
  const touch = (component: string, at: number) => {
    if (at <= t && at > (changed.get(component) ?? -Infinity)) changed.set(component, at);
  };
  let firstChange = Infinity;
  // An incident the API does not list (opened in error, hidden) leaves no trace in its times either.
  const states = listedStates(model);
  for (const state of states) {
    for (const s of state.segments) {
      touch(s.component, s.from);
      if (s.to < t) touch(s.component, s.to);
    }
    for (const u of state.incident.updates) {
      if (u.at.getTime() <= t) firstChange = Math.min(firstChange, u.at.getTime());
    }
  }
  // Statusmark does not know when a component was added; the page's first published update stands in.
  const createdAt = iso(Number.isFinite(firstChange) ? firstChange : t);

  const page: SpPage = {
    id: pageId,
    name: site.config.name,
    url: siteRoot(site).replace(/\/$/, ''),
    time_zone: site.config.time_zone === 'UTC' ? API_TIME_ZONE : site.config.time_zone,
    // The build's time: every state in the document holds as of then, and until `valid_until`.
    updated_at: iso(t),
    valid_until: apiValidUntil(model),
  };

  const componentById = new Map<string, SpComponent>();
  const components: SpComponent[] = [];
  const statusOf = (id: string): ComponentStatus => model.overall.components.get(id) ?? 'operational';
  const component = (c: ComponentConfig, position: number, groupId: string | null): SpComponent => {
    const at = changed.get(c.id);
    const sp: SpComponent = {
      id: ids.component(c.id),
      name: c.name,
      status: statusOf(c.id),
      created_at: createdAt,
      updated_at: at === undefined ? createdAt : iso(at),
      position,
      description: c.description ?? null,
      showcase: true,
      start_date: null,
      group_id: groupId,
      page_id: pageId,
      group: false,
      only_show_if_degraded: false,
    };
    componentById.set(c.id, sp);
    return sp;
  };
  let top = 0;
  for (const group of site.groups) {
    top++;
    if (!group.name) {
      for (const c of group.components) components.push(component(c, top, null));
      continue;
    }
    const groupId = ids.group(group.name);
    const children = group.components.map((c, i) => component(c, i + 1, groupId));
    const times = group.components.map((c) => changed.get(c.id)).filter((x): x is number => x !== undefined);
    components.push(
      {
        id: groupId,
        name: group.name,
        status: worstStatus(group.components.map((c) => statusOf(c.id))),
        created_at: createdAt,
        updated_at: times.length ? iso(Math.max(...times)) : createdAt,
        position: top,
        description: null,
        showcase: false,
        start_date: null,
        group_id: null,
        page_id: pageId,
        group: true,
        only_show_if_degraded: false,
        components: children.map((c) => c.id),
      },
      ...children,
    );
  }

  const update = (state: IncidentState, u: Update): SpIncidentUpdate => ({
    id: ids.update(state.incident.id, u.anchor),
    status: u.effectiveStatus as SpIncidentUpdate['status'],
    body: withoutComments(u.markdown).trim(),
    incident_id: ids.incident(state.incident.id),
    created_at: iso(u.at),
    updated_at: iso(u.at),
    display_at: iso(u.at),
    affected_components: u.affected.length
      ? u.affected.map((a) => ({
          code: ids.component(a.component),
          name: site.componentsById.get(a.component)?.name ?? a.component,
          old_status: a.old_status,
          new_status: a.new_status,
        }))
      : null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  });

  const common = (state: IncidentState) => {
    const { incident } = state;
    const published = incident.updates.filter((u) => u.at.getTime() <= t);
    const first = published[published.length - 1];
    const ended = state.end && state.end.getTime() <= t ? state.end.getTime() : -Infinity;
    const latest = Math.max(published[0]?.at.getTime() ?? -Infinity, ended);
    const monitoring = [...published].reverse().find((u) => u.effectiveStatus === 'monitoring');
    return {
      id: ids.incident(incident.id),
      name: incident.title,
      created_at: iso(first?.at ?? incident.started),
      updated_at: iso(Number.isFinite(latest) ? latest : incident.started.getTime()),
      monitoring_at: monitoring ? iso(monitoring.at) : null,
      resolved_at: state.end ? iso(state.end) : null,
      shortlink: incidentUrl(site, incident.id),
      // Maintenance that has not begun has started nothing yet: like Statuspage, it shows when it was announced.
      started_at: iso(state.maintenance === 'upcoming' ? (first?.at ?? incident.started) : state.start),
      page_id: pageId,
      incident_updates: published.map((u) => update(state, u)),
      components: incidentComponentIds(site, incident).map((id) => componentById.get(id)!),
    };
  };

  const isMaintenance = (state: IncidentState) => state.incident.kind === 'maintenance' && state.incident.window !== undefined;
  const convert = (state: IncidentState): SpIncident | SpScheduledMaintenance => {
    const { incident } = state;
    const { id, name, ...rest } = common(state);
    if (isMaintenance(state)) {
      return {
        id,
        name,
        // Statuspage has no "cancelled": a called-off maintenance is over, so it is completed there.
        status: (state.status === 'cancelled' ? 'completed' : state.status) as SpMaintenanceStatus,
        ...rest,
        impact: 'maintenance',
        scheduled_for: iso(incident.window!.start),
        scheduled_until: iso(incident.window!.end),
      };
    }
    // Like Statuspage, a resolved incident whose post-incident report is published is in "postmortem".
    const status: SpIncidentStatus = state.status === 'resolved' && incident.report ? 'postmortem' : (state.status as SpIncidentStatus);
    return { id, name, status, ...rest, impact: incident.impact };
  };
  const converted = new Map<IncidentState, SpIncident | SpScheduledMaintenance>();
  const item = (state: IncidentState) => {
    let sp = converted.get(state);
    if (!sp) converted.set(state, (sp = convert(state)));
    return sp;
  };

  const incidentStates = states.filter((s) => !isMaintenance(s));
  const maintenanceStates = states
    .filter(isMaintenance)
    .map((s) => ({ s, at: s.incident.window!.start.getTime(), id: ids.incident(s.incident.id) }))
    .sort((a, b) => a.at - b.at || compareText(a.id, b.id))
    .map(({ s }) => s);

  const status: SpStatus = {
    indicator: model.overall.indicator,
    description: translatorOf(model).t(OVERALL_MESSAGE[model.overall.indicator]),
  };
  const unresolved = incidentStates.filter((s) => s.status !== 'resolved').map((s) => item(s) as SpIncident);
  const current = maintenanceStates
    .filter((s) => s.status !== 'completed' && s.status !== 'cancelled')
    .map((s) => item(s) as SpScheduledMaintenance);
  return {
    page,
    components,
    incidentStates,
    maintenanceStates,
    item,
    summary: { page, components, incidents: unresolved, scheduled_maintenances: current, status },
  };
}

function iso(at: Date | number): string {
  return new Date(at).toISOString();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
