import { describe, expect, it } from 'vitest';
import { checkAtNow } from '../src/core/checks/in-future.ts';
import { parseIncident } from '../src/core/content/parse-incident.ts';
import { COMPONENTS } from './helpers/parse.ts';

const FILE = 'incidents/2026-11-20-test.md';
const NOW = new Date('2026-11-20T15:00:00Z');

const file = (front: string, headings: string[]) => `---\n${front}\n---\n\n${headings.map((h) => `## ${h}\nText.\n`).join('\n')}`;

/** The parse alone, which has no clock: it must read a file the same whatever the time. */
function parsed(text: string) {
  const { incident, diagnostics } = parseIncident(FILE, text, { components: COMPONENTS });
  if (!incident) throw new Error(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return incident;
}

describe('parse is clock-free; checkAtNow finds what is wrong only at now', () => {
  it('parses an update dated after now, and the check at now refuses it with the file, line and hint', () => {
    const text = file('title: T\ncomponents: [api]', ['2026-11-20 16:00 UTC · Update', '2026-11-20 14:05 UTC · Investigating']);
    const incident = parsed(text);
    expect(incident.updates.map((u) => u.at.toISOString())).toEqual(['2026-11-20T16:00:00.000Z', '2026-11-20T14:05:00.000Z']);
    expect(checkAtNow(incident, text, NOW)).toEqual([
      {
        severity: 'error',
        code: 'update-in-future',
        file: FILE,
        line: 6,
        column: 4,
        message: 'this update is dated after now (2026-11-20 15:00 UTC)',
        hint: 'check the date, the hour and the time zone of the heading',
      },
    ]);
    expect(checkAtNow(incident, text, new Date('2026-11-20T16:00:00Z'))).toEqual([]);
  });

  it('points at `started` and `resolved` when they are after now', () => {
    const text = file('title: T\ncomponents: [api]\nstarted: 2026-11-20 14:00 UTC\nresolved: "2026-11-20 17:00 UTC"', [
      '2026-11-20 14:05 UTC · Investigating',
    ]);
    expect(checkAtNow(parsed(text), text, new Date('2026-11-20T13:00:00Z'))).toEqual([
      expect.objectContaining({ code: 'update-in-future', line: 8, column: 4 }),
      {
        severity: 'error',
        code: 'time-in-future',
        file: FILE,
        line: 4,
        column: 10,
        message: '`started` is after now',
        hint: 'an incident cannot start in the future; schedule planned work as `kind: maintenance`',
      },
      {
        severity: 'error',
        code: 'time-in-future',
        file: FILE,
        line: 5,
        column: 11,
        message: '`resolved` is after now',
        hint: 'set `resolved` when the incident has actually ended, or leave it out',
      },
    ]);
  });

  it('does not take a start or an end worked out from the updates or the window for one written', () => {
    const resolvedByUpdate = file('title: T\ncomponents: [api]', [
      '2026-11-20 14:30 UTC · Resolved',
      '2026-11-20 14:05 UTC · Investigating',
    ]);
    expect(
      checkAtNow(parsed(resolvedByUpdate), resolvedByUpdate, new Date('2026-11-20T14:10:00Z')).map((d) => `${d.line} ${d.code}`),
    ).toEqual(['6 update-in-future']);
    const upcoming = file(
      'title: T\nkind: maintenance\ncomponents: [api]\nwindow: { start: 2026-11-22 02:00 UTC, end: 2026-11-22 04:00 UTC }',
      ['2026-11-20 09:00 UTC · Scheduled'],
    );
    expect(parsed(upcoming).started.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(checkAtNow(parsed(upcoming), upcoming, NOW)).toEqual([]);
  });
});
