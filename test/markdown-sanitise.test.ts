import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/core/diagnostics/diagnostics.ts';
import { checkMarkdownSafety, renderMarkdown } from '../src/core/content/markdown/markdown.ts';

/**
 * "No script from content ever reaches a reader's browser" (PRODUCT.md, Bad input).
 * Every vector is rendered through the one Markdown pipeline and the output is read back
 * with a real HTML parser (parse5, the parser browsers' algorithm is specified by), so the
 * assertions see what a browser would build, not what a regex thinks the string says.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'svg',
  'math',
  // Not in the brief's list, but just as unwelcome in rendered incident text.
  'link',
  'frame',
  'frameset',
  'applet',
  'template',
  'noscript',
  'textarea',
  'button',
  'select',
]);

/** Attributes whose value a browser treats as a URL to load or navigate to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'srcset',
  'ping',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function attrsOf(el: Element): Record<string, string> {
  return Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** An element's children, the whitespace between blocks left out: text as strings, elements as [tag, attributes, text]. */
function parts(el: Element): unknown[] {
  return el.childNodes.flatMap((c): unknown[] => {
    if (c.nodeName === '#text') return /\S|^ $/.test(textOf(c)) ? [textOf(c)] : [];
    return 'tagName' in c ? [[c.tagName, attrsOf(c), textOf(c)]] : [];
  });
}

function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node && node.content) walk(node.content);
  };
  walk(parseFragment(html));
  return out;
}

/**
 * The scheme a browser would see in `value`: the WHATWG URL parser strips leading and trailing
 * C0 controls and spaces and removes every tab and newline before reading the scheme, so
 * `java\tscript:` and ` javascript:` are both `javascript:`. Returns undefined for a relative URL.
 */
function effectiveScheme(value: string): string | undefined {
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

interface Finding {
  what: string;
}

/** Everything unsafe about some rendered HTML; empty when it is fine. */
function unsafeParts(html: string): Finding[] {
  const found: Finding[] = [];
  for (const el of elements(html)) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push({ what: `<${tag}> element` });
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push({ what: `<${tag}> in namespace ${el.namespaceURI}` });
    for (const attr of el.attrs) {
      const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
      if (name.startsWith('on')) found.push({ what: `event attribute ${name} on <${tag}>` });
      if (name === 'style') found.push({ what: `style attribute on <${tag}>` });
      if (URL_ATTRIBUTES.has(name)) {
        const values = name === 'srcset' ? attr.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [attr.value];
        for (const v of values) {
          const scheme = effectiveScheme(v);
          if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) found.push({ what: `${name}="${v}" on <${tag}>` });
        }
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The corpus. `flag: true` marks vectors whose author should be told by checkMarkdownSafety that
// something was dropped (raw HTML, or a link/image whose URL the renderer removes).

interface Vector {
  name: string;
  md: string;
  flag?: boolean;
}

const VECTORS: Vector[] = [
  // Raw HTML, block and inline
  { name: 'raw <script> block', md: '<script>alert(1)</script>', flag: true },
  { name: 'raw <script> inline', md: 'Hello <script>alert(1)</script> world', flag: true },
  { name: '<script> with src', md: '<script src="https://evil.example/x.js"></script>', flag: true },
  { name: 'uppercase <SCRIPT>', md: '<SCRIPT>alert(1)</SCRIPT>', flag: true },
  { name: 'img onerror', md: '<img src=x onerror=alert(1)>', flag: true },
  { name: 'img onerror inline', md: 'see <img src=x onerror="alert(1)"> here', flag: true },
  { name: 'svg onload', md: '<svg onload=alert(1)>', flag: true },
  { name: 'svg with script', md: '<svg><script>alert(1)</script></svg>', flag: true },
  {
    name: 'svg animate href',
    md: '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>X</text></a></svg>',
    flag: true,
  },
  { name: 'iframe javascript src', md: '<iframe src="javascript:alert(1)"></iframe>', flag: true },
  { name: 'iframe srcdoc', md: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', flag: true },
  { name: 'raw <a href=javascript:>', md: '<a href="javascript:alert(1)">click</a>', flag: true },
  { name: 'raw <a> with onclick', md: '<a href="https://ok.example" onclick="alert(1)">click</a>', flag: true },
  { name: '<style> block', md: '<style>body{background:url(javascript:alert(1))}</style>', flag: true },
  { name: '<object data>', md: '<object data="javascript:alert(1)"></object>', flag: true },
  { name: '<embed src>', md: '<embed src="javascript:alert(1)">', flag: true },
  { name: '<form action>', md: '<form action="javascript:alert(1)"><button>go</button></form>', flag: true },
  { name: '<meta refresh>', md: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', flag: true },
  { name: '<base href>', md: '<base href="javascript:alert(1)//">\n\n[x](/a)', flag: true },
  { name: '<link rel=stylesheet>', md: '<link rel="stylesheet" href="https://evil.example/x.css">', flag: true },
  { name: 'event attribute on allowed <b>', md: '<b onmouseover="alert(1)">hover</b>', flag: true },
  { name: 'event attribute on allowed <details>', md: '<details open ontoggle="alert(1)"><summary>x</summary>y</details>', flag: true },
  { name: 'style attribute on allowed <p>', md: '<p style="background:url(javascript:alert(1))">x</p>', flag: true },
  { name: '<math> with href', md: '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>', flag: true },
  { name: '<math> namespace confusion', md: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', flag: true },
  { name: 'HTML comment hiding a script', md: 'Text <!-- <script>alert(1)</script> --> more' },
  { name: 'HTML comment block', md: '<!--\n<img src=x onerror=alert(1)>\n-->' },
  { name: 'broken comment', md: '<!--> <img src=x onerror=alert(1)> -->', flag: true },
  { name: 'nested tags', md: '<<script>script>alert(1)<</script>/script>', flag: true },
  // Not a tag for CommonMark (never closed): stays visible, escaped text, so nothing is lost.
  { name: 'unclosed tag with payload', md: '<img src=x onerror=alert(1)//' },
  { name: 'tag split over lines', md: '<img\nsrc=x\nonerror=alert(1)>', flag: true },
  { name: 'noscript/title breakout', md: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', flag: true },
  { name: 'textarea breakout', md: '<textarea></textarea><script>alert(1)</script>', flag: true },
  { name: 'CDATA', md: '<![CDATA[<script>alert(1)</script>]]>', flag: true },
  { name: 'processing instruction', md: '<?xml-stylesheet href="javascript:alert(1)"?>', flag: true },

  // Markdown links and images
  { name: 'md link javascript:', md: '[click](javascript:alert(1))', flag: true },
  { name: 'md link JaVaScRiPt:', md: '[click](JaVaScRiPt:alert(1))', flag: true },
  { name: 'md link &#106;avascript:', md: '[click](&#106;avascript:alert(1))', flag: true },
  { name: 'md link &#x6A;avascript:', md: '[click](&#x6A;avascript&#x3A;alert(1))', flag: true },
  { name: 'md link &colon; entity', md: '[click](javascript&colon;alert(1))', flag: true },
  { name: 'md link java\\tscript: (bare)', md: '[click](java\tscript:alert(1))' },
  { name: 'md link <java\\tscript:> (angle brackets)', md: '[click](<java\tscript:alert(1)>)' },
  { name: 'md link java&#9;script:', md: '[click](java&#9;script:alert(1))' },
  { name: 'md link java&#10;script:', md: '[click](java&#10;script:alert(1))' },
  { name: 'md link leading space in <>', md: '[click](< javascript:alert(1)>)' },
  { name: 'md link %6A percent-encoded', md: '[click](%6Aavascript:alert(1))' },
  { name: 'md link vbscript:', md: '[click](vbscript:msgbox(1))', flag: true },
  { name: 'md link data:text/html', md: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', flag: true },
  { name: 'md link file:', md: '[click](file:///etc/passwd)' },
  { name: 'md link with title', md: '[click](javascript:alert(1) "title")', flag: true },
  { name: 'md image javascript:', md: '![x](javascript:alert(1))', flag: true },
  { name: 'md image data:image/svg+xml', md: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', flag: true },
  { name: 'md image with quote-breaking alt', md: '![x" onerror="alert(1)](https://ok.example/a.png)' },
  { name: 'md link with quote-breaking title', md: '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")' },
  { name: 'reference definition javascript:', md: '[click][evil]\n\n[evil]: javascript:alert(1)', flag: true },
  { name: 'reference definition unused', md: '[evil]: javascript:alert(1)', flag: true },
  { name: 'reference image data:', md: '![pic][evil]\n\n[evil]: data:text/html,<script>alert(1)</script>', flag: true },
  { name: 'collapsed reference JAVASCRIPT:', md: '[Evil][]\n\n[evil]: JAVASCRIPT:alert(1)', flag: true },
  { name: 'autolink <javascript:alert(1)>', md: '<javascript:alert(1)>', flag: true },
  { name: 'autolink <vbscript:...>', md: '<vbscript:msgbox(1)>', flag: true },
  { name: 'autolink <data:text/html,...>', md: '<data:text/html,alert(1)>', flag: true },
  { name: 'GFM bare javascript: (not autolinked)', md: 'go to javascript:alert(1) now' },
  { name: 'GFM www autolink with payload', md: 'www.example.com/"onmouseover="alert(1)' },
  { name: 'link text containing raw html', md: '[<img src=x onerror=alert(1)>](https://ok.example)', flag: true },

  // Payloads in GFM structures
  {
    name: 'table with payloads',
    md: '| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |\n| <img src=x onerror=alert(1)> | ![y](vbscript:x) |',
    flag: true,
  },
  { name: 'table header with payload', md: '| <svg onload=alert(1)> | b |\n|---|---|\n| 1 | 2 |', flag: true },
  { name: 'task list with payloads', md: '- [ ] <img src=x onerror=alert(1)>\n- [x] [done](javascript:alert(1))', flag: true },
  { name: 'heading with raw html', md: '## <img src=x onerror=alert(1)> Outage', flag: true },
  { name: 'heading with javascript link', md: '### [Status](javascript:alert(1))', flag: true },
  { name: 'heading whose slug looks like a payload', md: '# javascript:alert(1)' },
  { name: 'block quote with payload', md: '> <iframe src=javascript:alert(1)>\n> [x](javascript:alert(1))', flag: true },
  { name: 'list with payload', md: '1. <object data=x></object>\n2. <embed src=x>', flag: true },
  { name: 'footnote with payload', md: 'Text[^1]\n\n[^1]: [x](javascript:alert(1)) <script>alert(1)</script>', flag: true },
  { name: 'strikethrough around payload', md: '~~<script>alert(1)</script>~~', flag: true },
  { name: 'emphasis around link', md: '**[x](javascript:alert(1))**', flag: true },
  { name: 'code span keeps text inert', md: '`<script>alert(1)</script>`' },
  { name: 'fenced code keeps text inert', md: '```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```' },
  { name: 'html block type 7 (custom tag)', md: '<x-evil onclick="alert(1)">\n\npayload', flag: true },
  { name: 'null byte in scheme', md: '[x](java\u0000script:alert(1))' },
];

describe('renderMarkdown sanitises the XSS corpus', () => {
  it('has a corpus of at least 40 vectors', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VECTORS.map((v) => v.name)).size).toBe(VECTORS.length);
  });

  it.each(VECTORS.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    for (const idPrefix of [undefined, 'update-1-']) {
      const html = renderMarkdown(vector.md, idPrefix === undefined ? {} : { idPrefix });
      expect(unsafeParts(html), html).toEqual([]);
      // The raw payload text may survive as escaped text, but never as live markup.
      expect(html).not.toMatch(/<script|<iframe|<svg|<math|<object|<embed|<style|<form|<meta|<base/i);
    }
  });

  it('the assertions would catch unsafe output (self-test of the checker)', () => {
    expect(unsafeParts('<p><script>x</script></p>')).not.toEqual([]);
    expect(unsafeParts('<img src="x" onerror="y">')).not.toEqual([]);
    expect(unsafeParts('<a href=" JaVa\tScRiPt:alert(1)">x</a>')).not.toEqual([]);
    expect(unsafeParts('<a href="&#106;avascript:alert(1)">x</a>')).not.toEqual([]);
    expect(unsafeParts('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).not.toEqual([]);
    expect(
      unsafeParts('<a href="/ok">x</a><a href="#f">y</a><a href="mailto:a@b.c">z</a><a href="tel:+1">t</a><img src="https://x/y.png">'),
    ).toEqual([]);
  });
});

/** Links and images whose URL the renderer removed: `<a>` without href, `<img>` without src. */
function droppedUrls(html: string): number {
  return elements(html).filter(
    (e) =>
      (e.tagName === 'a' && !e.attrs.some((a) => a.name === 'href')) || (e.tagName === 'img' && !e.attrs.some((a) => a.name === 'src')),
  ).length;
}

/** Links an author may well write, whose URL the renderer does not keep. */
const DROPPED_LINKS: Vector[] = [
  { name: 'ftp: link', md: 'Mirror: [ftp.acme.example](ftp://ftp.acme.example/pub)' },
  { name: 'file: link', md: '[the log](file:///var/log/api.log)' },
  { name: 'ssh: link', md: '[bastion](ssh://ops@bastion.acme.example)' },
  { name: 'upper-case HTTPS: link', md: '[status](HTTPS://status.acme.example)' },
  { name: 'capitalised Mailto: link', md: '[write to us](Mailto:support@acme.example)' },
  { name: 'javascript: link', md: '[x](javascript:alert(1))' },
];

describe('checkMarkdownSafety tells the author about every link the renderer drops', () => {
  // The renderer's doc comment: "The renderer removes both anyway; the check tells the author what was lost."
  const cases = [...VECTORS, ...DROPPED_LINKS].filter((v) => droppedUrls(renderMarkdown(v.md)) > 0);
  it('the corpus exercises dropped links', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  it.each(cases.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    const bag = new DiagnosticBag('incidents/x.md');
    checkMarkdownSafety(vector.md, 1, bag);
    expect(
      bag.items.map((d) => d.code),
      `${JSON.stringify(vector.md)} renders as ${renderMarkdown(vector.md).trim()} but is not reported`,
    ).toContain('unsafe-url');
  });
});

describe('renderMarkdown keeps GitHub-flavoured Markdown working', () => {
  it('renders tables as <table>', () => {
    const html = renderMarkdown('| Component | Status |\n|---|:-:|\n| API | Degraded |\n| Email | OK |');
    const tags = elements(html).map((e) => e.tagName);
    expect(tags).toContain('table');
    expect(tags).toContain('thead');
    expect(tags).toContain('tbody');
    expect(tags.filter((t) => t === 'td')).toHaveLength(4);
    expect(tags.filter((t) => t === 'th')).toHaveLength(2);
  });

  it('renders task lists as a ticked or empty box, with the state in words for screen readers', () => {
    const html = renderMarkdown('- [x] Roll back the deploy\n- [ ] Write the report\n- Tell support');
    const list = elements(html).find((e) => e.tagName === 'ul')!;
    expect(attrsOf(list)).toEqual({ class: 'contains-task-list', role: 'list' });
    expect(elements(html).filter((e) => e.tagName === 'input')).toEqual([]);
    const items = elements(html).filter((e) => e.tagName === 'li');
    expect(items.map(parts)).toEqual([
      [['span', { class: 'task-box', 'aria-hidden': 'true' }, '☑'], ' ', ['span', { class: 'sr' }, 'Done:'], ' Roll back the deploy'],
      [['span', { class: 'task-box', 'aria-hidden': 'true' }, '☐'], ' ', ['span', { class: 'sr' }, 'Not done:'], ' Write the report'],
      ['Tell support'],
    ]);
  });

  it('gives the items of loose and nested task lists their state too', () => {
    const html = renderMarkdown('- [x] Roll back\n\n  It took a minute.\n\n- [ ] Fix the cause\n  1. [ ] Find it');
    expect(elements(html).filter((e) => e.tagName === 'input')).toEqual([]);
    expect(
      elements(html)
        .filter((e) => e.tagName === 'span' && attrsOf(e).class === 'sr')
        .map(textOf),
    ).toEqual(['Done:', 'Not done:', 'Not done:']);
    expect(
      elements(html)
        .filter((e) => e.tagName === 'ol' || e.tagName === 'ul')
        .map((l) => attrsOf(l).role),
    ).toEqual(['list', 'list']);
  });

  it('makes code blocks reachable by keyboard and names them, fenced or indented', () => {
    const html = renderMarkdown(
      '```sh\ncurl https://api.acme.example/v2/requests?status=failed\n```\n\n    indented code\n\nAnd `inline` code.',
    );
    const pres = elements(html).filter((e) => e.tagName === 'pre');
    expect(pres.map(attrsOf)).toEqual([
      { tabindex: '0', role: 'group', 'aria-label': 'Code' },
      { tabindex: '0', role: 'group', 'aria-label': 'Code' },
    ]);
    expect(elements(html).filter((e) => e.tagName !== 'pre' && attrsOf(e).tabindex !== undefined)).toEqual([]);
  });

  it('lets no author set, change or remove that focus, role, name or state', () => {
    const html = renderMarkdown(
      '<pre tabindex="-1" role="presentation" aria-label="Click me">x</pre>\n\n<span aria-hidden="true" class="sr">Done:</span>\n\n<input type="checkbox" checked>\n\n- <span class="task-box">☑</span> not a task',
    );
    expect(
      elements(html).filter((e) => e.attrs.some((a) => ['tabindex', 'role', 'aria-label', 'aria-hidden', 'class'].includes(a.name))),
    ).toEqual([]);
    expect(elements(html).map((e) => e.tagName)).toEqual(['p', 'ul', 'li']);
  });

  it('turns bare URLs into links', () => {
    const html = renderMarkdown('Details at https://example.com/incident/42 and www.example.org.');
    const links = elements(html).filter((e) => e.tagName === 'a');
    const hrefs = links.map((a) => a.attrs.find((x) => x.name === 'href')?.value);
    expect(hrefs).toEqual(['https://example.com/incident/42', 'http://www.example.org']);
  });

  it('gives headings ids with the prefix and wraps them in a self-link', () => {
    const html = renderMarkdown('### Root cause\n\ntext\n\n#### What we are doing', { idPrefix: 'update-2026-11-20-14-05-' });
    const headings = elements(html).filter((e) => /^h[1-6]$/.test(e.tagName));
    expect(headings.map((h) => h.attrs.find((a) => a.name === 'id')?.value)).toEqual([
      'update-2026-11-20-14-05-root-cause',
      'update-2026-11-20-14-05-what-we-are-doing',
    ]);
    for (const h of headings) {
      const id = h.attrs.find((a) => a.name === 'id')!.value;
      const children = h.childNodes.filter((c) => !('value' in c && c.nodeName === '#text' && !c.value.trim()));
      expect(children).toHaveLength(1);
      const link = children[0] as Element;
      expect(link.tagName).toBe('a');
      expect(link.attrs.find((a) => a.name === 'href')?.value).toBe(`#${id}`);
    }
  });

  it('gives headings plain slug ids without a prefix', () => {
    const html = renderMarkdown('## Hello World');
    const h = elements(html).find((e) => e.tagName === 'h2')!;
    expect(h.attrs.find((a) => a.name === 'id')?.value).toBe('hello-world');
  });

  it('keeps safe links, mailto and tel', () => {
    const html = renderMarkdown(
      '[a](https://a.example) [b](http://b.example) [c](mailto:ops@acme.example) [d](tel:+15550100) [e](/help) ![f](https://img.example/f.png)',
    );
    const urls = elements(html).flatMap((e) => e.attrs.filter((a) => a.name === 'href' || a.name === 'src').map((a) => a.value));
    expect(urls).toEqual([
      'https://a.example',
      'http://b.example',
      'mailto:ops@acme.example',
      'tel:+15550100',
      '/help',
      'https://img.example/f.png',
    ]);
  });
});

describe('checkMarkdownSafety', () => {
  const check = (md: string, firstLine = 1) => {
    const bag = new DiagnosticBag('incidents/x.md');
    checkMarkdownSafety(md, firstLine, bag);
    return bag.items;
  };

  it('reports raw HTML as a raw-html error on the right file line', () => {
    const items = check('Intro paragraph.\n\n<script>alert(1)</script>\n', 10);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity: 'error', code: 'raw-html', file: 'incidents/x.md', line: 12, column: 1 });
    expect(items[0]!.message).toContain('<script>');
    expect(items[0]!.hint).toBeTruthy();
  });

  it('reports inline raw HTML with its line and column', () => {
    const items = check('one\ntwo <b>bold</b>', 5);
    expect(items.map((d) => d.code)).toEqual(['raw-html', 'raw-html']);
    expect(items[0]).toMatchObject({ line: 6, column: 5 });
    expect(items[0]!.hint).toContain('**bold**');
  });

  it('applies firstLine = 1 as no offset', () => {
    expect(check('<iframe src=x></iframe>', 1)[0]).toMatchObject({ code: 'raw-html', line: 1 });
  });

  it('reports a javascript: link as unsafe-url', () => {
    const items = check('Fine text.\n\nSee [this](javascript:alert(1)).', 20);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity: 'error', code: 'unsafe-url', line: 22 });
    expect(items[0]!.message).toContain('javascript:alert(1)');
  });

  it('reports mixed-case and entity-encoded schemes', () => {
    expect(check('[x](JaVaScRiPt:alert(1))').map((d) => d.code)).toEqual(['unsafe-url']);
    expect(check('[x](&#106;avascript:alert(1))').map((d) => d.code)).toEqual(['unsafe-url']);
    expect(check('![x](data:text/html,hi)').map((d) => d.code)).toEqual(['unsafe-url']);
  });

  it('reports nothing for a safe document', () => {
    const md = [
      '### What happened',
      '',
      'Some **API** requests failed; see [the docs](https://docs.acme.example) or write to <ops@acme.example>.',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 & 2 | x < y |',
      '',
      '- [x] rolled back',
      '',
      '```html',
      '<script>not live</script>',
      '```',
      '',
      'Call [us](tel:+15550100), or go [home](/).',
    ].join('\n');
    expect(check(md, 7)).toEqual([]);
  });

  it('reports nothing for an HTML comment', () => {
    expect(check('Text\n\n<!-- note to self: check the dashboard -->\n\nMore text', 3)).toEqual([]);
    expect(check('Inline <!-- hidden --> comment')).toEqual([]);
  });

  describe('tells the author about every corpus vector whose content is dropped', () => {
    it.each(VECTORS.filter((v) => v.flag).map((v) => [v.name, v] as const))('%s', (_name, vector) => {
      // A picture is also named as shown as a link (a warning); what is dropped is an error.
      const items = check(vector.md, 1).filter((d) => d.code !== 'image-as-link');
      expect(items.length, JSON.stringify(vector.md)).toBeGreaterThan(0);
      for (const d of items) {
        expect(['raw-html', 'unsafe-url']).toContain(d.code);
        expect(d.severity).toBe('error');
        expect(d.line).toBeGreaterThanOrEqual(1);
      }
    });
  });
});
