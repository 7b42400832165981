/**
 * A counter of content changes seen by `npm run dev`, shared through `globalThis` because the
 * watcher (an Astro integration) and the pages (Vite's server modules) are separate module
 * instances in one process.
 */
const KEY = Symbol.for('statusmark.contentVersion');
type Holder = { [KEY]?: number };

export function contentVersion(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function bumpContentVersion(): void {
  (globalThis as Holder)[KEY] = contentVersion() + 1;
}
