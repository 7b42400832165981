import { API_INDEX_PATH, API_SUMMARY_PATH, CALENDAR_PATH, FEED_FORMATS, feedUrls, type FeedScope } from '../site/published-files.ts';
import type { SiteModel } from '../site/site.ts';
import { absoluteUrl } from '../site/site-links.ts';
import { SUBSCRIBE_TEXT as T } from './subscribe-text.ts';

/**
 * What `/subscribe/` shows: every way to follow the page, with each address in full (to paste into
 * a reader or an app) and as a link under the site's base. The words are all in subscribe-text.ts.
 */

export interface FeedLinkView {
  /** RSS, Atom or JSON Feed. */
  format: string;
  /** The link's accessible name: "RSS feed of REST API". */
  label: string;
  /** Absolute address. */
  url: string;
}

export interface FeedRowView {
  title: string;
  links: FeedLinkView[];
}

export interface ChatAppView {
  id: 'slack' | 'teams' | 'discord';
  name: string;
  steps: readonly string[];
  /** What to type or paste, shown as code. */
  command: string;
  after: string;
}

/** The email sign-up form: set when `subscribe:` names a mailing service (a later part of issue 16); none yet. */
export type EmailSignupView = never;

export interface SubscribeView {
  title: string;
  intro: string;
  email: { heading: string; form: EmailSignupView } | null;
  feeds: {
    heading: string;
    intro: string;
    site: FeedRowView[];
    componentsHeading: string;
    componentsIntro: string;
    /** Components in config order, each group's name before its own. */
    components: FeedRowView[];
  };
  calendar: { heading: string; intro: string; webcal: { label: string; url: string }; https: { label: string; url: string } };
  api: { heading: string; intro: string; links: { label: string; url: string }[] };
  chat: { heading: string; intro: string; apps: ChatAppView[] };
}

export function subscribeView(model: SiteModel): SubscribeView {
  const { site } = model;
  const row = (title: string, scope: FeedScope, what = title): FeedRowView => {
    const self = feedUrls(site, scope);
    return {
      title,
      links: FEED_FORMATS.map((f) => ({ format: T.feeds.formats[f], label: `${T.feeds.linkNames[f]} ${what}`, url: self[f] })),
    };
  };
  const components = site.groups.flatMap((g) =>
    g.components.map((c) => {
      const title = g.name ? `${g.name}: ${c.name}` : c.name;
      return row(title, { kind: 'component', component: c.id });
    }),
  );
  const calendar = absoluteUrl(site, CALENDAR_PATH);
  const rss = feedUrls(site, { kind: 'history' }).rss;
  const app = (id: ChatAppView['id']): ChatAppView => {
    const text = T.chat[id];
    return { id, name: text.name, steps: text.steps, command: text.command(rss), after: text.after };
  };
  return {
    title: T.title,
    intro: T.intro(site.config.name),
    email: null,
    feeds: {
      heading: T.feeds.heading,
      intro: T.feeds.intro,
      site: [row(T.feeds.all, { kind: 'history' }, site.config.name), row(T.feeds.maintenance, { kind: 'maintenance' })],
      componentsHeading: T.feeds.componentsHeading,
      componentsIntro: T.feeds.componentsIntro,
      components,
    },
    calendar: {
      heading: T.calendar.heading,
      intro: T.calendar.intro,
      webcal: { label: T.calendar.webcal, url: calendar.replace(/^https?:/, 'webcal:') },
      https: { label: T.calendar.https, url: calendar },
    },
    api: {
      heading: T.api.heading,
      intro: T.api.intro,
      links: [
        { label: T.api.summary, url: absoluteUrl(site, API_SUMMARY_PATH) },
        { label: T.api.all, url: absoluteUrl(site, API_INDEX_PATH) },
      ],
    },
    chat: { heading: T.chat.heading, intro: T.chat.intro, apps: [app('slack'), app('teams'), app('discord')] },
  };
}
