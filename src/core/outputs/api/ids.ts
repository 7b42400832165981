import { createHash } from 'node:crypto';
import { cacheOf, remembered, type Caches } from '../../shared/caches.ts';

/**
 * Statuspage-style ids: 12 characters of `[0-9a-z]` (e.g. `kctbh9vrtdwd`). Each is a hash of what
 * it names, so it is the same in every build and never depends on order or on other files:
 * `incident:<file id>`, `update:<file id>#<anchor>`, `component:<component id>`, `group:<group name>`
 * and `page:<site url>`.
 */
export const ID_LENGTH = 12;
const SPACE = 36n ** BigInt(ID_LENGTH);

// Every API file names the same incidents and updates again: with the site model's caches, each
// key is hashed once per model.
const IDS = cacheOf('Statuspage ids', () => new Map<string, string>());

export function statuspageId(key: string, caches?: Caches): string {
  return remembered(caches?.get(IDS), key, () => {
    const digest = createHash('sha256').update(key, 'utf8').digest();
    return (digest.readBigUInt64BE(0) % SPACE).toString(36).padStart(ID_LENGTH, '0');
  });
}

/** The id of each kind of thing the API names; `caches` are the site model's, if there is one. */
export function statuspageIds(caches?: Caches) {
  return {
    page: (url: string) => statuspageId(`page:${url}`, caches),
    component: (id: string) => statuspageId(`component:${id}`, caches),
    group: (name: string) => statuspageId(`group:${name}`, caches),
    incident: (fileId: string) => statuspageId(`incident:${fileId}`, caches),
    update: (fileId: string, anchor: string) => statuspageId(`update:${fileId}#${anchor}`, caches),
  };
}

export const ids = statuspageIds();
