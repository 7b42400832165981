import { readFileSync } from 'node:fs';

/** The version of the Statusmark running now, from its own package.json (two folders above src/core/). */
export function installedVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
