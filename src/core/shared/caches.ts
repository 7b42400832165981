/**
 * The memoised work of one site model: rendered Markdown, date labels, API ids, views. A build
 * renders the same update, date and id many times over, so each is worked out once; but a
 * cache in module scope would keep every text of every content change for as long as
 * `npm run dev` runs. Here the model owns its caches (SiteModel.caches): they are made with it
 * and dropped with it, per build and per dev reload. Code without a model (the CLI, the check)
 * passes no caches and works everything out afresh.
 *
 * Each module names its own caches as constants (`cacheOf`), so this file knows none of them.
 */
export interface CacheKey<T> {
  /** What the cache holds, for a reader of the code and the debugger. */
  readonly name: string;
  readonly create: () => T;
}

/** A cache's key: declare it once, as a module constant, e.g. `cacheOf('day labels', () => new Map<string, string>())`. */
export function cacheOf<T>(name: string, create: () => T): CacheKey<T> {
  return { name, create };
}

export class Caches {
  private readonly held = new Map<CacheKey<unknown>, unknown>();

  /** The cache of `key`, made the first time it is asked for. */
  get<T>(key: CacheKey<T>): T {
    let cache = this.held.get(key) as T | undefined;
    if (cache === undefined) {
      cache = key.create();
      this.held.set(key, cache);
    }
    return cache;
  }
}

/**
 * `compute()`, remembered in `map` under `key` when there is a map: the memo of a function that
 * may be called with or without caches.
 */
export function remembered<K, V>(map: Map<K, V> | undefined, key: K, compute: () => V): V {
  if (!map) return compute();
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}
