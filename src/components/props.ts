/**
 * The props of every component a team can override with statusmark()'s `components` option, one
 * interface per component. An override declares `type Props = HeaderProps` (from 'statusmark/props')
 * and gets what the default gets; the README says what each default renders.
 */
import type { SiteConfig } from '../core/content/config/config-schema.ts';
import type { Indicator } from '../core/status/overall.ts';
import type { IncidentSummary, IncidentView, UpdateView } from '../core/views/incident.ts';
import type { UptimeView } from '../core/views/uptime.ts';

export type { Indicator, IncidentSummary, IncidentView, UpdateView, UptimeView };

/** One entry of the header's navigation. */
export interface NavLink {
  label: string;
  /** The address to link, already under the site's base. */
  href: string;
  /** The page is in this entry's section (rendered as `aria-current="page"`). */
  current: boolean;
}

export interface HeaderProps {
  /** The site's name (`name` in status.config.yaml). */
  name: string;
  /** The home page's address, under the site's base. */
  home: string;
  /** The logo's address (`logo`), when the config names one. */
  logo?: string | undefined;
  /** The site's own sections: Status, History and Reports. */
  nav: NavLink[];
  /** The config's own `links` (e.g. the team's home page), after the sections. */
  links: { label: string; url: string }[];
}

export interface FooterProps {
  /** How customers reach you (`support` in status.config.yaml), when the config says. */
  support?: SiteConfig['support'];
}

export interface BannerProps {
  /** The overall state: none (all operational), minor, major, critical or maintenance. */
  indicator: Indicator;
  /** The sentence that says it, e.g. "All systems operational". */
  description: string;
}

export interface IncidentCardProps {
  /** An open incident or an active or upcoming maintenance; `incident.path` is under the site's base. */
  incident: IncidentView;
}

export interface IncidentListProps {
  /** Incidents and maintenance, in the order to list them. */
  items: IncidentSummary[];
}

export interface TimelineProps {
  /** One incident's updates, newest first. */
  updates: UpdateView[];
}

export interface UptimeBarProps {
  /** The component's name, for the bar's accessible label. */
  name: string;
  /** Its uptime, day by day, oldest first. */
  uptime: UptimeView;
  /**
   * Where the day-by-day details are (the component page). When given, the bar is drawn light: one link
   * coloured day by day, without a mark or tooltip per day, as the home page shows it at any history size.
   */
  details?: string | undefined;
}

export interface SubscribeProps {
  /** A component's id, to offer its own feeds instead of the site's. */
  component?: string | undefined;
}

export interface PillProps {
  /** A status or impact key, used for its colour; the label carries the meaning. */
  kind: string;
  label: string;
}

export interface PagerProps {
  current: number;
  last: number;
  /** The folder of page 1, e.g. `history/`; page n lives at `<base>n/`. */
  base: string;
}
