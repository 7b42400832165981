/**
 * retext plugins for the handbook's plain-language style. Each looks for phrases in the
 * natural-language tree (nlcst) that remark-retext builds from the Markdown, with
 * nlcst-search (which ignores case, apostrophes and dashes), and reports a vfile message
 * whose `ruleId` is the rule's id and whose `note` is the suggestion.
 * Words in quotes are taken literally and skipped ("we never say “guaranteed”").
 */
import type { Root as NlcstRoot, Sentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { firstPerSentence, matchesOf, quote, report, type Match } from './matches.ts';
import { GUESS_LEADS } from './phrases/speculation.ts';

/**
 * A guess at the cause ("might be caused by", "we suspect"), or a hedge ("it seems", "probably") in
 * a sentence about the cause ("… was due to the provider's outage"). A hedge about progress, scope
 * or recovery ("this appears to be resolved") says honestly what is not yet certain.
 */
export function retextSpeculation() {
  return (_tree: NlcstRoot, file: VFile) => {
    const aboutCause = new Set(
      matchesOf(file, 'cause-word')
        .filter((m) => !describesTheProblem(m))
        .map((m) => m.sentence),
    );
    const hedges = matchesOf(file, 'hedge').filter(
      (m) => (aboutCause.has(m.sentence) || afterGuessLead(m)) && !aboutOwnProgress(m) && !forecast(m),
    );
    const found = [...matchesOf(file, 'speculation'), ...hedges].sort((a, b) => startOf(a.nodes) - startOf(b.nodes));
    for (const m of firstPerSentence(found)) {
      report(file, m.nodes, undefined, CATALOG.speculation, { words: quote(m.nodes) });
    }
  };
}

const startOf = (nodes: readonly SentenceContent[]) => nodes[0]?.position?.start.offset ?? 0;

const LEADS = new Set(GUESS_LEADS);

/** "It was probably the database", "It's likely a network problem": the hedge says what the problem is. */
function afterGuessLead(m: Match): boolean {
  if (m.sentence.type !== 'SentenceNode') return false;
  const children = m.sentence.children;
  const before: string[] = [];
  for (let i = children.indexOf(m.nodes[0]!) - 1; i >= 0 && before.length < 2; i--) {
    const node = children[i]!;
    if (node.type === 'WordNode') before.unshift(toString(node).toLowerCase().replace(/['’]/g, ''));
    else if (node.type !== 'WhiteSpaceNode') break;
  }
  return LEADS.has(before.join(' ')) || LEADS.has(before.at(-1) ?? '');
}

/** "the issue causing API timeouts", "the problem that is causing …": names the problem by what it does, not its cause. */
const PROBLEM = /^(issue|issues|problem|problems|error|errors|bug|incident|outage|disruption|failure)$/;
const RELATIVE = new Set(['that', 'which', 'is', 'are', 'was', 'were']);

function describesTheProblem(m: Match): boolean {
  if (m.sentence.type !== 'SentenceNode') return false;
  const children = m.sentence.children;
  for (let i = children.indexOf(m.nodes[0]!) - 1; i >= 0; i--) {
    const node = children[i]!;
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type !== 'WordNode') return false;
    const word = toString(node).toLowerCase();
    if (PROBLEM.test(word)) return true;
    if (!RELATIVE.has(word)) return false;
  }
  return false;
}

const FUTURE = new Set(['will', 'would', 'wont', 'should']);

/** "this will likely be a long term effort": a hedge after "will" forecasts what comes, it does not guess at a cause. */
function forecast(m: Match): boolean {
  if (m.sentence.type !== 'SentenceNode') return false;
  const children = m.sentence.children;
  for (let i = children.indexOf(m.nodes[0]!) - 1; i >= 0; i--) {
    const node = children[i]!;
    if (node.type === 'WhiteSpaceNode') continue;
    return node.type === 'WordNode' && FUTURE.has(toString(node).toLowerCase().replace(/['’]/g, ''));
  }
  return false;
}

/** "We believe we have identified the issue that is causing …": a hedge about the team's progress, not about the cause. */
function aboutOwnProgress(m: Match): boolean {
  if (m.sentence.type !== 'SentenceNode') return false;
  const children = m.sentence.children;
  const next: string[] = [];
  for (let i = children.indexOf(m.nodes[m.nodes.length - 1]!) + 1; i < children.length && next.length < 2; i++) {
    const node = children[i]!;
    if (node.type === 'WordNode') next.push(toString(node).toLowerCase().replace(/['’]/g, ''));
    else if (node.type !== 'WhiteSpaceNode') break;
  }
  return next[0] === 'weve' || (next[0] === 'we' && ['have', 'had', 'are'].includes(next[1] ?? ''));
}

export function retextPromises() {
  return (_tree: NlcstRoot, file: VFile) => {
    for (const m of firstPerSentence(matchesOf(file, 'promise'))) {
      report(file, m.nodes, undefined, CATALOG.promise, { words: quote(m.nodes) });
    }
  };
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
      if (!entry || addressedToReader(m)) continue;
      report(file, m.nodes, [entry.plain], CATALOG.jargon, { words: quote(m.nodes), plain: entry.plain });
    }
  };
}

/**
 * "restart your pods", "check your DB settings": an instruction about the reader's own tools uses
 * the reader's words, so it is not jargon. `your` stands at most two words before the term.
 */
function addressedToReader(m: Match): boolean {
  if (m.sentence.type !== 'SentenceNode') return false;
  const children = m.sentence.children;
  let seen = 0;
  for (let i = children.indexOf(m.nodes[0]!) - 1; i >= 0 && seen < 2; i--) {
    const node = children[i]!;
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type !== 'WordNode') return false;
    if (/^yours?$/i.test(toString(node))) return true;
    seen++;
  }
  return false;
}

export interface LongSentenceOptions {
  maxWords: number;
}

export function retextLongSentences(options: LongSentenceOptions) {
  return (tree: NlcstRoot, file: VFile) => {
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const words = wordCount(sentence);
      if (words <= options.maxWords) return;
      report(file, sentence.children.slice(0, 1), undefined, CATALOG.longSentence, { words, max: options.maxWords });
    });
  };
}

/**
 * Words as a reader counts them: "13:00", "repo.jenkins-ci.org" and "amd/intel" are one word each,
 * though the parser splits them at their punctuation.
 */
function wordCount(sentence: Sentence): number {
  let count = 0;
  let joined = false;
  for (const node of sentence.children) {
    if (node.type === 'WordNode') {
      if (!joined) count++;
      joined = true;
    } else if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') joined = false;
  }
  return count;
}
