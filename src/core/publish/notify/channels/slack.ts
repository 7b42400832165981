import { formatUtc } from '../../../shared/time.ts';
import type { Announcement } from '../announcements.ts';

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
const slackText = (text: string) => ({
  type: 'mrkdwn',
  text: text.length <= 3000 ? text : `${text.slice(0, 2999).replace(/&[a-z]*$/, '')}…`,
  verbatim: true,
});

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
