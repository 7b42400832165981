/**
 * A component feed's cacheKey (core/outputs/feeds/feed-key.ts): the incremental build copies the
 * feed from the last build while its key is the same, so the key must change whenever the file
 * would, and should stay when only something the feed does not show changed.
 */
import { describe, expect, it } from 'vitest';
import { feedKey } from '../src/core/outputs/feeds/feed-key.ts';
import { feedFile, type FeedScope } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';

const incident = (title: string, components: string, at: string) => `---
title: ${title}
impact: minor
components: [${components}]
---

## ${at} · Resolved
It works again.

## 2026-11-10 10:05 UTC · Investigating
Some requests fail.
`;

const API = 'incidents/2026-11-10-api.md';
const EMAIL = 'incidents/2026-11-10-email.md';
const api: FeedScope = { kind: 'component', component: 'api' };
const email: FeedScope = { kind: 'component', component: 'email' };

const model = (files: Record<string, string>, now = '2026-11-21T00:00:00Z', config = BASE_CONFIG) =>
  readSiteModel(makeContentRoot(files, config), new Date(now));
const BASE = {
  [API]: incident('API errors', 'api', '2026-11-10 10:40 UTC'),
  [EMAIL]: incident('Email delays', 'email', '2026-11-10 10:40 UTC'),
};

describe("a component feed's cache key", () => {
  it('is the same for the same content, and at a later time that publishes nothing new', () => {
    const a = model(BASE);
    const b = model(BASE, '2026-11-22T09:00:00Z');
    expect(feedKey(b, api)).toBe(feedKey(a, api));
    expect(feedFile(b, api, 'rss')).toBe(feedFile(a, api, 'rss'));
  });

  it("changes with an incident of the component, and not with another component's", () => {
    const edited = model({ ...BASE, [EMAIL]: incident('Email delays, now fixed', 'email', '2026-11-10 10:40 UTC') });
    const before = model(BASE);
    expect(feedKey(edited, email)).not.toBe(feedKey(before, email));
    expect(feedKey(edited, api)).toBe(feedKey(before, api));
  });

  it("changes with the clock where the feed shows it: an empty feed is dated at the build's time", () => {
    const dashboard: FeedScope = { kind: 'component', component: 'dashboard' };
    const [early, later] = [model(BASE), model(BASE, '2026-11-22T09:00:00Z')];
    expect(feedFile(later, dashboard, 'rss')).not.toBe(feedFile(early, dashboard, 'rss'));
    expect(feedKey(later, dashboard)).not.toBe(feedKey(early, dashboard));
  });

  it('changes when the clock moves an update past the age limit, and the feed drops it', () => {
    const config = `${BASE_CONFIG}feeds: { max_days: 5 }\n`;
    const [early, later] = [model(BASE, '2026-11-12T00:00:00Z', config), model(BASE, '2026-11-20T00:00:00Z', config)];
    expect(feedFile(later, api, 'rss')).not.toBe(feedFile(early, api, 'rss'));
    expect(feedKey(later, api)).not.toBe(feedKey(early, api));
  });

  it("changes with the config the feed shows (the site's name, a component's name)", () => {
    const before = model(BASE);
    expect(feedKey(model(BASE, undefined, BASE_CONFIG.replace('Test Status', 'Acme Status')), api)).not.toBe(feedKey(before, api));
    expect(feedKey(model(BASE, undefined, BASE_CONFIG.replace('REST API', 'Public API')), api)).not.toBe(feedKey(before, api));
  });
});
