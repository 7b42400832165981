/**
 * What the style plugins share: one search of the natural-language tree (nlcst) for every rule's
 * phrases, with nlcst-search (which ignores case, apostrophes and dashes), and the report of a
 * finding as a vfile message whose `ruleId` is the rule's id and whose `note` is the suggestion.
 */
import type { Root as NlcstRoot, Sentence, SentenceContent } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { StyleRuleId } from '../../diagnostics/catalog/style-rules.ts';
import { render, type MessageEntry, type ParamsOf } from '../../diagnostics/catalog/entry.ts';

export interface Match {
  nodes: SentenceContent[];
  phrase: string;
  sentence: NlcstRoot | Sentence;
}

export function place(nodes: readonly SentenceContent[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** A vfile message worded by the catalog entry `entry`, its hint as the note. */
export function report<P>(
  file: VFile,
  nodes: readonly SentenceContent[],
  expected: string[] | undefined,
  entry: MessageEntry<P, StyleRuleId>,
  ...params: ParamsOf<P>
): void {
  const said = render(entry, ...params);
  const message = file.message(said.message, { place: place(nodes), ruleId: entry.code, source: 'statusmark' });
  if (said.hint) message.note = said.hint;
  message.actual = toString([...nodes]);
  if (expected) message.expected = expected;
}

/** Matches of `phrases`; where matches overlap, only the longest. */
export function find(tree: NlcstRoot | Sentence, phrases: readonly string[]): Match[] {
  return longest(everyMatch(tree, phrases));
}

/** Every match of `phrases`, overlapping ones included. */
function everyMatch(tree: NlcstRoot | Sentence, phrases: readonly string[]): Match[] {
  const all: Match[] = [];
  search(tree, [...phrases], (nodes, _index, parent, phrase) => {
    all.push({ nodes: [...nodes], phrase, sentence: parent });
  });
  return all;
}

/**
 * Where matches overlap, only the longest (the earlier of two as long). The kept matches are
 * disjoint and sorted, so a binary search finds the one a new match could overlap: a text of
 * thousands of matches would otherwise take seconds.
 */
export function longest(all: Match[]): Match[] {
  const spans = all.map((m) => ({
    m,
    start: m.nodes[0]?.position?.start.offset ?? 0,
    end: m.nodes[m.nodes.length - 1]?.position?.end.offset ?? 0,
  }));
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof spans = [];
  for (const span of spans) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    // kept[lo - 1] ends last of those starting before this one ends: only it can overlap.
    if (lo > 0 && kept[lo - 1]!.end > span.start) continue;
    kept.splice(lo, 0, span);
  }
  return kept.map((k) => k.m);
}

/** The words quoted in a message, on one line: a match across a line break reads “caused by partner”, not “caused bypartner”. */
export const quote = (nodes: readonly SentenceContent[]) => `“${words(nodes)}”`;

/** The text of `nodes` with every run of white space (line breaks included) as one space. */
export const words = (nodes: readonly SentenceContent[]) => toString([...nodes]).replace(/\s+/g, ' ');

export type PhraseKind = 'speculation' | 'hedge' | 'cause-word' | 'promise' | 'blame' | 'blame-act' | 'fault' | 'cause' | 'jargon';

// Named out here: inside the augmentation below, `Map` would be vfile's own (source map) type.
type PhraseMatches = Map<PhraseKind, Match[]>;

declare module 'vfile' {
  interface DataMap {
    /** Matches of every rule's phrases, from one search of the tree (see `retextPhraseIndex`). */
    statusmarkPhrases: PhraseMatches;
  }
}

/**
 * Finds the phrases of every rule in one walk of the tree (each search is a full walk, and
 * checking an archive of thousands of incidents should stay quick); the rule plugins after it
 * read their matches from `file.data.statusmarkPhrases`.
 */
export function retextPhraseIndex(options: { phrases: ReadonlyMap<PhraseKind, readonly string[]> }) {
  const kindsOf = new Map<string, PhraseKind[]>();
  for (const [kind, list] of options.phrases) for (const p of list) kindsOf.set(p, [...(kindsOf.get(p) ?? []), kind]);
  const all = [...kindsOf.keys()];
  return (tree: NlcstRoot, file: VFile) => {
    const byKind = new Map<PhraseKind, Match[]>();
    // Overlaps are resolved per kind, never across kinds: blame's "caused by" must not hide
    // speculation's "caused", nor "DB failover" hide "DB" anywhere but among jargon.
    for (const m of everyMatch(tree, all)) {
      for (const kind of kindsOf.get(m.phrase) ?? []) {
        const list = byKind.get(kind);
        if (list) list.push(m);
        else byKind.set(kind, [m]);
      }
    }
    for (const [kind, list] of byKind) byKind.set(kind, longest(list));
    file.data.statusmarkPhrases = byKind;
  };
}

export const matchesOf = (file: VFile, kind: PhraseKind): Match[] => file.data.statusmarkPhrases?.get(kind) ?? [];

/** The first match of each sentence: one finding for “we think it might be …”, not two. */
export function firstPerSentence<T extends Pick<Match, 'sentence'>>(matches: readonly T[]): T[] {
  const seen = new Set<unknown>();
  return matches.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence));
}
