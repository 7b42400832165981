import { createHash } from 'node:crypto';

/**
 * Statuspage-style ids: 12 characters of `[0-9a-z]` (e.g. `kctbh9vrtdwd`). Each is a hash of what
 * it names, so it is the same in every build and never depends on order or on other files:
 * `incident:<file id>`, `update:<file id>#<anchor>`, `component:<component id>`, `group:<group name>`
 * and `page:<site url>`.
 */
export const ID_LENGTH = 12;
const SPACE = 36n ** BigInt(ID_LENGTH);

// Every API file names the same incidents and updates again; hash each key once per build.
const memo = new Map<string, string>();

export function statuspageId(key: string): string {
  let id = memo.get(key);
  if (id === undefined) {
    const digest = createHash('sha256').update(key, 'utf8').digest();
    id = (digest.readBigUInt64BE(0) % SPACE).toString(36).padStart(ID_LENGTH, '0');
    memo.set(key, id);
  }
  return id;
}

export const ids = {
  page: (url: string) => statuspageId(`page:${url}`),
  component: (id: string) => statuspageId(`component:${id}`),
  group: (name: string) => statuspageId(`group:${name}`),
  incident: (fileId: string) => statuspageId(`incident:${fileId}`),
  update: (fileId: string, anchor: string) => statuspageId(`update:${fileId}#${anchor}`),
};
