import type { Link, Root as MdastRoot } from 'mdast';
import { ParseEnglish } from 'parse-english';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { StyleConfig } from '../../content/config/config-schema.ts';
import { StyleCache } from './cache.ts';
import type { StyleFinding } from './finding.ts';
import { jargonList } from './jargon.ts';
import { jargonPhrase, retextJargon, retextLongSentences, retextPromises, retextSpeculation } from './plugins.ts';
import { retextBlame } from './blame.ts';
import { retextPhraseIndex, type PhraseKind } from './matches.ts';
import { BLAME_ACTS, BLAME_CAUSES, BLAME_PARTIES, BLAME_PHRASES, FAULT_WORDS } from './phrases/blame.ts';
import { PROMISES } from './phrases/promises.ts';
import { CAUSE_WORDS, GUESS_LEADS, HEDGES, SPECULATION } from './phrases/speculation.ts';
import { STYLE_RULE_IDS, STYLE_RULES, type StyleRuleId } from '../../diagnostics/catalog/style-rules.ts';

export interface StyleOptions {
  style: StyleConfig;
  enabled: (rule: StyleRuleId) => boolean;
  /** Where to remember findings between runs (see StyleCache). */
  cacheFile?: string;
}

/** Bare URLs (GFM autolinks) are not prose: treat them as code, like `inline code`. */
const remarkUrlsAsCode: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, 'link', (node: Link, index, parent) => {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (!parent || index === undefined || only?.type !== 'text') return;
    if (only.value !== node.url && `mailto:${only.value}` !== node.url && `http://${only.value}` !== node.url) return;
    parent.children[index] = { type: 'inlineCode', value: only.value, ...(node.position ? { position: node.position } : {}) };
  });
};

/**
 * A linter for the public text of incidents: Markdown → mdast (remark) → nlcst (remark-retext
 * with parse-english) → the style plugins. Code, tables, HTML comments and bare URLs are not prose
 * and are skipped. Synchronous, so `npm run check` and the CLI stay simple.
 */
/** Lints one text, whose first line is file line `at.line`; `save` keeps its cache's findings for the next run (see StyleCache.save). */
export interface StyleLinter {
  (markdown: string, at: { line: number; column?: number }): StyleFinding[];
  save(prune: boolean): void;
}

const withoutCache = (lint: (markdown: string, at: { line: number; column?: number }) => StyleFinding[]): StyleLinter =>
  Object.assign(lint, { save: () => {} });

export function createStyleLinter(options: StyleOptions): StyleLinter {
  const enabled = STYLE_RULE_IDS.filter((r) => options.enabled(r));
  if (enabled.length === 0) return withoutCache(() => []);
  // remark-retext in "mutate" mode: later plugins in this pipeline see the nlcst tree.
  let processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkUrlsAsCode)
    .use(remarkRetext, ParseEnglish as never);
  const use = (plugin: unknown, settings?: unknown) => {
    processor = processor.use(plugin as Plugin<[unknown?]>, settings) as unknown as typeof processor;
  };
  const jargon = jargonList(options.style.jargon, options.style.audience);
  const phrases = new Map<PhraseKind, readonly string[]>();
  if (enabled.includes('style-speculation')) phrases.set('speculation', SPECULATION).set('hedge', HEDGES).set('cause-word', CAUSE_WORDS);
  if (enabled.includes('style-blame'))
    phrases.set('blame', BLAME_PHRASES).set('blame-act', BLAME_ACTS).set('fault', FAULT_WORDS).set('cause', BLAME_CAUSES);
  if (enabled.includes('style-promise')) phrases.set('promise', PROMISES);
  if (enabled.includes('style-jargon')) phrases.set('jargon', [...jargon.keys()].map(jargonPhrase));
  if (phrases.size) use(retextPhraseIndex, { phrases });
  if (enabled.includes('style-speculation')) use(retextSpeculation);
  if (enabled.includes('style-blame')) use(retextBlame);
  if (enabled.includes('style-promise')) use(retextPromises);
  if (enabled.includes('style-jargon')) use(retextJargon, { jargon });
  if (enabled.includes('style-long-sentence')) use(retextLongSentences, { maxWords: options.style.max_sentence_words });
  const frozen = processor.freeze();
  const lintAt = (markdown: string, at: { line: number; column?: number }): StyleFinding[] => {
    if (!markdown.trim()) return [];
    const file = new VFile({ value: markdown });
    frozen.runSync(frozen.parse(file), file);
    const out: StyleFinding[] = [];
    for (const m of file.messages) {
      const rule = m.ruleId as StyleRuleId;
      if (!STYLE_RULES[rule]) continue;
      const line = m.line ?? 1;
      const column = m.column ?? 1;
      out.push({
        rule,
        line: at.line + line - 1,
        column: line === 1 ? (at.column ?? 1) + column - 1 : column,
        message: m.reason,
        hint: m.note ?? STYLE_RULES[rule].hint,
        ...(m.actual ? { actual: m.actual } : {}),
        ...(m.expected ? { expected: m.expected } : {}),
      });
    }
    return out;
  };
  if (!options.cacheFile) return withoutCache(lintAt);
  const salt = JSON.stringify([
    STYLE_CODE_VERSION,
    enabled,
    options.style,
    SPECULATION,
    HEDGES,
    CAUSE_WORDS,
    GUESS_LEADS,
    BLAME_PHRASES,
    BLAME_ACTS,
    FAULT_WORDS,
    BLAME_CAUSES,
    BLAME_PARTIES,
    PROMISES,
    [...jargon],
  ]);
  const cache = new StyleCache(options.cacheFile, salt);
  const lint = (markdown: string, at: { line: number; column?: number }) => cache.lint(markdown, at, (md) => lintAt(md, { line: 1 }));
  return Object.assign(lint, { save: (prune: boolean) => cache.save(prune) });
}

// Part of the cache key with the phrase lists: bump it whenever a rule's code changes what it finds.
const STYLE_CODE_VERSION = 3;
