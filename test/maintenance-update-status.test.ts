/**
 * Maintenance takes the "Update" status as incidents do (issue 18): an update that adds
 * information without changing the status. Read back through the parse, the timeline, the page's
 * view, the Statuspage API and the feeds.
 */
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { apiFile } from '../src/core/outputs/api/index.ts';
import { feedFile } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { incidentView } from '../src/core/views/incident.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { parseWithRssParser } from './helpers/feed-readers.ts';

const MAINTENANCE = `---
title: Database upgrade
kind: maintenance
window: { start: 2026-11-25 02:00 UTC, end: 2026-11-25 04:00 UTC }
components: [api]
---

## 2026-11-25 02:30 UTC · Update
The first half of the upgrade is done; the API is read-only for another 10 minutes.

## 2026-11-25 02:00 UTC · In progress
We have started the upgrade.

## 2026-11-20 10:00 UTC · Scheduled
We will upgrade the database.
`;

const NOW = new Date('2026-11-25T02:40:00Z');
const root = makeContentRoot({ 'incidents/2026-11-25-db.md': MAINTENANCE });

describe('a maintenance Update', () => {
  it('is accepted by the check, with no error', () => {
    const { diagnostics } = checkContentRoot(root, { now: NOW });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the status before it, on the timeline and in the page’s view', () => {
    const model = readSiteModel(root, NOW);
    const state = model.byId.get('2026-11-25-db')!;
    expect(state.status).toBe('in_progress');
    expect(state.incident.updates.map((u) => [u.status, u.effectiveStatus])).toEqual([
      ['update', 'in_progress'],
      ['in_progress', 'in_progress'],
      ['scheduled', 'scheduled'],
    ]);
    const view = incidentView(model, state);
    expect(view.statusLabel).toBe('In progress');
    expect(view.updates.map((u) => u.statusLabel)).toEqual(['Update', 'In progress', 'Scheduled']);
  });

  it('is an update of the Statuspage API with the status it keeps', () => {
    const model = readSiteModel(root, NOW);
    const { scheduled_maintenances } = JSON.parse(apiFile(model, 'scheduled-maintenances')) as {
      scheduled_maintenances: { status: string; incident_updates: { status: string; body: string }[] }[];
    };
    expect(scheduled_maintenances[0]!.status).toBe('in_progress');
    expect(scheduled_maintenances[0]!.incident_updates.map((u) => u.status)).toEqual(['in_progress', 'in_progress', 'scheduled']);
    expect(scheduled_maintenances[0]!.incident_updates[0]!.body).toContain('The first half of the upgrade is done');
  });

  it('is its own feed item', async () => {
    const model = readSiteModel(root, NOW);
    const feed = await parseWithRssParser(feedFile(model, { kind: 'maintenance' }, 'rss'));
    expect(feed.items.length).toBe(3);
    expect(feed.items.some((i) => i.contentSnippet?.includes('The first half of the upgrade is done'))).toBe(true);
  });
});
