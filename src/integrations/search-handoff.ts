import type { SiteModel } from '../core/site.ts';

/**
 * During `astro build` the pages' site model and the search-index integration live in the same
 * process but in different module graphs (Vite's server bundle and the Astro config). The
 * integration registers a receiver here; the first model the pages build is handed to it, so the
 * index is made from that model instead of reading all the content a second time.
 */
const RECEIVER = Symbol.for('statusmark.search-model-receiver');
type Receiver = (model: SiteModel) => void;
const slot = globalThis as { [RECEIVER]?: Receiver };

export function receiveSiteModel(receiver: Receiver): () => void {
  slot[RECEIVER] = receiver;
  return () => {
    if (slot[RECEIVER] === receiver) delete slot[RECEIVER];
  };
}

/** Called with each freshly built model; a no-op unless a build's search index is waiting for one. */
export function offerSiteModel(model: SiteModel): void {
  const receiver = slot[RECEIVER];
  if (!receiver) return;
  delete slot[RECEIVER];
  receiver(model);
}
