import { API_INDEX_PATH, API_SUMMARY_PATH, CALENDAR_PATH, FEED_FORMATS, feedUrls, type FeedScope } from '../site/published-files.ts';
import type { SiteModel } from '../site/site.ts';
import { absoluteUrl } from '../site/site-links.ts';
import { translatorOf } from '../site/translator.ts';

/**
 * What `/subscribe/` shows: every way to follow the page, with each address in full (to paste into
 * a reader or an app) and as a link under the site's base. The words are the catalog's
 * `subscribe_page.*`; format and app names and the commands to type are the same in every language.
 * What each chat app offers is as its makers document it: Slack's RSS app; Microsoft Teams retired
 * its Office 365 connectors (the RSS connector among them), so a Workflows flow reads the feed;
 * Discord has no feed reader of its own, only channel webhooks something else must post to.
 */

const FORMAT_NAMES = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' } as const;

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
  const { t } = translatorOf(model);
  const linkNames = (name: string) => ({
    rss: t('subscribe_page.feed_rss', { name }),
    atom: t('subscribe_page.feed_atom', { name }),
    json: t('subscribe_page.feed_json', { name }),
  });
  const row = (title: string, scope: FeedScope, what = title): FeedRowView => {
    const self = feedUrls(site, scope);
    const labels = linkNames(what);
    return { title, links: FEED_FORMATS.map((f) => ({ format: FORMAT_NAMES[f], label: labels[f], url: self[f] })) };
  };
  const components = site.groups.flatMap((g) =>
    g.components.map((c) => {
      const title = g.name ? `${g.name}: ${c.name}` : c.name;
      return row(title, { kind: 'component', component: c.id });
    }),
  );
  const calendar = absoluteUrl(site, CALENDAR_PATH);
  const rss = feedUrls(site, { kind: 'history' }).rss;
  const apps: ChatAppView[] = [
    {
      id: 'slack',
      name: 'Slack',
      steps: [t('subscribe_page.slack_add_app'), t('subscribe_page.slack_send')],
      command: `/feed subscribe ${rss}`,
      after: t('subscribe_page.slack_after'),
    },
    {
      id: 'teams',
      name: 'Microsoft Teams',
      steps: [t('subscribe_page.teams_retired'), t('subscribe_page.teams_flow')],
      command: rss,
      after: t('subscribe_page.teams_after'),
    },
    {
      id: 'discord',
      name: 'Discord',
      steps: [t('subscribe_page.discord_webhooks'), t('subscribe_page.discord_tool')],
      command: rss,
      after: t('subscribe_page.discord_after'),
    },
  ];
  return {
    title: t('subscribe_page.title'),
    intro: t('subscribe_page.intro', { name: site.config.name }),
    email: null,
    feeds: {
      heading: t('subscribe_page.feeds_heading'),
      intro: t('subscribe_page.feeds_intro'),
      site: [
        row(t('subscribe_page.feeds_all'), { kind: 'history' }, site.config.name),
        row(t('subscribe_page.feeds_maintenance'), { kind: 'maintenance' }),
      ],
      componentsHeading: t('subscribe_page.components_heading'),
      componentsIntro: t('subscribe_page.components_intro'),
      components,
    },
    calendar: {
      heading: t('subscribe_page.calendar_heading'),
      intro: t('subscribe_page.calendar_intro'),
      webcal: { label: t('subscribe_page.calendar_webcal'), url: calendar.replace(/^https?:/, 'webcal:') },
      https: { label: t('subscribe_page.calendar_https'), url: calendar },
    },
    api: {
      heading: t('subscribe_page.api_heading'),
      intro: t('subscribe_page.api_intro'),
      links: [
        { label: t('subscribe_page.api_summary'), url: absoluteUrl(site, API_SUMMARY_PATH) },
        { label: t('subscribe_page.api_all'), url: absoluteUrl(site, API_INDEX_PATH) },
      ],
    },
    chat: { heading: t('subscribe_page.chat_heading'), intro: t('subscribe_page.chat_intro'), apps },
  };
}
