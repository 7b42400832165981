/**
 * retext plugins for the handbook's plain-language style. Each looks for phrases in the
 * natural-language tree (nlcst) that remark-retext builds from the Markdown, with
 * nlcst-search (which ignores case, apostrophes and dashes), and reports a vfile message
 * whose `ruleId` is the rule's id and whose `note` is the suggestion.
 * Words in quotes are taken literally and skipped ("we never say “guaranteed”").
 */
import type { Root as NlcstRoot, Sentence, SentenceContent } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { BLAME_PARTIES, FAULT_WORDS } from './phrases/blame.ts';
import type { StyleRuleId } from '../../diagnostics/catalog/style-rules.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render, type MessageEntry, type ParamsOf } from '../../diagnostics/catalog/entry.ts';

interface Match {
  nodes: SentenceContent[];
  phrase: string;
  sentence: NlcstRoot | Sentence;
}

function place(nodes: readonly SentenceContent[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** A vfile message worded by the catalog entry `entry`, its hint as the note. */
function report<P>(
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
function find(tree: NlcstRoot | Sentence, phrases: readonly string[]): Match[] {
  const all: Match[] = [];
  search(tree, [...phrases], (nodes, _index, parent, phrase) => {
    all.push({ nodes: [...nodes], phrase, sentence: parent });
  });
  return longest(all);
}

/**
 * Where matches overlap, only the longest (the earlier of two as long). The kept matches are
 * disjoint and sorted, so a binary search finds the one a new match could overlap: a text of
 * thousands of matches would otherwise take seconds.
 */
function longest(all: Match[]): Match[] {
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

const quote = (nodes: readonly SentenceContent[]) => `“${toString([...nodes])}”`;

export type PhraseKind = 'speculation' | 'promise' | 'blame' | 'blame-act' | 'fault' | 'cause' | 'jargon';

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
    for (const m of find(tree, all)) {
      for (const kind of kindsOf.get(m.phrase) ?? []) {
        const list = byKind.get(kind);
        if (list) list.push(m);
        else byKind.set(kind, [m]);
      }
    }
    // Overlaps are resolved per kind: "DB failover" hides "DB" only among jargon.
    for (const [kind, list] of byKind) byKind.set(kind, longest(list));
    file.data.statusmarkPhrases = byKind;
  };
}

const matchesOf = (file: VFile, kind: PhraseKind): Match[] => file.data.statusmarkPhrases?.get(kind) ?? [];

/** The first match of each sentence: one finding for “we think it might be …”, not two. */
function firstPerSentence<T extends Pick<Match, 'sentence'>>(matches: readonly T[]): T[] {
  const seen = new Set<unknown>();
  return matches.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence));
}

export function retextSpeculation() {
  return (_tree: NlcstRoot, file: VFile) => {
    for (const m of firstPerSentence(matchesOf(file, 'speculation'))) {
      report(file, m.nodes, undefined, CATALOG.speculation, { words: quote(m.nodes) });
    }
  };
}

export function retextPromises() {
  return (_tree: NlcstRoot, file: VFile) => {
    for (const m of firstPerSentence(matchesOf(file, 'promise'))) {
      report(file, m.nodes, undefined, CATALOG.promise, { words: quote(m.nodes) });
    }
  };
}

/** Where the problem was rather than whose fault: "an issue with our provider", "a failure at Amazon". */
const PLACE_WORDS = new Set(['with', 'at', 'in', 'on', 'of', 'from', 'within', 'inside', 'by', 'for', 'affecting']);
/** Between a subject and its verb: "we have really messed up". */
const VERB_HELPERS = new Set([
  'have',
  'has',
  'had',
  'is',
  'are',
  'was',
  'were',
  'did',
  'really',
  'truly',
  'also',
  'just',
  'all',
  'then',
  'clearly',
  'simply',
]);
const FIRST_PERSON = new Set(['we', 'i']);
const FAULTS = new Set(FAULT_WORDS);
const POSSESSIVE = /\w(?:['’]s|s['’])$/i;

const wordOf = (node: SentenceContent) => toString(node).toLowerCase().replace(/['’]/g, '');
const startOf = (nodes: readonly SentenceContent[]) => nodes[0]?.position?.start.offset ?? 0;

/** The nearest word before `index` in its clause that `skip` does not pass over. */
function wordBefore(sentence: Sentence, index: number, skip: (word: string) => boolean = () => false): SentenceContent | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = sentence.children[i]!;
    if (node.type === 'WordNode') {
      if (!skip(wordOf(node))) return node;
    } else if (node.type !== 'WhiteSpaceNode') return undefined;
  }
  return undefined;
}

/** Where each node stands in its sentence, worked out once per sentence: `indexOf` for every match is quadratic. */
function positionsIn(): (sentence: Sentence, node: SentenceContent) => number {
  const bySentence = new Map<Sentence, Map<SentenceContent, number>>();
  return (sentence, node) => {
    let positions = bySentence.get(sentence);
    if (!positions) bySentence.set(sentence, (positions = new Map(sentence.children.map((c, i) => [c, i]))));
    return positions.get(node) ?? -1;
  };
}

interface Blame {
  nodes: SentenceContent[];
  sentence: NlcstRoot | Sentence;
  /** How the finding is worded, and the words it quotes. */
  entry: typeof CATALOG.blame;
  words: string;
}

export function retextBlame() {
  return (_tree: NlcstRoot, file: VFile) => {
    const found: Blame[] = [];
    const position = positionsIn();
    for (const m of matchesOf(file, 'blame')) found.push({ ...m, entry: CATALOG.blame, words: quote(m.nodes) });
    for (const m of matchesOf(file, 'blame-act')) {
      if (m.sentence.type !== 'SentenceNode') continue;
      const subject = wordBefore(m.sentence, position(m.sentence, m.nodes[0]!), (w) => VERB_HELPERS.has(w));
      if (subject && FIRST_PERSON.has(wordOf(subject))) continue;
      found.push({ ...m, entry: CATALOG.blame, words: quote(m.nodes) });
    }
    for (const m of matchesOf(file, 'fault')) {
      if (m.sentence.type !== 'SentenceNode') continue;
      const at = position(m.sentence, m.nodes[0]!);
      const owner = wordBefore(m.sentence, at);
      if (!owner || !POSSESSIVE.test(toString(owner))) continue;
      const nodes = m.sentence.children.slice(position(m.sentence, owner), at + m.nodes.length);
      found.push({ nodes, sentence: m.sentence, entry: CATALOG.blame, words: quote(nodes) });
    }
    found.push(...causesNamingOthers(matchesOf(file, 'cause'), position));
    found.sort((a, b) => startOf(a.nodes) - startOf(b.nodes));
    for (const b of firstPerSentence(found)) report(file, b.nodes, undefined, b.entry, { words: b.words });
  };
}

/** "due to our cloud provider": a cause word, then (close after it, in the same clause) another party. */
function causesNamingOthers(causes: readonly Match[], position: ReturnType<typeof positionsIn>): Blame[] {
  const bySentence = new Map<Sentence, Match[]>();
  for (const cause of causes) {
    if (cause.sentence.type !== 'SentenceNode') continue;
    const list = bySentence.get(cause.sentence);
    if (list) list.push(cause);
    else bySentence.set(cause.sentence, [cause]);
  }
  const found: Blame[] = [];
  for (const [sentence, list] of bySentence) {
    const index = (m: Match) => position(sentence, m.nodes[0]!);
    // Parties only in the sentences that have a cause: one search of the whole text found those.
    const parties = find(sentence, BLAME_PARTIES);
    for (const cause of list) {
      const party = partyAfter(sentence, cause, parties, index);
      if (!party) continue;
      const span = sentence.children.slice(index(cause), index(party) + party.nodes.length);
      const words = span.filter((n) => n.type === 'WordNode').length;
      const quoted = words <= 7 ? quote(span) : `“${toString([...cause.nodes])} … ${toString([...party.nodes])}”`;
      found.push({ nodes: cause.nodes, sentence, entry: CATALOG.blameByCause, words: quoted });
      break;
    }
  }
  return found;
}

/**
 * The party close after a cause, in the same clause: at most five words between them, and no
 * comma, semicolon, colon or bracket. Parties come in the order of the text, and the words between
 * only grow from one to the next, so the search stops at the first party too far away.
 */
function partyAfter(sentence: Sentence, cause: Match, parties: readonly Match[], index: (m: Match) => number): Match | undefined {
  const from = index(cause) + cause.nodes.length;
  for (const p of parties) {
    const to = index(p);
    if (to <= index(cause)) continue;
    const words: string[] = [];
    for (let i = from; i < to && words.length <= 5; i++) {
      const n = sentence.children[i]!;
      if (n.type === 'WordNode') words.push(wordOf(n));
      else if (n.type === 'PunctuationNode' && /[,;:()]/.test(toString(n))) return undefined;
    }
    if (words.length > 5) return undefined;
    // "an issue with our provider" says where the problem was; "a mistake at our provider" still blames.
    const wherePlace = words.findIndex((w) => PLACE_WORDS.has(w)) > 0;
    if (!wherePlace || words.some((w) => FAULTS.has(w))) return p;
  }
  return undefined;
}

/** A jargon term as a search phrase: words separated by single spaces. */
export function jargonPhrase(term: string): string {
  return term.trim().split(/\s+/).join(' ');
}

export interface JargonOptions {
  /** Term (as written in the config) → plain alternative. */
  jargon: ReadonlyMap<string, string>;
}

export function retextJargon(options: JargonOptions) {
  const byNormal = new Map<string, { term: string; plain: string }>();
  for (const [term, plain] of options.jargon) byNormal.set(jargonPhrase(term), { term, plain });
  return (_tree: NlcstRoot, file: VFile) => {
    for (const m of matchesOf(file, 'jargon')) {
      const entry = byNormal.get(m.phrase);
      if (!entry) continue;
      report(file, m.nodes, [entry.plain], CATALOG.jargon, { words: quote(m.nodes), plain: entry.plain });
    }
  };
}

export interface LongSentenceOptions {
  maxWords: number;
}

export function retextLongSentences(options: LongSentenceOptions) {
  return (tree: NlcstRoot, file: VFile) => {
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const words = sentence.children.filter((c) => c.type === 'WordNode').length;
      if (words <= options.maxWords) return;
      report(file, sentence.children.slice(0, 1), undefined, CATALOG.longSentence, { words, max: options.maxWords });
    });
  };
}
