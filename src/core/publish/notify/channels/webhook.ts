import type { Announcement } from '../announcements.ts';

/** Statuspage's incident webhook shape: `meta`, `page` and `incident` (with its `incident_updates`). */
export function webhookPayload(a: Announcement): object {
  return {
    meta: { unsubscribe: null, documentation: null, generated_at: a.date.toISOString() },
    page: { id: a.page.id, status_indicator: a.indicator, status_description: a.overall },
    incident: a.incident ?? null,
    statusmark: { id: a.id, url: a.url, title: a.title, status: a.status, text: a.text, components: a.components, changes: a.changes },
  };
}
