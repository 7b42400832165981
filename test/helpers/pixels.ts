import type { Locator, Page } from 'playwright-core';

/** An RGB colour, each channel 0–255. */
export type Rgb = [number, number, number];

/** A box on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The colours of the row of pixels across the middle of `box` as Chromium paints it, left to right (one per CSS pixel). */
export async function paintedRow(page: Page, box: Box): Promise<Rgb[]> {
  const clip = { x: box.x, y: Math.floor(box.y + box.height / 2), width: box.width, height: 1 };
  const png = (await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' })).toString('base64');
  // Chromium decodes its own PNG: no image library of ours stands between the pixels and the test.
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const row = context.getImageData(0, 0, img.width, 1).data;
    return Array.from({ length: img.width }, (_, x) => [row[4 * x]!, row[4 * x + 1]!, row[4 * x + 2]!] as [number, number, number]);
  }, png);
}

/** The row of pixels across the middle of an element. */
export async function elementRow(page: Page, element: Locator): Promise<Rgb[]> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error('the element is not shown');
  return paintedRow(page, box);
}

/** Whether two colours are the same but for rounding. */
export function near([r, g, b]: Rgb, [r2, g2, b2]: Rgb): boolean {
  return Math.abs(r - r2) + Math.abs(g - g2) + Math.abs(b - b2) <= 12;
}

/** Where in a row (0 at its left edge, 1 at its right) the pixels of `colour` lie: their first and last. */
export function spanOf(row: Rgb[], colour: Rgb): { from: number; to: number } | undefined {
  const xs = row.flatMap((c, x) => (near(c, colour) ? [x] : []));
  return xs.length === 0 ? undefined : { from: xs[0]! / row.length, to: (xs.at(-1)! + 1) / row.length };
}
