import { listedStates } from '../../site/listed.ts';
import { feedUrls, type FeedScope } from '../../site/published-files.ts';
import { reportPublishedAt } from '../../site/report-published.ts';
import { withoutComments } from '../../content/markdown/comments.ts';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { LoadedConfig } from '../../content/config/config.ts';
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { Update } from '../../content/model.ts';
import { reportHtml, updateHtml } from '../../content/rendered-html.ts';
import type { SiteModel } from '../../site/site.ts';
import { componentUrl, incidentComponentIds, incidentUrl, REPORT_ANCHOR, siteRoot } from '../../site/site-links.ts';
import { COMPONENT_STATUS_MESSAGE, IMPACT_MESSAGE, IMPACT_PHRASE_MESSAGE, STATUS_MESSAGE } from '../../content/statuses.ts';
import { durationText } from '../../i18n/duration.ts';
import { listText } from '../../i18n/list-format.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { translatorOf } from '../../site/translator.ts';
import { cacheOf } from '../../shared/caches.ts';
import { oneLine, truncate } from '../../shared/text-safety.ts';
import { DAY, formatUtc } from '../../shared/time.ts';
import type { IncidentState } from '../../status/timeline.ts';

/**
 * The feeds' model: what every RSS, Atom and JSON feed of a site says, in one shape the
 * serialisers (`rss.ts`, `atom.ts`, `json-feed.ts`) turn into files. Every update is its own
 * item, so a reader shows each new update as new; published post-incident reports are items too.
 */

export type { FeedScope };

export interface FeedItem {
  /**
   * Stable and unique: the absolute link to the update's anchor on the incident page
   * (`…/incidents/<id>/#update-2026-11-20-14-05`), or to the report (`#report`). The anchor
   * comes from the update's own time, so editing any other part of the file never changes it.
   */
  id: string;
  url: string;
  /** Plain text: `<incident title> — <status>`. */
  title: string;
  date: Date;
  /** The sanitised update (or report) HTML, followed by the incident's status, impact and components. */
  html: string;
  /** Plain text, at most 280 characters. */
  summary: string;
  /** Names of the components the incident affects. */
  tags: string[];
  kind: 'update' | 'report';
  incident: string;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** BCP 47, from the config. */
  language: string;
  /** The page the feed belongs to. */
  home: string;
  /** Where the feed itself is published, per format. */
  self: { rss: string; atom: string; json: string };
  /** The newest item's time (the build's `now` for an empty feed). */
  updated: Date;
  author: { name: string; url: string; email?: string };
  items: FeedItem[];
}

/** One candidate item before the cap is applied; rendering waits until an entry is kept. */
export interface FeedEntry {
  id: string;
  title: string;
  date: Date;
  kind: 'update' | 'report';
  state: IncidentState;
  update?: Update;
  components: string[];
}

export const SUMMARY_LENGTH = 280;
export const DEFAULT_MAX_ITEMS = 100;

/** The site model's entries, newest first, worked out once per model: of the listed incidents, and of all. */
const ENTRIES = cacheOf('feed entries', () => ({
  listed: undefined as FeedEntry[] | undefined,
  all: undefined as FeedEntry[] | undefined,
}));
/** Each entry's rendered item, shared by every feed (and format) that carries it. */
const ITEMS = cacheOf('feed items', () => new Map<FeedEntry, FeedItem>());

/**
 * The feed of one scope, capped by the config's `feeds.max_items` and `feeds.max_days`. With
 * `unlisted`, it also carries the incidents no feed lists (hidden as opened in error), for the
 * notifications to pick from; no published feed is built so.
 */
export function buildFeed(model: SiteModel, scope: FeedScope, options: { unlisted?: boolean } = {}): FeedDocument {
  const { site } = model;
  const { config } = site;
  const items = feedSelection(model, scope, options).map((e) => renderEntry(model, e));
  const meta = describe(site, scope, translatorOf(model));
  return {
    ...meta,
    language: site.locale,
    updated: items[0]?.date ?? model.now,
    author: { name: config.name, url: siteRoot(site), ...(config.support?.email ? { email: config.support.email } : {}) },
    items,
  };
}

/**
 * The entries a feed of one scope carries, newest first, not yet rendered: capped by the config's
 * `feeds.max_items` and `feeds.max_days`. A feed is made of these, the config, and (empty) `now`.
 */
export function feedSelection(model: SiteModel, scope: FeedScope, options: { unlisted?: boolean } = {}): FeedEntry[] {
  // A config built by hand (not through the schema) may lack the defaults.
  const limits = model.site.config.feeds ?? { max_items: DEFAULT_MAX_ITEMS };
  const oldest = limits.max_days === undefined ? -Infinity : model.now.getTime() - limits.max_days * DAY;
  // Entries are newest first: stop at the cap or the age limit rather than scan the whole history
  // (45 feeds over 50,000 updates in a big archive).
  const kept: FeedEntry[] = [];
  for (const e of feedEntries(model, Boolean(options.unlisted))) {
    if (kept.length >= limits.max_items || e.date.getTime() < oldest) break;
    if (inScope(e, scope)) kept.push(e);
  }
  return kept;
}

/** Where the feeds of a scope are published, for `<link rel="alternate">` on pages. */
export function feedLinks(site: LoadedConfig, scope: FeedScope): { type: string; title: string; href: string }[] {
  const { title, self } = describe(site, scope, createTranslator(site.locale, site.messages));
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: self.rss },
    { type: 'application/atom+xml', title: `${title} (Atom)`, href: self.atom },
    { type: 'application/feed+json', title: `${title} (JSON Feed)`, href: self.json },
  ];
}

function describe(site: LoadedConfig, scope: FeedScope, { t }: Translator): Pick<FeedDocument, 'title' | 'description' | 'home' | 'self'> {
  const name = site.config.name;
  switch (scope.kind) {
    case 'history':
      return {
        title: t('feed.history_title', { name }),
        description: site.config.description ?? t('feed.history_description', { name }),
        home: siteRoot(site),
        self: feedUrls(site, scope),
      };
    case 'maintenance':
      return {
        title: t('feed.maintenance_title', { name }),
        description: t('feed.maintenance_description', { name }),
        home: siteRoot(site),
        self: feedUrls(site, scope),
      };
    case 'component': {
      const component = site.componentsById.get(scope.component);
      if (!component) throw new Error(`no component "${scope.component}" in the config`);
      return {
        title: `${name} — ${component.name}`,
        description: t('feed.component_description', { component: component.name, name }),
        home: componentUrl(site, component.id),
        self: feedUrls(site, scope),
      };
    }
  }
}

function inScope(entry: FeedEntry, scope: FeedScope): boolean {
  switch (scope.kind) {
    case 'history':
      return true;
    case 'maintenance':
      return entry.state.incident.kind === 'maintenance';
    case 'component':
      return entry.components.includes(scope.component);
  }
}

/** Every update published by `now`, and every post-incident report, newest first: of the listed incidents, or of all. */
function feedEntries(model: SiteModel, unlisted: boolean): FeedEntry[] {
  const held = model.caches.get(ENTRIES);
  if (unlisted) return (held.all ??= collectEntries(model, model.states));
  return (held.listed ??= collectEntries(model, listedStates(model)));
}

function collectEntries(model: SiteModel, states: readonly IncidentState[]): FeedEntry[] {
  const { site, now } = model;
  const { t } = translatorOf(model);
  const entries: FeedEntry[] = [];
  for (const state of states) {
    const { incident } = state;
    const components = incidentComponentIds(site, incident);
    const published = incident.updates.filter((u) => u.at <= now);
    for (const update of published) {
      entries.push({
        id: incidentUrl(site, incident.id, update.anchor),
        title: `${incident.title} — ${t(STATUS_MESSAGE[update.status])}`,
        date: update.at,
        kind: 'update',
        state,
        update,
        components,
      });
    }
    const reported = reportPublishedAt(state, now);
    if (reported) {
      entries.push({
        id: incidentUrl(site, incident.id, REPORT_ANCHOR),
        title: t('feed.report_title', { title: incident.title }),
        date: reported,
        kind: 'report',
        state,
        components,
      });
    }
  }
  // Newest first; at the same moment a report comes before the update that ended the incident.
  entries.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      (a.kind === b.kind ? 0 : a.kind === 'report' ? -1 : 1) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return entries;
}

function renderEntry(model: SiteModel, entry: FeedEntry): FeedItem {
  const items = model.caches.get(ITEMS);
  const cached = items.get(entry);
  if (cached) return cached;
  const { site, caches } = model;
  const { incident } = entry.state;
  const markdown = entry.update ? entry.update.markdown : (incident.report?.markdown ?? '');
  const html = entry.update ? updateHtml(entry.update, caches) : (reportHtml(incident, caches) ?? '');
  // Only HTML with in-page links (`href="#…"`) needs rewriting; the rest is used as it is.
  let content = html;
  if (html.includes('href="#')) {
    const body = fromHtml(html, { fragment: true });
    absoluteFragments(body, incidentUrl(site, incident.id));
    content = toHtml(body);
  }
  const text = oneLine(markdownToText(withoutComments(markdown), caches));
  const item: FeedItem = {
    id: entry.id,
    url: entry.id,
    title: entry.title,
    date: entry.date,
    html: content + toHtml(facts(site, entry, translatorOf(model))),
    summary: truncate(text || entry.title, SUMMARY_LENGTH),
    tags: entry.components.map((id) => componentName(site, id)),
    kind: entry.kind,
    incident: incident.id,
  };
  items.set(entry, item);
  return item;
}

/** `#heading` links inside an update point at the incident page, where the anchors live. */
function absoluteFragments(tree: Root, pageUrl: string): void {
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) node.properties.href = new URL(href, pageUrl).href;
  });
}

/** The incident's status, impact and affected components, as a list under the text. */
function facts(site: LoadedConfig, entry: FeedEntry, tr: Translator): Element {
  const { t } = tr;
  const { state } = entry;
  const { incident } = state;
  const rows: ElementContent[] = [];
  // The label with its punctuation in <strong>, as the message puts them: "<strong>Status:</strong> Resolved".
  const row = (label: string, value: string) => {
    const text = t('feed.fact', { label, value });
    const after = text.indexOf(label) + label.length;
    const cut = after + /^\S*/.exec(text.slice(after))![0].length;
    rows.push(h('li', [h('strong', text.slice(0, cut)), text.slice(cut)]));
  };
  const names = entry.components.map((id) => componentName(site, id));
  if (entry.update) {
    row(t('feed.status'), t(STATUS_MESSAGE[entry.update.effectiveStatus]));
  } else {
    row(t('feed.status'), t(STATUS_MESSAGE[state.status]));
  }
  if (incident.kind === 'maintenance' && incident.window) {
    row(t('feed.impact'), t(IMPACT_PHRASE_MESSAGE.maintenance));
    row(t('facts.window'), t('time.range', { start: formatUtc(incident.window.start), end: formatUtc(incident.window.end) }));
  } else {
    row(t('feed.impact'), t(IMPACT_MESSAGE[incident.impact]));
  }
  if (names.length) row(t('facts.affected_components'), listText(names, tr.locale));
  const changes = entry.update?.affected ?? [];
  if (changes.length) {
    row(
      t('timeline.component_changes'),
      changes
        .map((c) =>
          t('timeline.component_change', {
            name: componentName(site, c.component),
            from: t(COMPONENT_STATUS_MESSAGE[c.old_status]),
            to: t(COMPONENT_STATUS_MESSAGE[c.new_status]),
          }),
        )
        .join('; '),
    );
  }
  if (!entry.update) {
    row(t('facts.started'), formatUtc(state.start));
    if (state.end) row(t('feed.ended'), `${formatUtc(state.end)} (${durationText(tr, state.durationMs)})`);
  }
  return h('ul', rows);
}

function componentName(site: LoadedConfig, id: string): string {
  return site.componentsById.get(id)?.name ?? id;
}
