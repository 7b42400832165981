import type { SiteModel } from '../site/site.ts';
import type { ComponentStatus } from '../content/statuses.ts';
import type { ComponentUptime } from '../status/uptime.ts';
import { dateLabel, percentLabel } from './format.ts';
import { incidentPath } from './incident.ts';

/** Colour level of one day's bar: the worst status of the day, in the words of the legend. */
export type DayLevel = 'ok' | 'maintenance' | 'minor' | 'major' | 'critical';

const LEVEL: Record<ComponentStatus, DayLevel> = {
  operational: 'ok',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

export interface DayView {
  date: string;
  label: string;
  level: DayLevel;
  uptimeText: string;
  /** One sentence for screen readers and the tooltip. */
  description: string;
  incidents: { id: string; title: string; path: string }[];
}

export interface UptimeView {
  percentText: string;
  days: DayView[];
}

export function uptimeView(model: SiteModel, uptime: ComponentUptime): UptimeView {
  const language = model.site.config.language;
  return {
    percentText: percentLabel(uptime.uptime),
    days: uptime.days.map((d) => {
      const incidents = d.incidents.map((id) => {
        const incident = model.byId.get(id)!.incident;
        return { id, title: incident.title, path: incidentPath(id) };
      });
      const label = dateLabel(Date.parse(`${d.date}T00:00:00Z`), language, model.caches);
      const uptimeText = percentLabel(d.uptime);
      const what = incidents.length === 0 ? 'no incidents' : incidents.map((i) => i.title).join('; ');
      return {
        date: d.date,
        label,
        level: LEVEL[d.worst],
        uptimeText,
        description: `${label}: ${uptimeText} uptime, ${what}`,
        incidents,
      };
    }),
  };
}
