import { COMPONENT_STATUS_MESSAGE, IMPACT_MESSAGE, STATUS_MESSAGE, worstStatus } from '../../content/statuses.ts';
import type { Translator } from '../../i18n/translator.ts';
import { listedStates } from '../../site/listed.ts';
import { incidentUrl } from '../../site/site-links.ts';
import { translatorOf } from '../../site/translator.ts';
import type { SiteModel } from '../../site/site.ts';
import { deriveState, type IncidentState } from '../../status/timeline.ts';
import { embedTexts, type EmbedTexts } from './embed-texts.ts';

/** The path of the embed's data, relative to the site's base; `/embed.js` reads it beside itself. */
export const EMBED_JSON_PATH = 'embed.json';

/** One open incident or one maintenance that is on or still ahead, as the banner shows it. */
export interface EmbedItem {
  kind: 'incident' | 'maintenance';
  /** Untrusted text from the content: the banner sets it as text, never as HTML. */
  title: string;
  /** "Partial outage" for an incident (its worst effect on a component), "Maintenance" for maintenance. */
  effect: string;
  /** The status it has while the banner shows it: "Investigating", "In progress". */
  status: string;
  /** Its page on the status site. */
  url: string;
  /** The banner shows it from this instant by the reader's clock (ISO 8601), or at once when null. */
  from: string | null;
  /** …and until this instant, or until a build says otherwise when null. */
  until: string | null;
}

/**
 * What `/embed.json` holds: only what the banner shows, so the file a team's app fetches on every
 * page view stays a few hundred bytes however many components and incidents the site has (the
 * API's summary.json grows with both), and the script needs no table of status words.
 */
export interface EmbedDocument {
  /** The language of the texts (the site's `locale`). */
  lang: string;
  texts: EmbedTexts;
  items: EmbedItem[];
}

/** The banner's data at the model's `now`: open incidents newest first, then maintenance soonest first. */
export function embedDocument(model: SiteModel): EmbedDocument {
  const { site } = model;
  const tr = translatorOf(model);
  const { t } = tr;
  const listed = new Set(listedStates(model));
  const shown = (s: IncidentState) => listed.has(s) && !s.incident.openedInError;
  const incidents = model.openIncidents.filter(shown).map((s): EmbedItem => ({
    kind: 'incident',
    title: s.incident.title,
    effect: incidentEffect(s, tr),
    status: t(STATUS_MESSAGE[s.status]),
    url: incidentUrl(site, s.incident.id),
    from: null,
    until: null,
  }));
  // A maintenance ahead is in the file with its window, so the banner shows it once the reader's clock
  // reaches the start, with the status the window gives it then, and hides it at the end without a rebuild.
  const maintenance = [...model.activeMaintenance, ...model.upcomingMaintenance].filter(shown).map((s): EmbedItem => {
    const during = s.maintenance === 'upcoming' ? deriveState(s.incident, s.start) : s;
    const end = s.incident.resolved ?? s.incident.window?.end;
    return {
      kind: 'maintenance',
      title: s.incident.title,
      effect: t(IMPACT_MESSAGE.maintenance),
      status: t(STATUS_MESSAGE[during.status]),
      url: incidentUrl(site, s.incident.id),
      from: s.start.toISOString(),
      until: end ? end.toISOString() : null,
    };
  });
  return { lang: site.locale, texts: embedTexts(tr), items: [...incidents, ...maintenance] };
}

function incidentEffect(state: IncidentState, { t }: Translator): string {
  const worst = worstStatus(state.current.values());
  return t(worst === 'operational' ? IMPACT_MESSAGE[state.incident.impact] : COMPONENT_STATUS_MESSAGE[worst]);
}

/** `/embed.json` as written: compact JSON. */
export function embedFile(model: SiteModel): string {
  return JSON.stringify(embedDocument(model));
}
