import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/core/content/markdown/markdown.ts';

/** Every in-page reference of some rendered HTML, and whether an element with that id is there. */
function references(html: string): { ref: string; found: boolean }[] {
  const $ = load(html);
  const ids = new Set(
    $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get(),
  );
  const refs = [
    ...$('a[href^="#"]')
      .map((_, el) => decodeURIComponent($(el).attr('href')!.slice(1)))
      .get(),
    ...$('[aria-describedby]')
      .map((_, el) => $(el).attr('aria-describedby')!.split(/\s+/))
      .get(),
  ];
  return refs.map((ref) => ({ ref, found: ids.has(ref) }));
}

const TEXT =
  'Delayed for 40 minutes.[^import] See [the timeline](#timeline).\n\n### Timeline\n- 10:00 Delayed\n\n[^import]: The import job reads carrier events every minute.';

describe('links within a rendered text', () => {
  it.each([
    ['an update', 'update-2026-11-18-10-00-'],
    ['a report', 'report-'],
    ['text without a prefix', ''],
  ])('in %s, footnote references, back-references and links to headings all reach their target', (_, idPrefix) => {
    const html = renderMarkdown(TEXT, { idPrefix });
    const refs = references(html);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    expect(refs.filter((r) => !r.found)).toEqual([]);
    expect(refs.every((r) => r.ref.startsWith(idPrefix))).toBe(true);
  });

  it('keep two updates’ footnotes apart on one page', () => {
    const page = load(
      `${renderMarkdown('a[^1]\n\n[^1]: first', { idPrefix: 'u1-' })}${renderMarkdown('b[^1]\n\n[^1]: second', { idPrefix: 'u2-' })}`,
    );
    const ids = page('[id]')
      .map((_, el) => page(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    const second = page('sup a').eq(1).attr('href')!.slice(1);
    expect(page(`[id="${second}"]`).text()).toContain('second');
  });
});
