/**
 * `api/v2/incidents/<id>.json` (issue 16): one file per listed incident and maintenance, in
 * Statuspage's `{ page, incident }` shape with the whole timeline and the post-incident report, and
 * `api/v2/incidents/all.json`, the index that lets a client mirror the whole history.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContentRoot } from '../scripts/bench/generate.ts';
import {
  API_INCIDENT_INDEX,
  apiFile,
  apiIncidentFile,
  apiIncidentFiles,
  apiIncidentIndexFile,
  apiIncidentPath,
  ids,
  type SpIncidentDocument,
  type SpIncidentIndex,
} from '../src/core/outputs/api/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { assertStatuspageDef } from './helpers/outputs.ts';
import { FILES, HOSTILE_BODY, makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

let model: SiteModel;
beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
});

/** Every incident file of a model, read back as JSON and checked against the schema, by its path. */
function incidentDocuments(of: SiteModel): Map<string, SpIncidentDocument> {
  const docs = new Map<string, SpIncidentDocument>();
  for (const { state } of apiIncidentFiles(of)) {
    const path = apiIncidentPath(of, state);
    const doc = JSON.parse(apiIncidentFile(of, state)) as SpIncidentDocument;
    assertStatuspageDef('incidentDocument', doc, path);
    docs.set(path, doc);
  }
  return docs;
}

const byFile = (fileId: string) => JSON.parse(apiIncidentFile(model, model.byId.get(fileId)!)) as SpIncidentDocument;

describe('api/v2/incidents/<id>.json', () => {
  it('exists for every incident and maintenance, at the id the list files give it, and matches the schema', () => {
    const docs = incidentDocuments(model);
    expect([...docs.keys()].sort()).toEqual(
      Object.keys(FILES)
        .map((f) => `api/v2/incidents/${ids.incident(f.replace(/^.*\//, '').replace(/\.md$/, ''))}.json`)
        .sort(),
    );
    const listed = [
      ...JSON.parse(apiFile(model, 'incidents')).incidents,
      ...JSON.parse(apiFile(model, 'scheduled-maintenances')).scheduled_maintenances,
    ] as { id: string }[];
    for (const { id } of listed) expect(docs.get(`api/v2/incidents/${id}.json`)?.incident.id, id).toBe(id);
  });

  it('is the list files’ object for the incident, with its whole timeline, plus the report fields', () => {
    const doc = byFile('2026-11-20-errors');
    const listed = JSON.parse(apiFile(model, 'incidents')).incidents.find((i: { id: string }) => i.id === doc.incident.id);
    expect(doc.page).toEqual(JSON.parse(apiFile(model, 'summary')).page);
    expect(doc.incident).toEqual({
      ...listed,
      postmortem_body: null,
      postmortem_body_last_updated_at: null,
      postmortem_published_at: null,
    });
    expect(doc.incident.incident_updates.map((u) => [u.status, u.created_at])).toEqual([
      ['identified', '2026-11-20T14:25:00.000Z'],
      ['investigating', '2026-11-20T14:05:00.000Z'],
    ]);
    expect(doc.incident.incident_updates[1]!.body).toBe(HOSTILE_BODY.trim());
    expect(doc.incident.incident_updates[0]!.affected_components).toEqual([
      { code: ids.component('dashboard'), name: 'Dashboard', old_status: 'operational', new_status: 'degraded_performance' },
    ]);
    expect(doc.incident.shortlink).toBe(`${SITE}incidents/2026-11-20-errors/`);
    expect(doc.incident.page_id).toBe(ids.page(SITE));
  });

  it('carries the published post-incident report as written, dated when the incident was resolved', () => {
    const { incident } = byFile('2026-11-18-email-delay');
    expect(incident.status).toBe('postmortem');
    expect(incident.postmortem_body).toBe(
      '### Summary\nEmails were delayed for 50 minutes. Nothing was lost.\n\n### Root cause\nA full queue.',
    );
    expect(incident.postmortem_published_at).toBe('2026-11-18T10:40:00.000Z');
    expect(incident.postmortem_body_last_updated_at).toBe('2026-11-18T10:40:00.000Z');
  });

  it('gives maintenance its window, in the same file name space', () => {
    const { incident } = byFile('2026-11-25-db-upgrade');
    expect(incident).toMatchObject({
      status: 'scheduled',
      impact: 'maintenance',
      scheduled_for: '2026-11-25T02:00:00.000Z',
      scheduled_until: '2026-11-25T04:00:00.000Z',
      postmortem_body: null,
    });
  });

  it('the schema is Statuspage’s: it accepts a Statuspage incident with a postmortem and rejects broken ones', () => {
    const sample = JSON.parse(readFileSync('test/fixtures/statuspage/incident.json', 'utf8'));
    expect(() => assertStatuspageDef('incidentDocument', sample, 'sample')).not.toThrow();
    const unpublished = structuredClone(sample);
    unpublished.incident.postmortem_published_at = null;
    expect(() => assertStatuspageDef('incidentDocument', unpublished, 'sample')).toThrow(/postmortem_published_at/);
    const noBody = structuredClone(sample);
    delete noBody.incident.postmortem_body;
    expect(() => assertStatuspageDef('incidentDocument', noBody, 'sample')).toThrow(/postmortem_body/);
    const bare = structuredClone(sample);
    delete bare.incident.incident_updates;
    expect(() => assertStatuspageDef('incidentDocument', bare, 'sample')).toThrow();
  });

  it('leaves out an incident opened in error when the config hides it, from the files and the index', () => {
    const files = {
      'incidents/2026-11-20-api.md': `---\ntitle: REST API unavailable\nimpact: critical\ncomponents: [api]\nopened_in_error: true\n---\n\n## 2026-11-20 14:20 UTC · Update\nOpened in error.\n\n## 2026-11-20 14:05 UTC · Investigating\nWe are looking.\n`,
      'incidents/2026-11-19-dash.md': `---\ntitle: Slow dashboard\nimpact: minor\ncomponents: [dashboard]\n---\n\n## 2026-11-19 10:30 UTC · Resolved\nFast again.\n\n## 2026-11-19 10:00 UTC · Investigating\nSlow.\n`,
    };
    const hidden = readSiteModel(makeContentRoot(files, `${BASE_CONFIG}opened_in_error: hide\n`), new Date(NOW));
    expect(apiIncidentFiles(hidden).map((f) => f.state.incident.id)).toEqual(['2026-11-19-dash']);
    expect((JSON.parse(apiIncidentIndexFile(hidden)) as SpIncidentIndex).incidents.map((i) => i.name)).toEqual(['Slow dashboard']);
    const listed = readSiteModel(makeContentRoot(files), new Date(NOW));
    expect(apiIncidentFiles(listed)).toHaveLength(2);
  });
});

describe('api/v2/incidents/all.json', () => {
  it('lists every incident and maintenance, newest start first, each with the address of its file', () => {
    const index = JSON.parse(apiIncidentIndexFile(model)) as SpIncidentIndex;
    assertStatuspageDef('incidentIndexDocument', index, API_INCIDENT_INDEX);
    expect(index.incidents.map((i) => i.name)).toEqual(model.states.map((s) => s.incident.title));
    const errors = index.incidents.find((i) => i.id === ids.incident('2026-11-20-errors'))!;
    expect(errors).toMatchObject({ status: 'identified', impact: 'major', scheduled_for: null, resolved_at: null });
    expect(errors.url).toBe(`${SITE}api/v2/incidents/${ids.incident('2026-11-20-errors')}.json`);
  });

  it('lets a client mirror a long archive whole: index, then every file, though the lists hold 50', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'statusmark-api-mirror-')), 'content');
    generateContentRoot(root, 300, new Date(NOW));
    const archive = readSiteModel(root, new Date(NOW));
    const docs = incidentDocuments(archive);
    const index = JSON.parse(apiIncidentIndexFile(archive)) as SpIncidentIndex;
    expect(index.incidents).toHaveLength(300);
    const mirrored = index.incidents.map((entry) => docs.get(new URL(entry.url).pathname.replace(/^\//, ''))!.incident);
    expect(mirrored.map((i) => i.id)).toEqual(index.incidents.map((i) => i.id));
    expect(new Set(mirrored.map((i) => i.id)).size).toBe(300);
    expect(JSON.parse(apiFile(archive, 'incidents')).incidents).toHaveLength(50);
  });
});
