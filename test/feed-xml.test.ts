import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdata, el, writeXml } from '../src/core/outputs/feeds/xml.ts';
import { xmlChars } from '../src/core/shared/text-safety.ts';
import { assertWellFormedXml } from './helpers/outputs.ts';

/**
 * The feeds' XML writer: whatever the text, a parser reads back exactly what went in. (The feeds
 * themselves are read back by three independent readers in `feed-text.test.ts`; here a strict DOM
 * parser is used because fast-xml-parser leaves character references such as `&#9;` undecoded.)
 */

const parser = new DOMParser({
  onError: (level, message) => {
    if (level !== 'warning') throw new Error(message);
  },
});

/** One value written as an attribute, as text and as CDATA, read back by an XML parser. */
function roundTrip(value: string): { attribute: string; text: string; cdata: string } {
  const xml = writeXml(el('root', {}, [el('t', { value }, [value]), el('c', {}, [cdata(value)])]), {});
  assertWellFormedXml(xml);
  const root = parser.parseFromString(xml, 'text/xml').documentElement!;
  const [t, c] = [root.getElementsByTagName('t')[0]!, root.getElementsByTagName('c')[0]!];
  return { attribute: t.getAttribute('value') ?? '', text: t.textContent ?? '', cdata: c.textContent ?? '' };
}

const CASES: [string, string][] = [
  ['an ampersand', 'Webhooks & «émojis» ✅'],
  ['an escaped-looking ampersand, kept literal', 'Tom &amp; Jerry &lt;b&gt; &#38; &#x26;'],
  ['markup characters and quotes', `<b class="x">'quoted'</b> > "double"`],
  ['a CDATA end', 'a ]]> b'],
  ['CDATA ends back to back, first and last', ']]>]]>middle]]>'],
  ['brackets that are not a CDATA end', '] ]] ]>] [[ ]]]'],
  ['scripts and emoji', 'مرحبا שלום 你好 こんにちは Привет 🚀👩‍👩‍👧'],
  ['tabs and line feeds', 'one\ttwo\nthree'],
  ['nothing', ''],
];

describe('writeXml', () => {
  for (const [name, value] of CASES) {
    it(`round-trips ${name} in attributes, text and CDATA`, () => {
      expect(roundTrip(value)).toEqual({ attribute: value, text: value, cdata: value });
    });
  }

  it('drops the characters XML 1.0 cannot carry, everywhere, and keeps the rest', () => {
    expect(roundTrip('bell\u0007 escape\u001b ok')).toEqual({
      attribute: 'bell escape ok',
      text: 'bell escape ok',
      cdata: 'bell escape ok',
    });
  });

  it('round-trips any text (a bare carriage return aside, which XML parsers read as a line feed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const value = xmlChars(raw).replaceAll('\r', '');
        expect(roundTrip(value)).toEqual({ attribute: value, text: value, cdata: value });
      }),
      { numRuns: 300 },
    );
  });

  it('declares namespaces on the root and indents elements that hold only elements', () => {
    const xml = writeXml(
      el('rss', { version: '2.0' }, [
        el('channel', {}, [el('title', {}, ['A & B']), el('atom:link', { href: 'https://x.example/?a=1&b=2' })]),
      ]),
      {
        atom: 'http://www.w3.org/2005/Atom',
      },
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '    <channel>',
        '        <title>A &amp; B</title>',
        '        <atom:link href="https://x.example/?a=1&amp;b=2"/>',
        '    </channel>',
        '</rss>',
      ].join('\n'),
    );
  });

  it('refuses an element whose prefix has no namespace', () => {
    expect(() => writeXml(el('rss', {}, [el('dc:creator')]), {})).toThrow('no namespace declared for "dc:creator"');
  });
});
