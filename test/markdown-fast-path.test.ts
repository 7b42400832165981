import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText, parseMarkdown, plainParagraphs, renderMarkdown } from '../src/core/content/markdown/markdown.ts';

// The full pipeline, bypassing the shortcut (an id prefix never matters for plain paragraphs,
// but a fresh prefix keeps the memo from answering with the shortcut's own result).
let n = 0;
const full = (md: string) => renderMarkdown(`${md}\n\n## x`, { idPrefix: `p${n++}-` }).replace(/\n?<h2[\s\S]*$/, '');

const plain = fc.constantFrom(
  'Some',
  'requests',
  'fail',
  'with',
  'errors.',
  'Retrying',
  'usually',
  'succeeds.',
  'Next',
  'update',
  'by',
  '14:35',
  'UTC.',
  '(about',
  '20%)',
  'e.g.',
  'we’re',
  '"quoted"',
  "it's",
  'A',
  'a',
  '1',
  'Ünïcödé',
  '🚚',
  'سلام',
  '%',
  ';',
  ':',
  ',',
  '?',
);
const special = fc.constantFrom(
  '-',
  '1.',
  '2)',
  '*',
  '_',
  '#',
  '>',
  '<b>',
  '&amp;',
  'https://x.example',
  'www.x.example',
  'a@b.example',
  '`code`',
  '[link](x)',
  '~~x~~',
  '|',
  '---',
  '===',
  '    ',
  '\t',
  '\\',
  '!',
  '$',
  '{',
  '}',
  '^',
  '+',
  '=',
);

function docOf(words: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const line = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  const paragraph = fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\n', '  \n', ' \n')), { minLength: 1, maxLength: 3 })
    .map((lines) => lines.map(([l, sep], i) => (i < lines.length - 1 ? l + sep : l)).join(''));
  return fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join('\n\n'));
}

// Half the documents are plain (the shortcut must answer them right), half mix in Markdown.
const doc = fc.oneof(docOf(plain), docOf(fc.oneof(plain, special)));

describe('the plain-paragraph shortcut', () => {
  it('takes plain sentences', () => {
    expect(plainParagraphs('Some requests fail. Retrying usually succeeds.\n\nNext update by 14:35 UTC.')).toBe(
      '<p>Some requests fail. Retrying usually succeeds.</p>\n<p>Next update by 14:35 UTC.</p>',
    );
  });

  it.each([
    '- a list',
    '**bold**',
    'a <b>tag</b>',
    'see https://x.example',
    '# heading',
    'a & b',
    'line  \nbreak',
    '1. item',
    'x\n===',
    '    code',
  ])('leaves %j to the full pipeline', (md) => {
    expect(plainParagraphs(md)).toBeUndefined();
  });

  it('gives exactly what the full pipeline gives, whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(doc, (md) => {
        const fast = plainParagraphs(md);
        if (fast === undefined) return;
        answered++;
        expect(fast).toBe(full(md));
      }),
      { numRuns: 3000 },
    );
    // The property must exercise the shortcut, not only the cases it declines.
    expect(answered).toBeGreaterThan(100);
  });

  it('gives plain text equal to the full parse of the same Markdown', () => {
    // The parse-based reading of a tree's text, as markdownToText does it for anything not plain.
    const parsedText = (md: string) => {
      const parts: string[] = [];
      const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
        if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value!);
        else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'break') parts.push(' ');
        for (const c of (node.children ?? []) as never[]) walk(c);
      };
      walk(parseMarkdown(md));
      return parts.join('').replace(/\s+/g, ' ').trim();
    };
    let answered = 0;
    fc.assert(
      fc.property(docOf(plain), (md) => {
        if (plainParagraphs(md) === undefined) return;
        answered++;
        expect(markdownToText(md)).toBe(parsedText(md));
      }),
      { numRuns: 1000 },
    );
    expect(answered).toBeGreaterThan(100);
  });

  it('agrees with the full pipeline on the demo content', async () => {
    const { loadContentRoot } = await import('../src/core/content/load.ts');
    const content = loadContentRoot('.');
    let answered = 0;
    for (const i of content.incidents) {
      for (const u of i.updates) {
        const fast = plainParagraphs(u.markdown);
        if (fast === undefined) continue;
        answered++;
        expect(fast).toBe(full(u.markdown));
      }
    }
    expect(answered).toBeGreaterThan(20);
  });
});
