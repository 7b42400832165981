/** style-blame: putting the responsibility on someone else, which naming a dependency is not. */
import type { Sentence, SentenceContent, Root as NlcstRoot } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { find, firstPerSentence, matchesOf, quote, report, words, type Match } from './matches.ts';
import { BLAME_PARTIES, FAULT_WORDS } from './phrases/blame.ts';

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

/**
 * "caused by a mistake at our provider", "we blame our vendor": a cause word, then (close after it,
 * in the same clause) another party, told as their failing. "Due to our provider" or "due to a
 * Fastly incident" only names a dependency: attribution customers find useful, not blame.
 */
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
      const count = span.filter((n) => n.type === 'WordNode').length;
      const quoted = count <= 7 ? quote(span) : `“${words(cause.nodes)} … ${words(party.nodes)}”`;
      found.push({ nodes: cause.nodes, sentence, entry: CATALOG.blameByCause, words: quoted });
      break;
    }
  }
  return found;
}

/**
 * The party close after a cause, in the same clause, when what is said of it is a failing: at most
 * five words between them, one of them a fault word ("a mistake at"), unless the cause word is
 * "blame" itself; no comma, semicolon, colon or bracket. Parties come in the order of the text, and
 * the words between only grow from one to the next, so the search stops at the first party too far away.
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
    if (cause.phrase === 'blame' || words.some((w) => FAULTS.has(w))) return p;
  }
  return undefined;
}
