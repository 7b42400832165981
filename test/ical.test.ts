import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maintenanceCalendar } from '../src/core/outputs/ical.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { HOSTILE, readCalendar } from './helpers/outputs.ts';
import { FILES, HOSTILE_COMPONENT, makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

let ics: string;

beforeAll(() => {
  ics = maintenanceCalendar(readSiteModel(makeStatusFixture(), new Date(NOW)));
});

describe('maintenance.ics', () => {
  it('is an RFC 5545 calendar (ical.js reads it; CRLF lines of at most 75 octets) named after the page', () => {
    const calendar = readCalendar(ics);
    expect(calendar.name).toBe('Acme Status — scheduled maintenance');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Statusmark//Statusmark//EN\r\n')).toBe(true);
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  });

  it('has one event per maintenance window, with a stable UID, DTSTAMP, SUMMARY, URL and STATUS', () => {
    const { events } = readCalendar(ics);
    expect(events.map((e) => [e.uid, e.summary, e.start, e.end, e.stamp, e.sequence, e.status, e.url])).toEqual([
      [
        '2026-11-10-cert-renewal@acme.github.io/status',
        'Certificate renewal',
        '2026-11-10T01:00:00.000Z',
        '2026-11-10T02:00:00.000Z',
        '2026-11-10T01:40:00.000Z',
        1,
        'CONFIRMED',
        `${SITE}incidents/2026-11-10-cert-renewal/`,
      ],
      [
        '2026-11-20-email-move@acme.github.io/status',
        'Email system move',
        '2026-11-20T14:00:00.000Z',
        '2026-11-20T15:00:00.000Z',
        '2026-11-20T14:00:00.000Z',
        1,
        'CONFIRMED',
        `${SITE}incidents/2026-11-20-email-move/`,
      ],
      [
        '2026-11-25-db-upgrade@acme.github.io/status',
        'Database upgrade',
        '2026-11-25T02:00:00.000Z',
        '2026-11-25T04:00:00.000Z',
        '2026-11-19T09:00:00.000Z',
        0,
        'CONFIRMED',
        `${SITE}incidents/2026-11-25-db-upgrade/`,
      ],
    ]);
  });

  it('describes each window in plain text: status, window, components, the latest update and the link', () => {
    const event = readCalendar(ics).events[1]!;
    expect(event.description).toBe(
      [
        'Status: In progress',
        'Window: 2026-11-20 14:00 UTC to 2026-11-20 15:00 UTC',
        `Affected components: ${HOSTILE_COMPONENT}`,
        '',
        'The move has started.',
        '',
        `Details: ${SITE}incidents/2026-11-20-email-move/`,
      ].join('\n'),
    );
  });

  it('reads hostile text back identically, folded lines and all', () => {
    const files = {
      ...FILES,
      'incidents/2026-11-25-db-upgrade.md': FILES['incidents/2026-11-25-db-upgrade.md']!.replace(
        'title: Database upgrade',
        `title: ${JSON.stringify(`${HOSTILE}; a, b\\c`)}`,
      ).replace('The API and dashboard', 'Read-only; a, b\\c — "quoted" & a < b 🚀 שלום'),
    };
    const { events } = readCalendar(maintenanceCalendar(readSiteModel(makeStatusFixture({ files }), new Date(NOW))));
    expect(events[2]!.summary).toBe(`${HOSTILE}; a, b\\c`);
    expect(events[2]!.description).toContain('Read-only; a, b\\c — "quoted" & a < b 🚀 שלום will be read-only');
  });

  it('is the same for the same content and STATUS_NOW', () => {
    expect(maintenanceCalendar(readSiteModel(makeStatusFixture(), new Date(NOW)))).toBe(ics);
  });

  it('is a valid, empty calendar when there is no maintenance', () => {
    const empty = maintenanceCalendar(readSiteModel(makeStatusFixture({ files: {} }), new Date(NOW)));
    expect(readCalendar(empty).events).toEqual([]);
  });
});

describe('cancelled maintenance in the calendar', () => {
  it('is STATUS:CANCELLED, so calendar apps strike it out', () => {
    const root = makeStatusFixture();
    writeFileSync(
      join(root, 'incidents/2026-11-26-cancelled.md'),
      '---\ntitle: Network upgrade\nkind: maintenance\ncomponents: [api]\nwindow: { start: 2026-11-26 02:00 UTC, end: 2026-11-26 03:00 UTC }\n---\n## 2026-11-19 10:00 UTC · Cancelled\nThis will not happen.\n\n## 2026-11-18 10:00 UTC · Scheduled\nWe will upgrade the network.\n',
    );
    const event = readCalendar(maintenanceCalendar(readSiteModel(root, new Date(NOW)))).events.find(
      (e) => e.summary === 'Network upgrade',
    )!;
    expect(event.status).toBe('CANCELLED');
  });
});
