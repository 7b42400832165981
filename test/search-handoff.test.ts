import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../src/core/site.ts';
import { offerSiteModel, receiveSiteModel } from '../src/integrations/search-handoff.ts';

const model = (root: string) => ({ root }) as SiteModel;

describe('handing the pages’ site model to the search index', () => {
  it('gives the first model offered to the waiting receiver, once', () => {
    const got: string[] = [];
    receiveSiteModel((m) => got.push(m.root));
    offerSiteModel(model('first'));
    offerSiteModel(model('second'));
    expect(got).toEqual(['first']);
  });

  it('does nothing when no build waits for a model (npm run dev, tests)', () => {
    expect(() => offerSiteModel(model('alone'))).not.toThrow();
  });

  it('a receiver that stopped waiting gets nothing', () => {
    const got: string[] = [];
    const stop = receiveSiteModel((m) => got.push(m.root));
    stop();
    offerSiteModel(model('late'));
    expect(got).toEqual([]);
  });
});
