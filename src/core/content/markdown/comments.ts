/**
 * HTML comments in Markdown are notes for the team (the report skeleton's guidance,
 * `statusmark-disable` directives), never for readers. Every output that carries an update's or a
 * report's text takes it through `withoutComments` (or through Markdown rendering, which drops
 * them the same way), so none reaches an API client, a feed reader or a notification.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown.ts';

const COMMENT = /<!--[^]*?(?:-->|$)/g;

/** The Markdown with its HTML comments taken out; comments shown in code (`` `<!-- -->` ``, fenced blocks) stay. */
export function withoutComments(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  const cuts: [number, number][] = [];
  visit(parseMarkdown(markdown), (node: Nodes) => {
    if (node.type !== 'html' || !node.position) return;
    // The source, not the node's value: in a quote or a list the value lacks the line prefixes.
    const start = node.position.start.offset!;
    const source = markdown.slice(start, node.position.end.offset);
    for (const m of source.matchAll(COMMENT)) cuts.push([start + m.index, start + m.index + m[0].length]);
  });
  let out = '';
  let from = 0;
  for (const [a, b] of cuts.sort((x, y) => x[0] - y[0])) {
    out += markdown.slice(from, a);
    from = b;
  }
  out += markdown.slice(from);
  // A comment on a line of its own leaves a blank line; one blank line between blocks is enough.
  return out
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
