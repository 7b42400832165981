import type { Announcement } from '../announcements.ts';
import { backslashEscape } from './backslash-escape.ts';

/**
 * Discord's Markdown (embed title, description and field values): emphasis, code, spoilers,
 * `[text](url)` links, `<@id>`, `<#id>`, `<t:…>` and `@everyone`/`@here`, and at the start of a
 * line headings, `-#` subtext, quotes and lists. `allowed_mentions` stops pings as well.
 */
export const discordEscape = backslashEscape(/[\\`*_~|[\]<>@]/g, /^(\s*)([#+-]|\d+(?=[.)]))/gm);

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
