import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BASE_CONFIG = `name: Test Status
url: https://status.test.example
components:
  - { id: api, name: REST API, group: Platform }
  - { id: dashboard, name: Dashboard, group: Platform }
  - { id: email, name: Email delivery }
`;

/** A throwaway content root: `files` maps paths (relative to the root) to their text. */
export function makeContentRoot(files: Record<string, string>, config = BASE_CONFIG): string {
  const root = mkdtempSync(join(tmpdir(), 'statusmark-'));
  writeFileSync(join(root, 'status.config.yaml'), config);
  mkdirSync(join(root, 'incidents'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
