import type { SiteModel } from '../site/site.ts';
import type { ComponentStatus } from '../content/statuses.ts';
import type { ComponentUptime } from '../status/uptime.ts';
import { translatorOf } from '../site/translator.ts';
import { dateLabel } from './format.ts';
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

/** Consecutive days of one colour: what a light bar draws instead of a mark per day. */
export interface LevelRun {
  level: DayLevel;
  /** The first day's index in `days`. */
  from: number;
  /** One past the last day's index. */
  to: number;
}

export interface UptimeView {
  percentText: string;
  days: DayView[];
  /** The days merged into runs of one level, oldest first. */
  runs: LevelRun[];
  /** How many days had an incident or maintenance, in words: "no days with incidents", "1 day with incidents". */
  incidentDaysText: string;
  /** The bar's name for screen readers: "API: 99.95% uptime over the last 90 days". */
  label: string;
}

/** Merges neighbouring days of the same level. */
export function levelRuns(levels: readonly DayLevel[]): LevelRun[] {
  const runs: LevelRun[] = [];
  levels.forEach((level, i) => {
    const last = runs[runs.length - 1];
    if (last?.level === level) last.to = i + 1;
    else runs.push({ level, from: i, to: i + 1 });
  });
  return runs;
}

/** `name` is the component's, for the bar's label. */
export function uptimeView(model: SiteModel, uptime: ComponentUptime, name: string): UptimeView {
  const language = model.site.locale;
  const t = translatorOf(model);
  const days = uptime.days.map((d): DayView => {
    const incidents = d.incidents.map((id) => {
      const incident = model.byId.get(id)!.incident;
      return { id, title: incident.title, path: incidentPath(id) };
    });
    const label = dateLabel(Date.parse(`${d.date}T00:00:00Z`), language, model.caches);
    const uptimeText = t.percent(d.uptime);
    const what = incidents.length === 0 ? t.t('uptime.no_incidents') : incidents.map((i) => i.title).join('; ');
    return {
      date: d.date,
      label,
      level: LEVEL[d.worst],
      uptimeText,
      description: t.t('uptime.day', { date: label, percent: uptimeText, incidents: what }),
      incidents,
    };
  });
  const percentText = t.percent(uptime.uptime);
  return {
    percentText,
    days,
    runs: levelRuns(days.map((d) => d.level)),
    incidentDaysText: t.t('uptime.incident_days', { count: days.filter((d) => d.incidents.length > 0).length }),
    label: t.t('uptime.bar_label', { name, percent: percentText, days: days.length }),
  };
}
