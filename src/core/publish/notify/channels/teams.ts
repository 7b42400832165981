import { formatUtc } from '../../../shared/time.ts';
import type { Announcement } from '../announcements.ts';
import { backslashEscape } from './backslash-escape.ts';

/**
 * Teams' Adaptive Card Markdown (TextBlock and FactSet values): bold, italic, `[text](url)` links
 * and lists ("Text formatting in cards"). Mentions need `msteams.entities`, which cards from here
 * never carry.
 */
export const teamsEscape = backslashEscape(/[\\*_[\]]/g, /^(\s*)([+-]|\d+(?=[.)]))/gm);

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
