/**
 * Which updates are new since the previous deploy, and each one as every channel tells it.
 *
 * "New" = in this build's feed and not in the feed the live site served before this deploy
 * (`feed.json`, fetched by `scripts/deploy-plan.ts` before the deploy replaced it). Every update
 * is one feed item with a stable id (its permalink), so an edit never makes an old update new.
 */
import { withoutComments } from '../../content/markdown/comments.ts';
import { statuspageApi } from '../../outputs/api/index.ts';
import type { SpIncident } from '../../outputs/api/types.ts';
import { buildFeed, type FeedItem } from '../../outputs/feeds/index.ts';
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { SiteModel } from '../../site/site.ts';
import { isListed } from '../../site/listed.ts';
import { incidentComponentIds, incidentUrl, siteRoot } from '../../site/site-links.ts';
import { COMPONENT_STATUS_LABELS, IMPACT_LABELS, STATUS_LABELS } from '../../content/statuses.ts';
import { oneLine, truncate } from '../../shared/text-safety.ts';

/** The item ids of a JSON Feed document (the previous deploy's `feed.json`); undefined if it is not one. */
export function feedItemIds(json: unknown): Set<string> | undefined {
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  return new Set(items.map((i) => (i as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'));
}

/**
 * Every item of this build's history feed. Given the previous deploy's item ids, also the items
 * of an incident the feeds no longer list (hidden as opened in error) of which the previous feed
 * held an item: whoever was told it began is told how it ended.
 */
export function currentItems(model: SiteModel, previous?: ReadonlySet<string>): FeedItem[] {
  if (!previous) return buildFeed(model, { kind: 'history' }).items;
  const told = new Set<string>();
  for (const state of model.states) {
    if (isListed(model, state)) continue;
    const page = incidentUrl(model.site, state.incident.id);
    for (const id of previous) if (id.startsWith(page)) told.add(state.incident.id);
  }
  if (told.size === 0) return buildFeed(model, { kind: 'history' }).items;
  return buildFeed(model, { kind: 'history' }, { unlisted: true }).items.filter(
    (i) => told.has(i.incident) || isListed(model, model.byId.get(i.incident)!),
  );
}

/**
 * Items in this build that the previous deploy's feed did not have, oldest first. An item older
 * than everything in a full previous feed only fell off its end, so it is not new.
 */
export function newSince(items: readonly FeedItem[], previous: Set<string>, previousOldest?: Date): FeedItem[] {
  return items
    .filter((i) => !previous.has(i.id) && (!previousOldest || i.date >= previousOldest))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** One update as every channel tells it. */
export interface Announcement {
  id: string;
  url: string;
  /** `<incident title> — <status>` */
  title: string;
  incidentTitle: string;
  status: string;
  date: Date;
  /** The update's words, as plain text. */
  text: string;
  impact: string;
  components: string[];
  /** `<component>: <old> → <new>` for each change this update made. */
  changes: string[];
  overall: string;
  indicator: string;
  page: { name: string; url: string; id: string };
  /** Statuspage's incident object, with every update so far. */
  incident?: SpIncident;
  color: number;
}

const COLORS: Record<string, number> = {
  none: 0x1f883d,
  minor: 0xbf8700,
  major: 0xd1242f,
  critical: 0x82071e,
  maintenance: 0x0969da,
  resolved: 0x1f883d,
};

export function announcement(model: SiteModel, item: FeedItem): Announcement {
  const { site } = model;
  const state = model.byId.get(item.incident);
  const incident = state?.incident;
  const anchor = new URL(item.id).hash.slice(1);
  const update = incident?.updates.find((u) => u.anchor === anchor);
  const names = (ids: string[]) => ids.map((id) => site.componentsById.get(id)?.name ?? id);
  const api = statuspageApi(model);
  const spIncident = state ? (api.item(state) as SpIncident) : undefined;
  const status = update ? STATUS_LABELS[update.status] : 'Post-incident report';
  const impact = incident?.kind === 'maintenance' ? 'Scheduled maintenance' : incident ? IMPACT_LABELS[incident.impact] : '';
  const ended =
    update && (update.effectiveStatus === 'resolved' || update.effectiveStatus === 'completed' || update.effectiveStatus === 'cancelled');
  return {
    id: item.id,
    url: item.url,
    title: oneLine(item.title),
    incidentTitle: oneLine(incident?.title ?? item.title),
    status,
    date: item.date,
    text: truncate(
      oneLine(markdownToText(withoutComments(update ? update.markdown : (incident?.report?.markdown ?? '')), model.caches)) || item.title,
      1500,
    ),
    impact,
    components: incident ? names(incidentComponentIds(site, incident)) : item.tags,
    changes: (update?.affected ?? []).map(
      (a) =>
        `${site.componentsById.get(a.component)?.name ?? a.component}: ${COMPONENT_STATUS_LABELS[a.old_status]} → ${COMPONENT_STATUS_LABELS[a.new_status]}`,
    ),
    overall: model.overall.description,
    indicator: model.overall.indicator,
    page: { name: site.config.name, url: siteRoot(site), id: api.page.id },
    ...(spIncident ? { incident: spIncident } : {}),
    color: ended
      ? COLORS.resolved!
      : incident?.kind === 'maintenance'
        ? COLORS.maintenance!
        : (COLORS[incident?.impact ?? 'none'] ?? COLORS.none!),
  };
}
