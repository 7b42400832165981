import { withoutComments } from '../content/markdown/comments.ts';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { LoadedConfig } from '../content/config/config.ts';
import { markdownToText } from '../content/markdown/markdown.ts';
import { listText } from '../i18n/list-format.ts';
import { listedStates } from '../site/listed.ts';
import type { SiteModel } from '../site/site.ts';
import { incidentComponentIds, incidentUrl, siteRoot } from '../site/site-links.ts';
import { STATUS_MESSAGE } from '../content/statuses.ts';
import { translatorOf } from '../site/translator.ts';
import { oneLine, xmlChars } from '../shared/text-safety.ts';
import { formatUtc } from '../shared/time.ts';
import type { IncidentState } from '../status/timeline.ts';

/**
 * `maintenance.ics`: every scheduled maintenance window as an RFC 5545 calendar people can
 * subscribe to. Written by ical-generator, which escapes text and folds long lines (without
 * splitting a character). Deterministic: nothing in it depends on the time of the build.
 */

export const CALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/** How often calendar apps should fetch the calendar again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const CALENDAR_REFRESH_SECONDS = 3600;

export function maintenanceCalendar(model: SiteModel): string {
  const { site } = model;
  const { t } = translatorOf(model);
  const calendar = ical({
    prodId: { company: 'Statusmark', product: 'Statusmark', language: site.locale.split('-')[0]!.toUpperCase() },
    name: text(t('feed.maintenance_title', { name: site.config.name })),
    description: text(t('calendar.description', { name: site.config.name })),
    url: siteRoot(site),
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  const maintenance = listedStates(model)
    .filter((s) => s.incident.kind === 'maintenance' && s.incident.window)
    .sort((a, b) => a.incident.window!.start.getTime() - b.incident.window!.start.getTime() || (a.incident.id < b.incident.id ? -1 : 1));
  for (const state of maintenance) calendar.createEvent(event(model, state));
  return calendar.toString();
}

/** Stable across builds and unique across sites: the file id at the page's address. */
export function maintenanceUid(site: LoadedConfig, id: string): string {
  const root = new URL(siteRoot(site));
  return `${id}@${root.host}${root.pathname.replace(/\/$/, '')}`;
}

function event(model: SiteModel, state: IncidentState) {
  const { site, now } = model;
  const { incident } = state;
  const window = incident.window!;
  const published = incident.updates.filter((u) => u.at <= now);
  const latest = published[0];
  const first = published[published.length - 1];
  const url = incidentUrl(site, incident.id);
  const names = incidentComponentIds(site, incident).map((id) => site.componentsById.get(id)?.name ?? id);
  const { t, locale } = translatorOf(model);
  const fact = (label: string, value: string) => t('feed.fact', { label, value });
  const lines = [
    fact(t('feed.status'), t(STATUS_MESSAGE[state.status])),
    fact(t('facts.window'), t('time.range', { start: formatUtc(window.start), end: formatUtc(window.end) })),
    ...(names.length ? [fact(t('facts.affected_components'), listText(names, locale))] : []),
    ...(incident.workaround ? [fact(t('facts.workaround'), oneLine(incident.workaround))] : []),
    '',
    ...(latest ? [oneLine(markdownToText(withoutComments(latest.markdown), model.caches))] : []),
    '',
    fact(t('calendar.details'), url),
  ];
  return {
    id: maintenanceUid(site, incident.id),
    start: window.start,
    end: window.end,
    // Without a METHOD, DTSTAMP is when the event was last revised: its latest update.
    stamp: latest?.at ?? window.start,
    created: first?.at ?? window.start,
    lastModified: latest?.at ?? window.start,
    sequence: Math.max(0, published.length - 1),
    summary: text(incident.title),
    description: text(lines.join('\n')),
    url,
    // Statusmark knows of no cancelled or tentative maintenance: an announced window is confirmed.
    status: state.maintenance === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}

/** iCalendar text may hold any character but controls other than tab and line breaks. */
function text(value: string): string {
  return xmlChars(value);
}
