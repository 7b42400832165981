import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/core/diagnostics/diagnostics.ts';
import { checkMarkdownSafety, renderMarkdown } from '../src/core/content/markdown/markdown.ts';

const page = (md: string) => load(renderMarkdown(md));

describe('pictures in Markdown', () => {
  it.each([
    [
      'an https picture',
      'See ![graph of error rates](https://cdn.example/g.png).',
      'https://cdn.example/g.png',
      'Image: graph of error rates',
    ],
    ['a scheme-relative one', '![logo](//evil.example/x.png)', '//evil.example/x.png', 'Image: logo'],
    ['one without words', '![](https://cdn.example/g.png)', 'https://cdn.example/g.png', 'Image: picture'],
    ['a reference', '![pic][r]\n\n[r]: https://x.example/p.png', 'https://x.example/p.png', 'Image: pic'],
    ['a path on the site', '![map](/images/map.png)', '/images/map.png', 'Image: map'],
  ])('are never embedded, so the page loads nothing: %s becomes a link named by its words', (_, md, href, text) => {
    const $ = page(md);
    expect($('img').length).toBe(0);
    expect($('a').attr('href')).toBe(href);
    expect($('a').text()).toBe(text);
  });

  it('inside a link, add their words to it rather than nest a second link', () => {
    const $ = page('[![status](https://a.example/i.png)](https://b.example/)');
    expect($('img').length).toBe(0);
    expect($('a').length).toBe(1);
    expect($('a').attr('href')).toBe('https://b.example/');
    expect($('a').text()).toBe('Image: status');
  });

  it('with a scheme the sanitiser refuses keep only their words', () => {
    const $ = page('![x](javascript:alert(1))');
    expect($('img, a').length).toBe(0);
    expect($('p').text()).toBe('Image: x');
  });

  it('are named by `npm run check`, which says what the reader gets and what to write', () => {
    const bag = new DiagnosticBag('incidents/a.md');
    checkMarkdownSafety('Latest graph:\n\n![graph of error rates](https://cdn.example/g.png)\n\n![](https://cdn.example/h.png)', 10, bag);
    expect(bag.items.map((d) => [d.severity, d.code, d.line, d.column, d.message, d.hint])).toEqual([
      [
        'warning',
        'image-as-link',
        12,
        1,
        'the picture "graph of error rates" is shown as a link, not in the page: a status page loads nothing from another host',
        'nothing to fix if a link will do; or describe the picture in words instead',
      ],
      [
        'warning',
        'image-as-link',
        14,
        1,
        'the picture is shown as a link, not in the page: a status page loads nothing from another host',
        'say what the picture shows between the brackets, e.g. ![graph of error rates](https://…): the link reads "Image: graph of error rates"',
      ],
    ]);
  });
});
