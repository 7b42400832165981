import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Nodes } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import type { DiagnosticBag } from '../../diagnostics/diagnostics.ts';
import { cacheOf, type Caches } from '../../shared/caches.ts';
import { rehypeAccessibleBlocks } from './markdown-a11y.ts';
import { rehypeImagesAsLinks } from './markdown-images.ts';

/**
 * The one Markdown pipeline of Statusmark: pages, feeds, the API and the CLI all render
 * incident text through `renderMarkdown`, so a reader sees the same thing everywhere.
 * Raw HTML is dropped (remark-rehype without `allowDangerousHtml`) and the result is
 * sanitised with GitHub's schema, so no script, event handler or `javascript:` URL survives.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'];
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: SAFE_PROTOCOLS, src: ['http', 'https'] },
};

/** `HTTPS://x` is a fine link; the sanitiser compares schemes case-sensitively, so lower-case them first. */
function rehypeLowercaseSchemes() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = value.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
      }
    });
  };
}

/**
 * Heading and footnote ids get the caller's prefix (from `file.data`), so one processor serves
 * every update; links within the text (footnote references and back-references, `[see](#summary)`)
 * are pointed at the ids as they end up, after the sanitiser's `user-content-` and the prefix.
 */
function rehypePrefixIds() {
  return (tree: HastRoot, file: VFile) => {
    const { idPrefix } = file.data as { idPrefix?: unknown };
    const prefix = typeof idPrefix === 'string' ? idPrefix : '';
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id !== 'string') return;
      node.properties.id = prefix + node.properties.id;
      ids.add(node.properties.id);
    });
    if (!ids.size) return;
    const target = (fragment: string) => [fragment, `${prefix}user-content-${fragment}`, `${prefix}${fragment}`].find((id) => ids.has(id));
    visit(tree, 'element', (node) => {
      const { href, ariaDescribedBy } = node.properties;
      if (typeof href === 'string' && href.startsWith('#')) {
        const id = target(decodeURIComponent(href.slice(1)));
        if (id) node.properties.href = `#${id}`;
      }
      if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((ref) => target(String(ref)) ?? ref);
    });
  };
}

// Built once: creating a processor recombines the GFM syntax extensions, which is costly.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // No prefix of its own for footnote ids: the sanitiser adds `user-content-` to every id anyway.
  .use(remarkRehype, { clobberPrefix: '' })
  .use(rehypeLowercaseSchemes)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeImagesAsLinks)
  .use(rehypeAccessibleBlocks)
  .use(rehypeSlug)
  .use(rehypePrefixIds)
  .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
  .freeze();

function sanitisedTree(markdown: string, idPrefix: string): HastRoot {
  const file = new VFile({ value: markdown, data: { idPrefix } });
  return processor.runSync(processor.parse(file), file);
}

export interface RenderOptions {
  /** Prefix for heading ids, so two updates on one page never share an anchor. */
  idPrefix?: string;
  /** The site model's caches: pages, feeds and the API render the same update many times in one build. */
  caches?: Caches;
}

/**
 * Results per id prefix, then per text. Two levels rather than one joined key: the texts are the
 * parsed incidents' own strings, whose hashes V8 keeps, so a lookup never hashes a whole update.
 */
class TextCache<T> {
  private readonly byPrefix = new Map<string, Map<string, T>>();
  get(prefix: string, text: string): T | undefined {
    return this.byPrefix.get(prefix)?.get(text);
  }
  set(prefix: string, text: string, value: T): void {
    let texts = this.byPrefix.get(prefix);
    if (!texts) this.byPrefix.set(prefix, (texts = new Map<string, T>()));
    texts.set(text, value);
  }
}

const RENDERED = cacheOf('rendered Markdown', () => new TextCache<string>());
// Trees are kept only for texts whose structure is read as well (reports: their summary).
const TREES = cacheOf('rendered Markdown trees', () => new TextCache<HastRoot>());
const TEXTS = cacheOf('plain text of Markdown', () => new Map<string, string>());

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const idPrefix = options.idPrefix ?? '';
  const rendered = options.caches?.get(RENDERED);
  let html = rendered?.get(idPrefix, markdown);
  if (html === undefined) {
    html = plainParagraphs(markdown) ?? toHtml(options.caches?.get(TREES).get(idPrefix, markdown) ?? sanitisedTree(markdown, idPrefix));
    rendered?.set(idPrefix, markdown, html);
  }
  return html;
}

/**
 * The sanitised HTML tree `renderMarkdown` writes out, for reading a rendered text's structure.
 * With caches it is kept, and `renderMarkdown` of the same text and prefix reuses it rather than parse again.
 */
export function renderMarkdownTree(markdown: string, options: RenderOptions = {}): HastRoot {
  const idPrefix = options.idPrefix ?? '';
  const trees = options.caches?.get(TREES);
  let tree = trees?.get(idPrefix, markdown);
  if (!tree) {
    tree = sanitisedTree(markdown, idPrefix);
    trees?.set(idPrefix, markdown, tree);
  }
  return tree;
}

// Most updates are a few plain sentences. Text with no character that Markdown or GFM gives a
// meaning to (and no line that could open a block) renders to `<p>` elements holding the text
// as it is; a property test holds this shortcut to the full pipeline's output.
const SPECIAL = /[\\`*_[\]<>&!~|#=+@{}$^]|^\s|\s$|\S\s{2,}\n|:\/\/|www\.|^\s*(?:-|\d+[.)])/m;

/** The HTML of Markdown that is only plain paragraphs, or undefined when it may be more. */
export function plainParagraphs(markdown: string): string | undefined {
  const paragraphs = markdown.split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (const p of paragraphs) {
    const text = p.replace(/^\n+|\n+$/g, '');
    if (!text || SPECIAL.test(text) || /\r/.test(text)) return undefined;
    out.push(`<p>${text}</p>`);
  }
  return out.join('\n');
}

/** The Markdown syntax tree (GFM), with source positions. */
export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/** Plain text of some Markdown, for feed summaries, PR titles and the CLI. */
export function markdownToText(markdown: string, caches?: Caches): string {
  const texts = caches?.get(TEXTS);
  let text = texts?.get(markdown);
  if (text === undefined) {
    // Plain paragraphs (see plainParagraphs) hold no syntax, entity or escape: their text is themselves.
    text = plainParagraphs(markdown) !== undefined ? markdown.replace(/\s+/g, ' ').trim() : toText(markdown);
    texts?.set(markdown, text);
  }
  return text;
}

function toText(markdown: string): string {
  const tree = parser.parse(markdown);
  const parts: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') parts.push(' ');
    else if (node.type === 'break') parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export type { HastRoot, MdastRoot };

// Cheap pre-check: Markdown without `<`, `&` or a link (`](` or a `]:` definition) cannot hold raw
// HTML or a link with a bad scheme (bare URLs are only ever http, https or email), so most files
// skip the parse.
const MAYBE_UNSAFE = /[<&]|\]\s*\(|\]:/;

/**
 * Reports raw HTML and links with unsafe URL schemes in `markdown`, which starts at file line
 * `firstLine`. The renderer removes both anyway; the check tells the author what was lost.
 */
export function checkMarkdownSafety(markdown: string, firstLine: number, bag: DiagnosticBag): void {
  if (!MAYBE_UNSAFE.test(markdown)) return;
  const tree = parseMarkdown(markdown);
  visit(tree, (node: Nodes) => {
    const start = node.position?.start;
    if (!start) return;
    const at = { line: start.line + firstLine - 1, column: start.column };
    if (node.type === 'html') {
      const tag = /<\/?\s*([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
      if (!tag && /^<!--/.test(node.value)) return; // comments are harmless and stay out of the page
      bag.report(CATALOG.rawHtml, at, { tag });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      bag.report(CATALOG.unsafeUrl, at, { url: node.url.slice(0, 60) });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) bag.report(CATALOG.describedImage, at, { alt: node.alt.slice(0, 60) });
      else bag.report(CATALOG.undescribedImage, at);
    }
  });
}

/** The sanitiser's own rule (hast-util-sanitize): a colon before any `/`, `?` or `#` starts a scheme, which must be allowed. */
function isSafeUrl(url: string): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at > -1 && colon > at) return true;
  }
  return SAFE_PROTOCOLS.includes(url.slice(0, colon).toLowerCase());
}
