import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  right: number;
  top: number;
  width: number;
}

/** The border boxes of the first element each selector finds, and its content box's left and right. */
export function boxes<K extends string>(
  page: Page,
  selectors: Record<K, string>,
): Promise<Record<K, Rect & { inner: { left: number; right: number } }>> {
  return page.evaluate(
    (selectors: Record<string, string>) => {
      const out: Record<string, unknown> = {};
      for (const [name, selector] of Object.entries(selectors)) {
        const e = document.querySelector(selector);
        if (!e) throw new Error(`nothing matches ${selector}`);
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        const side = (p: 'Left' | 'Right') => parseFloat(s[`border${p}Width`]) + parseFloat(s[`padding${p}`]);
        out[name] = {
          left: r.left,
          right: r.right,
          top: r.top,
          width: r.width,
          inner: { left: r.left + side('Left'), right: r.right - side('Right') },
        };
      }
      return out as never;
    },
    selectors as Record<string, string>,
  );
}

/** Where the first and the last character of an element's text are drawn (their left edges), and where the text ends on the right. */
export function glyphs(page: Page, selector: string): Promise<{ first: number; last: number; right: number }> {
  return page.evaluate((selector) => {
    const text = document.querySelector(selector)!.firstChild as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const all = document.createRange();
    all.selectNodeContents(text);
    return { first: at(0), last: at(text.data.length - 1), right: all.getBoundingClientRect().right };
  }, selector);
}
