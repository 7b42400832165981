import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContentRoot } from '../scripts/bench/generate.ts';
import {
  API_DOCUMENTS,
  API_LIST_LIMIT,
  apiDocument,
  apiFile,
  ids,
  statuspageId,
  type ApiDocumentName,
  type SpComponent,
  type SpIncident,
  type SpScheduledMaintenance,
} from '../src/core/outputs/api/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { assertApiDocument, assertStatuspageShape, HOSTILE } from './helpers/outputs.ts';
import { FILES, HOSTILE_BODY, HOSTILE_COMPONENT, makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

let model: SiteModel;
const read = <T = Record<string, any>>(name: ApiDocumentName) => JSON.parse(apiFile(model, name)) as T;

beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
});

const ID = /^[0-9a-z]{12}$/;
const incidentId = ids.incident('2026-11-20-errors');

describe('the Statuspage API v2 files', () => {
  it.each(API_DOCUMENTS)('api/v2/%s.json matches the documented Statuspage shape', (name) => {
    assertApiDocument(name, read(name));
  });

  it('the schema is Statuspage’s, not only ours: it accepts a Statuspage-shaped summary and rejects broken ones', () => {
    const sample = JSON.parse(readFileSync('test/fixtures/statuspage/summary.json', 'utf8'));
    expect(assertStatuspageShape('summary', sample)).toBe(true);
    const broken = structuredClone(sample);
    broken.components[0].status = 'down';
    expect(assertStatuspageShape('summary', broken)).toBe(false);
    const unresolved = structuredClone(sample);
    unresolved.incidents[0].status = 'resolved';
    expect(assertStatuspageShape('summary', unresolved)).toBe(false);
    const noPage = structuredClone(sample);
    delete noPage.page;
    expect(assertStatuspageShape('summary', noPage)).toBe(false);
  });

  it('every document starts with the page object', () => {
    const page = read('summary').page;
    expect(page).toEqual({
      id: ids.page(SITE),
      name: 'Acme Status',
      url: 'https://acme.github.io/status',
      time_zone: 'Etc/UTC',
      updated_at: '2026-11-20T14:30:00.000Z',
      valid_until: '2026-11-20T15:00:00.000Z',
    });
    for (const name of API_DOCUMENTS) expect(read(name).page).toEqual(page);
  });

  it('says as of when its states hold (the build) and until when (the next maintenance start or end), null when none is ahead', () => {
    const at = (now: string) => (JSON.parse(apiFile(readSiteModel(makeStatusFixture(), new Date(now)), 'status')) as { page: object }).page;
    expect(at('2026-11-20T15:20:00Z')).toMatchObject({ updated_at: '2026-11-20T15:20:00.000Z', valid_until: '2026-11-25T02:00:00.000Z' });
    expect(at('2026-11-25T03:00:00Z')).toMatchObject({ valid_until: '2026-11-25T04:00:00.000Z' });
    const after = at('2026-11-26T00:00:00Z');
    expect(after).toMatchObject({ updated_at: '2026-11-26T00:00:00.000Z', valid_until: null });
    const status = { indicator: 'none', description: 'All Systems Operational' };
    expect(assertStatuspageShape('statusDocument', { page: after, status })).toBe(true);
    expect(assertStatuspageShape('statusDocument', { page: { ...after, valid_until: 'soon' }, status })).toBe(false);
  });
});

describe('status.json', () => {
  it('has the indicator and description the page shows', () => {
    expect(read('status').status).toEqual({ indicator: 'major', description: 'Partial outage' });
  });
});

describe('components.json', () => {
  it('lists groups as components with `group: true` and their component ids, then their components', () => {
    const components = read<{ components: SpComponent[] }>('components').components;
    const platform = ids.group('Platform');
    expect(components.map((c) => [c.id, c.name, c.status, c.position, c.group, c.group_id])).toEqual([
      [platform, 'Platform', 'partial_outage', 1, true, null],
      [ids.component('api'), 'REST API', 'partial_outage', 1, false, platform],
      [ids.component('dashboard'), 'Dashboard', 'degraded_performance', 2, false, platform],
      [ids.component('email'), HOSTILE_COMPONENT, 'under_maintenance', 2, false, null],
    ]);
    expect(components[0]!.components).toEqual([ids.component('api'), ids.component('dashboard')]);
    expect(components[1]).not.toHaveProperty('components');
  });

  it('dates each component by its last status change', () => {
    const byName = new Map(read<{ components: SpComponent[] }>('components').components.map((c) => [c.name, c]));
    expect(byName.get('REST API')!.updated_at).toBe('2026-11-20T14:05:00.000Z');
    expect(byName.get('Dashboard')!.updated_at).toBe('2026-11-20T14:25:00.000Z');
    expect(byName.get(HOSTILE_COMPONENT)!.updated_at).toBe('2026-11-20T14:00:00.000Z');
    expect(byName.get('Platform')!.updated_at).toBe('2026-11-20T14:25:00.000Z');
    expect(byName.get('REST API')!.created_at).toBe('2026-11-05T09:00:00.000Z');
  });
});

describe('incidents', () => {
  it('incidents.json holds the incidents, newest first, not the maintenance', () => {
    const incidents = read<{ incidents: SpIncident[] }>('incidents').incidents;
    expect(incidents.map((i) => [i.id, i.status, i.impact])).toEqual([
      [incidentId, 'identified', 'major'],
      [ids.incident('2026-11-18-email-delay'), 'postmortem', 'minor'],
    ]);
  });

  it('an incident has Statuspage’s fields, times and shortlink (under the base path)', () => {
    const incident = read<{ incidents: SpIncident[] }>('incidents').incidents[1]!;
    expect(incident).toMatchObject({
      name: 'Delayed emails',
      created_at: '2026-11-18T09:50:00.000Z',
      updated_at: '2026-11-18T10:40:00.000Z',
      started_at: '2026-11-18T09:50:00.000Z',
      monitoring_at: '2026-11-18T10:10:00.000Z',
      resolved_at: '2026-11-18T10:40:00.000Z',
      shortlink: `${SITE}incidents/2026-11-18-email-delay/`,
      page_id: ids.page(SITE),
    });
    expect(incident.components.map((c) => c.id)).toEqual([ids.component('email')]);
    expect(incident.incident_updates.map((u) => [u.status, u.display_at])).toEqual([
      ['resolved', '2026-11-18T10:40:00.000Z'],
      ['monitoring', '2026-11-18T10:10:00.000Z'],
      ['investigating', '2026-11-18T09:50:00.000Z'],
    ]);
  });

  it('each update carries its affected components with old and new status', () => {
    const open = read<{ incidents: SpIncident[] }>('incidents/unresolved').incidents;
    expect(open.map((i) => i.id)).toEqual([incidentId]);
    const [identified, investigating] = open[0]!.incident_updates;
    expect(identified).toMatchObject({
      id: ids.update('2026-11-20-errors', 'update-2026-11-20-14-25'),
      incident_id: incidentId,
      status: 'identified',
      body: 'We found the cause. The dashboard is slow too. Next update by 14:55 UTC.',
      affected_components: [
        { code: ids.component('dashboard'), name: 'Dashboard', old_status: 'operational', new_status: 'degraded_performance' },
      ],
    });
    expect(investigating!.affected_components).toEqual([
      { code: ids.component('api'), name: 'REST API', old_status: 'operational', new_status: 'partial_outage' },
    ]);
    const resolved = read<{ incidents: SpIncident[] }>('incidents').incidents[1]!.incident_updates[1]!;
    expect(resolved.affected_components).toBeNull();
  });

  it('keeps hostile titles and bodies exactly', () => {
    const incident = read<{ incidents: SpIncident[] }>('summary').incidents[0]!;
    expect(incident.name).toBe(HOSTILE);
    expect(incident.incident_updates[1]!.body).toBe(HOSTILE_BODY);
    expect(read<{ components: SpComponent[] }>('components').components[3]!.name).toBe(HOSTILE_COMPONENT);
  });
});

describe('scheduled maintenance', () => {
  const names = (name: ApiDocumentName) =>
    read<{ scheduled_maintenances: SpScheduledMaintenance[] }>(name).scheduled_maintenances.map((m) => [m.name, m.status]);

  it('scheduled-maintenances.json holds every maintenance, latest window first, with scheduled_for and scheduled_until', () => {
    expect(names('scheduled-maintenances')).toEqual([
      ['Database upgrade', 'scheduled'],
      ['Email system move', 'in_progress'],
      ['Certificate renewal', 'completed'],
    ]);
    const [upgrade] = read<{ scheduled_maintenances: SpScheduledMaintenance[] }>('scheduled-maintenances').scheduled_maintenances;
    expect(upgrade).toMatchObject({
      impact: 'maintenance',
      scheduled_for: '2026-11-25T02:00:00.000Z',
      scheduled_until: '2026-11-25T04:00:00.000Z',
      resolved_at: null,
      created_at: '2026-11-19T09:00:00.000Z',
      started_at: '2026-11-19T09:00:00.000Z',
      shortlink: `${SITE}incidents/2026-11-25-db-upgrade/`,
    });
    const move = read<{ scheduled_maintenances: SpScheduledMaintenance[] }>('scheduled-maintenances/active').scheduled_maintenances[0]!;
    expect(move.started_at).toBe('2026-11-20T14:00:00.000Z');
    expect(upgrade!.components.map((c) => c.name)).toEqual(['REST API', 'Dashboard']);
  });

  it('upcoming.json and active.json split what has not started from what is under way', () => {
    expect(names('scheduled-maintenances/upcoming')).toEqual([['Database upgrade', 'scheduled']]);
    expect(names('scheduled-maintenances/active')).toEqual([['Email system move', 'in_progress']]);
  });

  it('summary.json has the components, unresolved incidents, upcoming and active maintenance and the status', () => {
    const summary = read('summary');
    expect(Object.keys(summary)).toEqual(['page', 'components', 'incidents', 'scheduled_maintenances', 'status']);
    expect(summary.components).toEqual(read('components').components);
    expect(summary.incidents).toEqual(read('incidents/unresolved').incidents);
    expect(summary.scheduled_maintenances.map((m: SpScheduledMaintenance) => m.name)).toEqual(['Email system move', 'Database upgrade']);
    expect(summary.status).toEqual(read('status').status);
  });
});

describe('ids', () => {
  it('are 12 characters of [0-9a-z], unique across everything in the API', () => {
    const all: string[] = [];
    const summary = apiDocument(model, 'summary') as { page: { id: string } };
    all.push(summary.page.id);
    for (const c of read<{ components: SpComponent[] }>('components').components) all.push(c.id);
    for (const i of [
      ...read<{ incidents: SpIncident[] }>('incidents').incidents,
      ...read<{ scheduled_maintenances: SpIncident[] }>('scheduled-maintenances').scheduled_maintenances,
    ]) {
      all.push(i.id, ...i.incident_updates.map((u) => u.id));
    }
    // The page, 4 components (one a group), 2 incidents with 5 updates, 3 maintenances with 5 updates.
    expect(all.length).toBe(1 + 4 + 2 + 5 + 3 + 5);
    for (const id of all) expect(id).toMatch(ID);
    expect(new Set(all).size).toBe(all.length);
  });

  it('derive from the file id and the component id, so every build gives the same', () => {
    expect(statuspageId('incident:2026-11-20-errors')).toBe(incidentId);
    expect(ids.component('api')).toBe(statuspageId('component:api'));
    expect(new Set(Array.from({ length: 2000 }, (_, i) => ids.incident(`2026-01-01-incident-${i}`))).size).toBe(2000);
  });

  it('do not change when other parts of the file are edited', () => {
    const file = FILES['incidents/2026-11-20-errors.md']!.replace('impact: major', 'impact: critical').replace(
      'We found the cause.',
      'We found it.',
    );
    const edited = readSiteModel(makeStatusFixture({ files: { ...FILES, 'incidents/2026-11-20-errors.md': file } }), new Date(NOW));
    const before = read<{ incidents: SpIncident[] }>('incidents').incidents[0]!;
    const after = (apiDocument(edited, 'incidents') as { incidents: SpIncident[] }).incidents[0]!;
    expect(after.id).toBe(before.id);
    expect(after.incident_updates.map((u) => u.id)).toEqual(before.incident_updates.map((u) => u.id));
  });
});

describe('determinism', () => {
  it('the same content and STATUS_NOW give the same bytes', () => {
    const again = readSiteModel(makeStatusFixture(), new Date(NOW));
    for (const name of API_DOCUMENTS) expect(apiFile(again, name)).toBe(apiFile(model, name));
  });
});

describe('a long archive', () => {
  // 300 generated items: one in five is maintenance, so 240 incidents and 60 maintenances, all over.
  let archive: SiteModel;
  beforeAll(() => {
    const root = join(mkdtempSync(join(tmpdir(), 'statusmark-api-archive-')), 'content');
    generateContentRoot(root, 300, new Date(NOW));
    archive = readSiteModel(root, new Date(NOW));
  });
  const doc = <T>(name: ApiDocumentName) => JSON.parse(apiFile(archive, name)) as T;

  it('incidents.json holds the 50 most recent incidents, newest first, and nothing older', () => {
    const listed = doc<{ incidents: SpIncident[] }>('incidents').incidents;
    const incidents = archive.states.filter((s) => s.incident.kind === 'incident');
    expect(incidents.length).toBeGreaterThan(API_LIST_LIMIT);
    expect(listed.map((i) => i.id)).toEqual(incidents.slice(0, API_LIST_LIMIT).map((s) => ids.incident(s.incident.id)));
    const started = listed.map((i) => i.started_at);
    expect(started).toEqual([...started].sort().reverse());
    assertApiDocument('incidents', { page: doc<{ page: object }>('incidents').page, incidents: listed });
  });

  it('scheduled-maintenances.json holds the 50 latest windows, latest first', () => {
    const listed = doc<{ scheduled_maintenances: SpScheduledMaintenance[] }>('scheduled-maintenances').scheduled_maintenances;
    const windows = archive.states
      .filter((s) => s.incident.kind === 'maintenance')
      .map((s) => s.incident.window!.start.toISOString())
      .sort()
      .reverse();
    expect(windows.length).toBeGreaterThan(API_LIST_LIMIT);
    expect(listed.map((m) => m.scheduled_for)).toEqual(windows.slice(0, API_LIST_LIMIT));
    expect(new Set(listed.map((m) => m.id)).size).toBe(API_LIST_LIMIT);
  });

  it('the summary and the unresolved list are empty when everything is over, however long the archive', () => {
    expect(doc<{ incidents: unknown[] }>('incidents/unresolved').incidents).toEqual([]);
    expect(doc<{ incidents: unknown[]; scheduled_maintenances: unknown[] }>('summary')).toMatchObject({
      incidents: [],
      scheduled_maintenances: [],
    });
  });
});
