/**
 * HTML comments are notes for the team (issue 18: the Statuspage API carried them, directives
 * included): no output that leaves the build carries one. Each output is read back with a real
 * parser, and every text in it is searched.
 */
import { describe, expect, it } from 'vitest';
import { withoutComments } from '../src/core/content/markdown/comments.ts';
import { API_DOCUMENTS, apiFile } from '../src/core/outputs/api/index.ts';
import { overallBadge } from '../src/core/outputs/badge.ts';
import { feedFile } from '../src/core/outputs/feeds/index.ts';
import { maintenanceCalendar } from '../src/core/outputs/ical.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { announcement, currentItems } from '../src/core/publish/notify/announcements.ts';
import { searchRecords } from '../src/core/views/search-records.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';
import { parseXml, readCalendar } from './helpers/outputs.ts';

const INCIDENT = `---
title: Elevated error rates on the REST API
impact: major
components: [api]
---

## 2026-11-20 15:10 UTC · Resolved
<!-- statusmark-disable style-jargon -->
Error rates are back to normal after the 5xx spike. <!-- note: ask the DB team -->

## 2026-11-20 14:40 UTC · Monitoring
> A fix is deployed. <!-- multi
> line note -->

- We are watching error rates. <!-- statusmark-disable-file -->

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail. Next update by 14:35 UTC.
<!--
A block comment over lines.
-->

## Post-incident report
### Summary
<!-- What happened, which services, how long. -->
The API failed for 65 minutes.
`;

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
window: { start: 2026-11-25 02:00 UTC, end: 2026-11-25 04:00 UTC }
components: [api]
---

## 2026-11-20 10:00 UTC · Scheduled
We will upgrade the database. <!-- statusmark-disable style-long-sentence -->
`;

const NOW = new Date('2026-11-21T00:00:00Z');
const model = readSiteModel(makeContentRoot({ 'incidents/2026-11-20-api.md': INCIDENT, 'incidents/2026-11-25-db.md': MAINTENANCE }), NOW);

/** Every string in a parsed document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function expectNoComment(texts: string[]) {
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => /<!--|-->|statusmark-disable|ask the DB team|line note|block comment/i.test(t))).toEqual([]);
}

describe('no HTML comment leaves the build', () => {
  it('the Statuspage API: no update body carries one, and the text around them stays', () => {
    for (const name of API_DOCUMENTS) expectNoComment(strings(JSON.parse(apiFile(model, name))));
    const { incidents } = JSON.parse(apiFile(model, 'incidents')) as { incidents: { incident_updates: { body: string }[] }[] };
    expect(incidents[0]!.incident_updates.map((u) => u.body)).toEqual([
      'Error rates are back to normal after the 5xx spike.',
      '> A fix is deployed.\n\n- We are watching error rates.',
      'Some API requests fail. Next update by 14:35 UTC.',
    ]);
  });

  it.each(['rss', 'atom'] as const)('the %s feed, as rss-parser and an XML parser read it', async (format) => {
    const xml = feedFile(model, { kind: 'history' }, format);
    const feed = await parseWithRssParser(xml);
    expect(feed.items.length).toBe(5);
    expectNoComment([...strings(feed), ...strings(parseXml(xml))]);
  });

  it('the JSON feed', () => {
    expectNoComment(strings(JSON.parse(feedFile(model, { kind: 'history' }, 'json'))));
  });

  it('the calendar, as ical.js reads it', () => {
    const calendar = readCalendar(maintenanceCalendar(model));
    expect(calendar.events[0]!.description).toContain('We will upgrade the database.');
    expectNoComment(strings(calendar));
  });

  it('the notifications', () => {
    const sent = currentItems(model).map((item) => announcement(model, item));
    expect(sent.length).toBe(5);
    expectNoComment(strings(sent));
  });

  it('the search records', () => {
    expectNoComment(strings(searchRecords(model, '/')));
  });

  it('the badge', () => {
    expectNoComment(strings(parseXml(overallBadge(model))));
  });
});

describe('withoutComments', () => {
  it.each([
    ['a comment on its own line', 'One.\n<!-- note -->\nTwo.', 'One.\n\nTwo.'],
    ['a comment inside a paragraph', 'One <!-- note --> two.', 'One  two.'],
    ['a comment in a quote, over two lines', '> One. <!-- a\n> b -->\n\nTwo.', '> One.\n\nTwo.'],
    [
      'a comment shown as code stays',
      'Write `<!-- statusmark-disable -->` to switch rules off.',
      'Write `<!-- statusmark-disable -->` to switch rules off.',
    ],
    ['a fenced block stays as written', '```\n<!-- kept -->\n```', '```\n<!-- kept -->\n```'],
    ['an unclosed comment runs to its block’s end', 'One.\n\n<!-- open', 'One.'],
  ])('%s', (_name, markdown, want) => {
    expect(withoutComments(markdown)).toBe(want);
  });
});
