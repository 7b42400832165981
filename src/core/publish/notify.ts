/**
 * Notifications on deploy: which updates are new since the previous deploy, who has been told
 * already, and the payload of each channel. Pure; `scripts/notify.ts` does the sending.
 *
 * "New" = in this build's feed and not in the feed the live site served before this deploy
 * (`feed.json`, fetched by `scripts/deploy-plan.ts` before the deploy replaced it). Every update
 * is one feed item with a stable id (its permalink), so an edit never makes an old update new.
 * The ledger (kept between runs in an Actions cache) records, per channel, which item ids were
 * sent and which failed; a rerun sends nothing twice and retries what failed.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { statuspageId } from '../api/ids.ts';
import { statuspageApi } from '../api/index.ts';
import type { SpIncident } from '../api/types.ts';
import { buildFeed, type FeedItem } from '../feeds/index.ts';
import { markdownToText } from '../markdown.ts';
import type { SiteModel } from '../site.ts';
import { incidentComponentIds, siteRoot } from '../site-links.ts';
import { COMPONENT_STATUS_LABELS, IMPACT_LABELS, STATUS_LABELS } from '../statuses.ts';
import { oneLine, truncate } from '../text-safety.ts';
import { formatUtc } from '../time.ts';

export const CHANNELS = ['slack', 'teams', 'discord', 'webhook', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The environment variable that holds each channel's secret. */
export const CHANNEL_SECRETS: Record<Channel, string> = {
  slack: 'SLACK_WEBHOOK_URL',
  teams: 'TEAMS_WEBHOOK_URL',
  discord: 'DISCORD_WEBHOOK_URL',
  webhook: 'STATUS_WEBHOOK_URL',
  email: 'SMTP_URL',
};

/** The channels `status.config.yaml` turns on. */
export function enabledChannels(model: SiteModel): Channel[] {
  const n = model.site.config.notifications ?? {};
  return CHANNELS.filter((c) => Boolean(n[c]));
}

/** The item ids of a JSON Feed document (the previous deploy's `feed.json`); undefined if it is not one. */
export function feedItemIds(json: unknown): Set<string> | undefined {
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  return new Set(items.map((i) => (i as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'));
}

/** Every item of this build's history feed. */
export function currentItems(model: SiteModel): FeedItem[] {
  return buildFeed(model, { kind: 'history' }).items;
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

export interface Ledger {
  version: 1;
  /** Per channel, the ids of items delivered. */
  sent: Partial<Record<Channel, string[]>>;
  /** Per channel, the ids of items whose delivery failed, to retry on the next run. */
  pending: Partial<Record<Channel, string[]>>;
}

export function emptyLedger(): Ledger {
  return { version: 1, sent: {}, pending: {} };
}

export function parseLedger(text: string | undefined): Ledger {
  if (!text) return emptyLedger();
  try {
    const data = JSON.parse(text) as Ledger;
    if (data?.version !== 1 || typeof data.sent !== 'object' || typeof data.pending !== 'object') return emptyLedger();
    return { version: 1, sent: data.sent ?? {}, pending: data.pending ?? {} };
  } catch {
    return emptyLedger();
  }
}

/** What a channel gets this run: the new items and its pending retries, minus what it already got. */
export function dueFor(channel: Channel, fresh: readonly FeedItem[], all: readonly FeedItem[], ledger: Ledger): FeedItem[] {
  const sent = new Set(ledger.sent[channel] ?? []);
  const pending = new Set(ledger.pending[channel] ?? []);
  const due = new Map<string, FeedItem>();
  for (const item of all) if (pending.has(item.id) && !sent.has(item.id)) due.set(item.id, item);
  for (const item of fresh) if (!sent.has(item.id)) due.set(item.id, item);
  return [...due.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** The ledger after a run: delivered ids added to `sent`, failed ones to `pending`; ids no longer in the feed dropped. */
export function recordRun(ledger: Ledger, results: Partial<Record<Channel, { sent: string[]; failed: string[] }>>, all: readonly FeedItem[]): Ledger {
  const live = new Set(all.map((i) => i.id));
  const next = emptyLedger();
  for (const channel of CHANNELS) {
    const r = results[channel] ?? { sent: [], failed: [] };
    const sent = new Set([...(ledger.sent[channel] ?? []), ...r.sent].filter((id) => live.has(id)));
    const pending = new Set([...(ledger.pending[channel] ?? []), ...r.failed].filter((id) => live.has(id) && !sent.has(id)));
    if (sent.size) next.sent[channel] = [...sent].sort();
    if (pending.size) next.pending[channel] = [...pending].sort();
  }
  return next;
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

const COLORS: Record<string, number> = { none: 0x1f883d, minor: 0xbf8700, major: 0xd1242f, critical: 0x82071e, maintenance: 0x0969da, resolved: 0x1f883d };

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
  const ended = update && (update.effectiveStatus === 'resolved' || update.effectiveStatus === 'completed' || update.effectiveStatus === 'cancelled');
  return {
    id: item.id,
    url: item.url,
    title: oneLine(item.title),
    incidentTitle: oneLine(incident?.title ?? item.title),
    status,
    date: item.date,
    text: truncate(oneLine(markdownToText(update ? update.markdown : (incident?.report?.markdown ?? ''))) || item.title, 1500),
    impact,
    components: incident ? names(incidentComponentIds(site, incident)) : item.tags,
    changes: (update?.affected ?? []).map(
      (a) => `${site.componentsById.get(a.component)?.name ?? a.component}: ${COMPONENT_STATUS_LABELS[a.old_status]} → ${COMPONENT_STATUS_LABELS[a.new_status]}`,
    ),
    overall: model.overall.description,
    indicator: model.overall.indicator,
    page: { name: site.config.name, url: siteRoot(site), id: api.page.id },
    ...(spIncident ? { incident: spIncident } : {}),
    color: ended ? COLORS.resolved! : incident?.kind === 'maintenance' ? COLORS.maintenance! : (COLORS[incident?.impact ?? 'none'] ?? COLORS.none!),
  };
}

function factsLine(a: Announcement): string {
  const parts = [`Status: ${a.status}`];
  if (a.impact) parts.push(`Impact: ${a.impact}`);
  if (a.components.length) parts.push(`Affected: ${a.components.join(', ')}`);
  return parts.join(' · ');
}

/**
 * Slack's mrkdwn: `&`, `<` and `>` start its links and mentions (`<!channel>`, `<@U…>`), so they are
 * written as `&amp;`, `&lt;` and `&gt;`, which Slack shows as themselves ("Formatting text": escaping).
 * Each text object is also `verbatim`, so Slack does not turn plain words into links or mentions.
 */
const slackEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A mrkdwn text object; Slack refuses one over 3,000 characters, so it is cut before an entity, never through one. */
const slackText = (text: string) => ({ type: 'mrkdwn', text: text.length <= 3000 ? text : `${text.slice(0, 2999).replace(/&[a-z]*$/, '')}…`, verbatim: true });

export function slackPayload(a: Announcement): object {
  const changes = a.changes.length ? `\n${a.changes.map((c) => `• ${slackEscape(c)}`).join('\n')}` : '';
  return {
    text: slackEscape(`${a.title}: ${a.text}`.slice(0, 3000)),
    unfurl_links: false,
    blocks: [
      { type: 'section', text: slackText(`*<${a.url}|${slackEscape(a.title)}>*\n${slackEscape(a.text)}`) },
      { type: 'context', elements: [slackText(`${slackEscape(factsLine(a))} · ${formatUtc(a.date)}${changes}`)] },
    ],
  };
}

/**
 * A backslash before each character that would start formatting: CommonMark (Teams' Adaptive
 * Cards) and Discord both show a backslash-escaped punctuation character as itself. Only the
 * channel's own syntax is escaped, since a renderer may show a backslash it does not expect.
 */
const backslashEscape = (anywhere: RegExp, lineStart: RegExp) => (text: string) =>
  text.replace(anywhere, '\\$&').replace(lineStart, (_, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));

/**
 * Teams' Adaptive Card Markdown (TextBlock and FactSet values): bold, italic, `[text](url)` links
 * and lists ("Text formatting in cards"). Mentions need `msteams.entities`, which cards from here
 * never carry.
 */
export const teamsEscape = backslashEscape(/[\\*_[\]]/g, /^(\s*)([+-]|\d+(?=[.)]))/gm);

/**
 * Discord's Markdown (embed title, description and field values): emphasis, code, spoilers,
 * `[text](url)` links, `<@id>`, `<#id>`, `<t:…>` and `@everyone`/`@here`, and at the start of a
 * line headings, `-#` subtext, quotes and lists. `allowed_mentions` stops pings as well.
 */
export const discordEscape = backslashEscape(/[\\`*_~|[\]<>@]/g, /^(\s*)([#+-]|\d+(?=[.)]))/gm);

/** A Teams Workflows ("Post to a channel when a webhook request is received") message with an Adaptive Card. */
export function teamsPayload(a: Announcement): object {
  const md = teamsEscape;
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: md(a.title), weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: md(a.text), wrap: true },
            {
              type: 'FactSet',
              facts: [
                { title: 'Status', value: a.status },
                ...(a.impact ? [{ title: 'Impact', value: a.impact }] : []),
                ...(a.components.length ? [{ title: 'Affected', value: md(a.components.join(', ')) }] : []),
                ...a.changes.map((c) => ({ title: 'Changed', value: md(c) })),
                { title: 'Posted', value: formatUtc(a.date) },
              ],
            },
          ],
          // A button's title is plain text: no Markdown to escape.
          actions: [{ type: 'Action.OpenUrl', title: `Open ${a.page.name}`, url: a.url }],
        },
      },
    ],
  };
}

/**
 * The page's name as the message's author, where Discord accepts it: it refuses the whole message
 * (400) for a username holding "discord", "clyde", `@`, `#`, `:` or "```", or being "everyone" or
 * "here". Then the webhook's own name, set in Discord, shows instead.
 */
export function discordUsername(name: string): string | undefined {
  const username = name.trim().slice(0, 80);
  if (!username || /discord|clyde|[@#:]|```/i.test(username) || /^(everyone|here)$/i.test(username)) return undefined;
  return username;
}

/** Discord renders Markdown in an embed's title, description and field values; not in its footer or the username. */
export function discordPayload(a: Announcement): object {
  const md = discordEscape;
  const username = discordUsername(a.page.name);
  return {
    ...(username ? { username } : {}),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: md(a.title).slice(0, 256),
        url: a.url,
        description: md(a.text).slice(0, 4000),
        color: a.color,
        timestamp: a.date.toISOString(),
        fields: [
          { name: 'Status', value: a.status, inline: true },
          ...(a.impact ? [{ name: 'Impact', value: a.impact, inline: true }] : []),
          ...(a.components.length ? [{ name: 'Affected', value: md(a.components.join(', ')).slice(0, 1024) }] : []),
          ...(a.changes.length ? [{ name: 'Changes', value: a.changes.map(md).join('\n').slice(0, 1024) }] : []),
        ],
        footer: { text: `${a.page.name} · ${a.overall}` },
      },
    ],
  };
}

/** Statuspage's incident webhook shape: `meta`, `page` and `incident` (with its `incident_updates`). */
export function webhookPayload(a: Announcement): object {
  return {
    meta: { unsubscribe: null, documentation: null, generated_at: a.date.toISOString() },
    page: { id: a.page.id, status_indicator: a.indicator, status_description: a.overall },
    incident: a.incident ?? null,
    statusmark: { id: a.id, url: a.url, title: a.title, status: a.status, text: a.text, components: a.components, changes: a.changes },
  };
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  /** Stable per update, so a mail client threads an incident's updates and spots a duplicate. */
  messageId: string;
  references: string;
}

/** One update as an email: plain text and HTML (built as a tree, every text escaped). */
export function emailMessage(a: Announcement): EmailMessage {
  const domain = new URL(a.page.url).hostname;
  const facts = [`Status: ${a.status}`, ...(a.impact ? [`Impact: ${a.impact}`] : []), ...(a.components.length ? [`Affected: ${a.components.join(', ')}`] : [])];
  const text = [
    a.title,
    '',
    a.text,
    '',
    ...facts,
    ...a.changes.map((c) => `Changed: ${c}`),
    `Posted: ${formatUtc(a.date)}`,
    '',
    `Read it on ${a.page.name}: ${a.url}`,
    `Overall: ${a.overall}`,
  ].join('\n');
  const html = toHtml(
    h('div', [
      h('h1', { style: 'font-size:18px' }, h('a', { href: a.url }, a.title)),
      h('p', a.text),
      h('ul', [...facts, ...a.changes.map((c) => `Changed: ${c}`), `Posted: ${formatUtc(a.date)}`].map((f) => h('li', f))),
      h('p', [`Overall: ${a.overall}. `, h('a', { href: a.page.url }, `Open ${a.page.name}`)]),
    ]),
  );
  const thread = `<${new URL(a.url).pathname.replace(/[^a-z0-9-]+/gi, '.').replace(/^\.|\.$/g, '')}@${domain}>`;
  return {
    subject: `[${a.page.name}] ${a.title}`,
    text,
    html,
    messageId: `<${statuspageId(`email:${a.id}`)}.${new URL(a.url).hash.slice(1) || 'report'}@${domain}>`,
    references: thread,
  };
}
