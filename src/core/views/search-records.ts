import { listText } from '../i18n/list-format.ts';
import { withoutComments } from '../content/markdown/comments.ts';
import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { markdownToText } from '../content/markdown/markdown.ts';
import { reportTree } from '../content/rendered-html.ts';
import { listedStates } from '../site/listed.ts';
import type { SiteModel } from '../site/site.ts';
import { dateLabel, isoTime } from './format.ts';
import { summarise } from './incident.ts';

export interface SearchRecord {
  url: string;
  /** The incident's own words (summary, updates, workaround, report), from which Pagefind cuts the excerpt. */
  content: string;
  language: string;
  /**
   * What a result shows besides the excerpt, as fields of their own. Pagefind searches metadata
   * too (the title weighs most), so the title and the components need not be in `content`,
   * where they would run into the excerpt.
   */
  meta: {
    title: string;
    /** "Major impact", "Scheduled maintenance": as the archive list says it. */
    impact: string;
    /** "Nov 17, 2026" (UTC), the day it started, and the same moment for `<time datetime>`. */
    date: string;
    datetime: string;
    /** The affected components' names. */
    components: string;
  };
}

/** What full-text search finds of each listed incident, and what each result shows of it. */
export function searchRecords(model: SiteModel, base: string): SearchRecord[] {
  const language = model.site.locale;
  const { caches } = model;
  return listedStates(model).map((state) => {
    const { incident } = state;
    const summary = summarise(model, state);
    const passages = [
      incident.summary ? markdownToText(withoutComments(incident.summary), caches) : '',
      ...incident.updates.map((u) => markdownToText(withoutComments(u.markdown), caches)),
      incident.workaround ?? '',
      // The report's tree is made for its page and summary anyway; each heading becomes a sentence.
      ...(incident.report ? blockTexts(reportTree(incident.report.markdown, caches)) : []),
    ];
    return {
      url: `${base}${summary.path}`,
      language: language.split('-')[0]!,
      content: passages.filter(Boolean).map(asSentence).join('\n'),
      meta: {
        title: incident.title,
        impact: summary.impactText,
        date: dateLabel(summary.start, language, caches),
        datetime: isoTime(summary.start, caches),
        components: listText(
          summary.components.map((c) => c.name),
          language,
        ),
      },
    };
  });
}

// Sanitised GFM output: every other element is inline.
const BLOCKS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'dl',
  'dt',
  'dd',
  'div',
  'section',
  'details',
  'summary',
  'hr',
]);

/** The text of each heading, paragraph, list item and cell, so "Root cause" does not run into its first sentence. */
function blockTexts(tree: HastRoot): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    let inline = '';
    const flush = () => {
      const text = inline.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      inline = '';
    };
    for (const node of nodes) {
      if (node.type === 'element' && BLOCKS.has(node.tagName)) {
        flush();
        walk(node.children);
      } else if (node.type === 'element' || node.type === 'text') inline += toString(node);
    }
    flush();
  };
  walk(tree.children);
  return out;
}

/** Ends a passage as a sentence, so the excerpt reads "… expired. Root cause. A certificate …". */
function asSentence(text: string): string {
  return /[.!?:;…]["'”’)]*$/.test(text) ? text : `${text}.`;
}
