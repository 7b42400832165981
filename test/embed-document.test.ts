import { describe, expect, it } from 'vitest';
import { embedDocument, embedFile } from '../src/core/outputs/embed/index.ts';

const EMBED_TEXTS = { region: 'Service status', dismiss: 'Dismiss service status' };
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { assertEmbedDocument } from './helpers/outputs.ts';

/** Built at 15:00 UTC on 20 November: one incident open, one resolved, one opened in error, maintenance on, ahead and over. */
const NOW = new Date('2026-11-20T15:00:00Z');
const HOSTILE_TITLE = 'Errors on the <img src=x onerror=alert(1)> API & "more"';

const FILES = {
  'incidents/2026-11-20-api.md': `---
title: '${HOSTILE_TITLE}'
impact: major
components: { api: partial_outage }
---
## 2026-11-20 14:20 UTC · Identified
We found the cause.

## 2026-11-20 14:05 UTC · Investigating
Some requests fail.
`,
  'incidents/2026-11-19-dashboard.md': `---
title: Dashboard slow
impact: minor
components: [dashboard]
---
## 2026-11-19 11:00 UTC · Resolved
Fast again.

## 2026-11-19 10:00 UTC · Investigating
The dashboard is slow.
`,
  'incidents/2026-11-20-mistake.md': `---
title: False alarm
impact: critical
components: [email]
opened_in_error: true
---
## 2026-11-20 14:50 UTC · Investigating
Email may be down.
`,
  'incidents/2026-11-20-email-switch.md': `---
title: Email provider switch
kind: maintenance
components: [email]
window: { start: 2026-11-20 14:00 UTC, end: 2026-11-20 16:00 UTC }
---
## 2026-11-15 09:00 UTC · Scheduled
Emails may be delayed.
`,
  'incidents/2026-11-22-db.md': `---
title: Database upgrade
kind: maintenance
components: [dashboard]
window: { start: 2026-11-22 02:00 UTC, end: 2026-11-22 03:00 UTC }
---
## 2026-11-18 09:00 UTC · Scheduled
Read-only for up to 15 minutes.
`,
  'incidents/2026-11-18-old.md': `---
title: Old maintenance
kind: maintenance
components: [api]
window: { start: 2026-11-18 02:00 UTC, end: 2026-11-18 03:00 UTC }
---
## 2026-11-17 09:00 UTC · Scheduled
Short.
`,
};

const model = (files: Record<string, string> = FILES, config = BASE_CONFIG) => readSiteModel(makeContentRoot(files, config), NOW);

describe('embed.json, what the banner of /embed.js shows', () => {
  it('holds the open incident and the maintenance on or ahead, with their windows and the site’s words', () => {
    expect(embedDocument(model())).toEqual({
      lang: 'en',
      texts: EMBED_TEXTS,
      items: [
        {
          kind: 'incident',
          title: HOSTILE_TITLE,
          effect: 'Partial outage',
          status: 'Identified',
          url: 'https://status.test.example/incidents/2026-11-20-api/',
          from: null,
          until: null,
        },
        {
          kind: 'maintenance',
          title: 'Email provider switch',
          effect: 'Maintenance',
          status: 'In progress',
          url: 'https://status.test.example/incidents/2026-11-20-email-switch/',
          from: '2026-11-20T14:00:00.000Z',
          until: '2026-11-20T16:00:00.000Z',
        },
        {
          kind: 'maintenance',
          title: 'Database upgrade',
          effect: 'Maintenance',
          // What it will say once the reader's clock is in its window, not "Scheduled" as at the build.
          status: 'In progress',
          url: 'https://status.test.example/incidents/2026-11-22-db/',
          from: '2026-11-22T02:00:00.000Z',
          until: '2026-11-22T03:00:00.000Z',
        },
      ],
    });
  });

  it('matches its JSON Schema, which rejects what the banner could not show', () => {
    const parsed = JSON.parse(embedFile(model())) as { items: Record<string, unknown>[] };
    expect(() => assertEmbedDocument(parsed)).not.toThrow();
    const broken = { ...parsed, items: [{ ...parsed.items[0], url: 'javascript:alert(1)' }] };
    expect(() => assertEmbedDocument(broken)).toThrow(/must match pattern/);
  });

  it('keeps the title as data: the HTML in it stays characters of a JSON string', () => {
    const parsed = JSON.parse(embedFile(model())) as { items: { title: string }[] };
    expect(parsed.items[0]!.title).toBe(HOSTILE_TITLE);
  });

  it('is a few hundred bytes with nothing open, whatever the size of the site', () => {
    const text = embedFile(model({}));
    expect(JSON.parse(text)).toEqual({ lang: 'en', texts: EMBED_TEXTS, items: [] });
    expect(Buffer.byteLength(text)).toBeLessThan(200);
  });

  it('leaves out a maintenance completed before its window ends', () => {
    const early = {
      'incidents/2026-11-20-email-switch.md': `${FILES['incidents/2026-11-20-email-switch.md']}
## 2026-11-20 14:50 UTC · Completed
Done early.
`,
    };
    expect(embedDocument(model(early)).items).toEqual([]);
  });

  it('speaks the site’s language and leaves out what `opened_in_error: hide` hides', () => {
    const doc = embedDocument(model(FILES, `${BASE_CONFIG}language: de\nopened_in_error: hide\n`));
    expect(doc.lang).toBe('de');
    expect(doc.items.map((i) => i.title)).toEqual([HOSTILE_TITLE, 'Email provider switch', 'Database upgrade']);
  });
});
