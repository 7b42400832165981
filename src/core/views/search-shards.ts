import { listedStates } from '../site/listed.ts';
import type { SiteModel } from '../site/site.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';

/**
 * The search index in parts, one per year an incident started in (UTC), so a change to one
 * incident re-indexes only its year. An incident's start rarely changes, so its records stay in
 * their shard build after build. The newest year is the primary index, in the bundle's own
 * folder (`pagefind/`); each older year is an index of its own in `pagefind/<year>/`, which the
 * search page merges at query time (Pagefind's `mergeIndex`).
 */
export interface SearchShard {
  /** The year, "2026": the folder of a merged shard. */
  name: string;
  records: SearchRecord[];
}

const shardOf = (start: Date) => String(start.getUTCFullYear());

/** Every incident's records by shard, the primary first, then older years, newest first. */
export function searchShards(model: SiteModel, base: string): SearchShard[] {
  const records = searchRecords(model, base);
  const shards = new Map<string, SearchRecord[]>();
  // searchRecords gives one record per listed incident, in the same order.
  listedStates(model).forEach((state, i) => {
    const name = shardOf(state.start);
    (shards.get(name) ?? shards.set(name, []).get(name)!).push(records[i]!);
  });
  // A site with no incidents yet still has an index, so the search page loads.
  if (shards.size === 0) shards.set(shardOf(model.now), []);
  return [...shards].sort(([a], [b]) => b.localeCompare(a)).map(([name, shardRecords]) => ({ name, records: shardRecords }));
}

/** The shards the search page merges into the primary, newest first: every year but the newest. */
export function mergedSearchShards(model: SiteModel): string[] {
  const years = [...new Set(listedStates(model).map((s) => shardOf(s.start)))].sort((a, b) => b.localeCompare(a));
  return years.slice(1);
}
