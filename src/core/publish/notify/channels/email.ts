import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { statuspageId } from '../../../outputs/api/ids.ts';
import { formatUtc } from '../../../shared/time.ts';
import type { Announcement } from '../announcements.ts';

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
  const facts = [
    `Status: ${a.status}`,
    ...(a.impact ? [`Impact: ${a.impact}`] : []),
    ...(a.components.length ? [`Affected: ${a.components.join(', ')}`] : []),
  ];
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
      h(
        'ul',
        [...facts, ...a.changes.map((c) => `Changed: ${c}`), `Posted: ${formatUtc(a.date)}`].map((f) => h('li', f)),
      ),
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
