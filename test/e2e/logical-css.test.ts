/**
 * The stylesheet mirrors under dir="rtl" (issue 15) because it names no side: every margin, padding,
 * border and offset is logical (inline-start, inline-end), or the same on the left and the right.
 * Read by Chromium's own CSS parser, as the site ships it.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { withoutComments } from '../../src/lib/css-comments.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The rules of `css` that set one side and not the other (`selector { property }`), except rules for one direction. */
async function onesided(css: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent('<style></style>');
    await page.evaluate((css) => {
      document.querySelector('style')!.textContent = css;
    }, css);
    return await page.evaluate(() => {
      const found = new Set<string>();
      const mirror = (property: string) => property.replace(/left|right/, (side) => (side === 'left' ? 'right' : 'left'));
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) visit(rule.cssRules);
          if (!(rule instanceof CSSStyleRule) || /^\[dir=/.test(rule.selectorText)) continue;
          const style = rule.style;
          // Longhands catch a lopsided shorthand (margin: 0 1rem 0 0); with var() in it a shorthand's longhands
          // read empty, so the declarations as written catch border-left: 2px solid var(--line).
          const written = style.cssText.split(';').map((d) => d.split(':')[0]!.trim());
          for (const property of new Set([...Array.from(style), ...written])) {
            const other = mirror(property);
            const lopsided =
              style.getPropertyValue(property) !== style.getPropertyValue(other) ||
              (written.includes(property) && !written.includes(other));
            if (other !== property && lopsided) found.add(`${rule.selectorText} { ${property} }`);
          }
          for (const property of ['text-align', 'float', 'clear'])
            if (/left|right/.test(style.getPropertyValue(property))) found.add(`${rule.selectorText} { ${property} }`);
        }
      };
      visit(document.styleSheets[0]!.cssRules);
      return [...found];
    });
  } finally {
    await page.close();
  }
}

describe('the stylesheet', () => {
  it('gives no rule a side of its own, unless the rule is for one direction', async () => {
    // The one exception centres a tooltip over its day (left: 50%, then back by half its width): the same either way.
    expect(await onesided(withoutComments(readFileSync('src/styles/site.css', 'utf8')))).toEqual([
      '.bar > li:hover .tip, .bar > li:focus-within .tip { left }',
    ]);
  });

  it('finds a side however it is written', async () => {
    const css = [
      '.a { border-left: 2px solid var(--line); }',
      '.b { margin: 0 1rem 0 0; }',
      '.c { inset: 0 auto 0 0; text-align: left; }',
      '.d { padding: 0 1rem; margin-inline-start: 1rem; float: inline-start; }',
      '[dir="rtl"] .e { text-align: right; }',
      '@media (max-width: 30rem) { .f { padding-right: 1rem; } }',
    ].join('\n');
    expect(await onesided(css)).toEqual([
      '.a { border-left }',
      '.b { margin-right }',
      '.b { margin-left }',
      '.c { right }',
      '.c { left }',
      '.c { text-align }',
      '.f { padding-right }',
    ]);
  });
});
