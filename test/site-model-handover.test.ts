import { describe, expect, it } from 'vitest';
import { renderMarkdownTree } from '../src/core/content/markdown/markdown.ts';
import { buildFeed } from '../src/core/outputs/feeds/model.ts';
import { statuspageApi } from '../src/core/outputs/api/statuspage.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { siteModelFromSnapshot, snapshotSiteModel } from '../src/core/site/site-model-snapshot.ts';
import { incidentView } from '../src/core/views/incident.ts';
import { homeView } from '../src/core/views/pages.ts';
import { makeSiteFixture, SITE_NOW } from './helpers/site-fixture.ts';

const root = makeSiteFixture();
const model = readSiteModel(root, new Date(SITE_NOW));

describe('the site model handed to the pages (site-model-snapshot.ts)', () => {
  const copy = siteModelFromSnapshot(snapshotSiteModel(model));

  it('arrives whole: every field but the caches equal, Dates and Maps as they were', () => {
    const { caches: _a, ...sent } = model;
    const { caches: _b, ...received } = copy;
    expect(received).toEqual(sent);
    expect(copy.now).toBeInstanceOf(Date);
    expect(copy.byId).toBeInstanceOf(Map);
    expect(copy.uptime).toBeInstanceOf(Map);
    expect(copy.states[0]!.incident.updates[0]!.at).toBeInstanceOf(Date);
  });

  it('keeps shared objects shared: a state in byId is the state in states', () => {
    for (const state of copy.states) expect(copy.byId.get(state.incident.id)).toBe(state);
    expect(copy.openIncidents.every((s) => copy.states.includes(s))).toBe(true);
  });

  it('renders the same pages, feeds and API as the model it came from', () => {
    expect(homeView(copy)).toEqual(homeView(model));
    expect(buildFeed(copy, { kind: 'history' })).toEqual(buildFeed(model, { kind: 'history' }));
    expect(statuspageApi(copy).summary).toEqual(statuspageApi(model).summary);
  });

  it('starts with caches of its own', () => {
    expect(copy.caches).not.toBe(model.caches);
    const state = model.states[0]!;
    expect(incidentView(copy, copy.byId.get(state.incident.id)!)).not.toBe(incidentView(model, state));
  });
});

describe('caches belong to a site model (shared/caches.ts)', () => {
  it('work each view out once per model', () => {
    const state = model.states[0]!;
    expect(incidentView(model, state)).toBe(incidentView(model, state));
    expect(statuspageApi(model)).toBe(statuspageApi(model));
  });

  it('are not shared between two models of the same content: a new model (a dev reload) starts afresh', () => {
    const again = readSiteModel(root, new Date(SITE_NOW));
    const [first, second] = [model, again].map((m) => incidentView(m, m.states[0]!));
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(statuspageApi(again)).not.toBe(statuspageApi(model));
  });

  it('keep a rendered text only when given: without caches each call renders afresh', () => {
    const markdown = 'A *short* update with [a link](https://example.com).';
    expect(renderMarkdownTree(markdown)).not.toBe(renderMarkdownTree(markdown));
    expect(renderMarkdownTree(markdown, { caches: model.caches })).toBe(renderMarkdownTree(markdown, { caches: model.caches }));
    const other = readSiteModel(root, new Date(SITE_NOW)).caches;
    expect(renderMarkdownTree(markdown, { caches: other })).not.toBe(renderMarkdownTree(markdown, { caches: model.caches }));
  });
});
