/**
 * The ledger (kept between runs in an Actions cache) records, per channel, which item ids were
 * sent and which failed; a rerun sends nothing twice and retries what failed.
 */
import type { FeedItem } from '../../outputs/feeds/index.ts';
import { CHANNELS, type Channel } from './channels/list.ts';

export interface Ledger {
  version: 1;
  /** Per channel, the ids of items delivered. */
  sent: Partial<Record<Channel, string[]>>;
  /** Per channel, the ids of items whose delivery failed, to retry on the next run. */
  pending: Partial<Record<Channel, string[]>>;
}

export function emptyLedger(): Ledger {
  return { version: 1, sent: {}, pending: {} };
}

export function parseLedger(text: string | undefined): Ledger {
  if (!text) return emptyLedger();
  try {
    const data = JSON.parse(text) as Ledger;
    if (data?.version !== 1 || typeof data.sent !== 'object' || typeof data.pending !== 'object') return emptyLedger();
    return { version: 1, sent: data.sent ?? {}, pending: data.pending ?? {} };
  } catch {
    return emptyLedger();
  }
}

/** What a channel gets this run: the new items and its pending retries, minus what it already got. */
export function dueFor(channel: Channel, fresh: readonly FeedItem[], all: readonly FeedItem[], ledger: Ledger): FeedItem[] {
  const sent = new Set(ledger.sent[channel] ?? []);
  const pending = new Set(ledger.pending[channel] ?? []);
  const due = new Map<string, FeedItem>();
  for (const item of all) if (pending.has(item.id) && !sent.has(item.id)) due.set(item.id, item);
  for (const item of fresh) if (!sent.has(item.id)) due.set(item.id, item);
  return [...due.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** The ledger after a run: delivered ids added to `sent`, failed ones to `pending`; ids no longer in the feed dropped. */
export function recordRun(
  ledger: Ledger,
  results: Partial<Record<Channel, { sent: string[]; failed: string[] }>>,
  all: readonly FeedItem[],
): Ledger {
  const live = new Set(all.map((i) => i.id));
  const next = emptyLedger();
  for (const channel of CHANNELS) {
    const r = results[channel] ?? { sent: [], failed: [] };
    const sent = new Set([...(ledger.sent[channel] ?? []), ...r.sent].filter((id) => live.has(id)));
    const pending = new Set([...(ledger.pending[channel] ?? []), ...r.failed].filter((id) => live.has(id) && !sent.has(id)));
    if (sent.size) next.sent[channel] = [...sent].sort();
    if (pending.size) next.pending[channel] = [...pending].sort();
  }
  return next;
}
