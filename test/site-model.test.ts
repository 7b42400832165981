import { describe, expect, it } from 'vitest';
import { parseIncident } from '../src/core/content/parse-incident.ts';
import { ContentError, readSiteModel } from '../src/core/pipeline.ts';
import { buildSiteModel } from '../src/core/site/site.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { loadedConfig } from './helpers/lint.ts';

const FILE = 'incidents/2026-11-20-api-errors.md';
const TEXT = `---
title: Elevated error rates on the REST API
impact: major
components: [api]
---

## 2026-11-20 14:40 UTC · Monitoring
A fix is deployed.

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail.
`;

describe('the site model is built from parsed content', () => {
  it('derives the state at now from content in memory, reading no file', () => {
    const loaded = loadedConfig();
    const { incident } = parseIncident(FILE, TEXT, { components: loaded.componentsById });
    const model = buildSiteModel({ root: '/nowhere', loaded, incidents: [incident!], diagnostics: [] }, new Date('2026-11-20T15:00:00Z'));
    expect(model.root).toBe('/nowhere');
    expect(model.openIncidents.map((s) => s.incident.id)).toEqual(['2026-11-20-api-errors']);
    expect(model.overall.indicator).toBe('major');
    expect(model.warnings).toEqual([]);
  });

  it('readSiteModel refuses content with an error at now, and builds the same content later', () => {
    const root = makeContentRoot({ [FILE]: TEXT });
    let refused: unknown;
    try {
      readSiteModel(root, new Date('2026-11-20T14:30:00Z'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ContentError);
    expect((refused as ContentError).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'update-in-future',
        file: FILE,
        line: 7,
        column: 4,
        message: 'this update is dated after now (2026-11-20 14:30 UTC)',
        hint: 'check the date, the hour and the time zone of the heading',
      },
    ]);
    expect(readSiteModel(root, new Date('2026-11-20T15:00:00Z')).states.map((s) => s.incident.id)).toEqual(['2026-11-20-api-errors']);
  });
});
