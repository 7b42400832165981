/**
 * Issue 15, right to left: the acme-style fixture built with `locale: ar` (its Arabic catalog) is laid out mirrored, as
 * Chromium lays out its boxes and paints its pixels, and is axe clean; the same site in English is
 * laid out left to right as before. test/e2e/logical-css.test.ts holds the stylesheet to logical properties.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, type OpenOptions } from '../../scripts/lib/browser.ts';
import { browserSite, type BrowserSite } from '../helpers/browser-site.ts';
import { boxes, glyphs } from '../helpers/layout.ts';
import { elementRow, near, paintedRow, spanOf, type Rgb } from '../helpers/pixels.ts';
import { makeSiteFixture, SITE_CONFIG, SITE_NOW } from '../helpers/site-fixture.ts';

const PAGES = {
  home: '',
  incident: 'incidents/2026-11-20-api-errors/',
  'incident with report': 'incidents/2026-11-17-dashboard-outage/',
  maintenance: 'incidents/2026-11-22-dashboard-upgrade/',
  history: 'history/',
  'history page 2': 'history/2/',
  reports: 'reports/',
  component: 'components/dashboard/',
  'not found': 'no-such-page/',
} as const;

const DESKTOP: BrowserContextOptions = { viewport: { width: 1000, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
// The light theme's colours (src/styles/site.css).
const CRITICAL_BAR: Rgb = [0xd1, 0x24, 0x2f];
const MINOR_BAR: Rgb = [0xd4, 0xa7, 0x2c];
const MUTED: Rgb = [0x57, 0x60, 0x6a];

function arabicSite(): string {
  const root = makeSiteFixture();
  writeFileSync(join(root, 'status.config.yaml'), `${SITE_CONFIG}locale: ar\n`);
  return root;
}

const ar = browserSite(arabicSite, SITE_NOW);
const en = browserSite(makeSiteFixture, SITE_NOW);

/** Runs `read` on `path` of `site`, read at the build's time on a desktop unless `options` say otherwise. */
async function onPage<T>(site: BrowserSite, path: string, read: (page: Page) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const { page, errors, close } = await openPage(site.browser, site.url + path, { now: SITE_NOW, ...DESKTOP, ...options });
  try {
    const result = await read(page);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await close();
  }
}

/** The direction of a text's first letter. */
const ownDirection = (text: string) => (/^\P{L}*\p{Script=Arabic}/u.test(text) ? 'rtl' : 'ltr');

describe('the page’s direction', () => {
  it('is right to left for Arabic and left to right for English, on every page', async () => {
    for (const path of Object.values(PAGES)) {
      const read = (page: Page) =>
        page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]);
      expect(await onPage(ar, path, read), path).toEqual(['ar', 'rtl', 'rtl']);
      expect(await onPage(en, path, read), path).toEqual(['en', 'ltr', 'ltr']);
    }
  });
});

describe('the header and the banner', () => {
  const selectors = {
    wrap: 'header.site .wrap',
    brand: '.brand',
    nav: 'header.site nav',
    banner: '.banner',
    icon: '.banner svg',
    text: '.banner span',
  };

  it('put the name and the banner’s icon on the right in Arabic', async () => {
    const b = await onPage(ar, '', (page) => boxes(page, selectors));
    expect(b.brand.right).toBeCloseTo(b.wrap.inner.right, 0);
    expect(b.nav.right).toBeLessThan(b.brand.left);
    expect(b.icon.right).toBeCloseTo(b.banner.inner.right, 0);
    expect(b.text.right).toBeLessThan(b.icon.left);
    expect(b.text.left).toBeGreaterThan(b.banner.inner.left);
  });

  it('put them on the left in English, as before', async () => {
    const b = await onPage(en, '', (page) => boxes(page, selectors));
    expect(b.brand.left).toBeCloseTo(b.wrap.inner.left, 0);
    expect(b.nav.left).toBeGreaterThan(b.brand.right);
    expect(b.icon.left).toBeCloseTo(b.banner.inner.left, 0);
    expect(b.text.left).toBeGreaterThan(b.icon.right);
  });

  it('let the skip link come in from the right in Arabic', async () => {
    const skip = await onPage(ar, '', async (page) => {
      await page.keyboard.press('Tab');
      return page.evaluate(() => [
        document.activeElement!.className,
        document.documentElement.clientWidth - document.activeElement!.getBoundingClientRect().right,
      ]);
    });
    expect(skip).toEqual(['skip', 16]);
  });
});

describe('an incident card', () => {
  const read = (page: Page) =>
    page.evaluate(() => {
      const card = getComputedStyle(document.querySelector('.card.k-major')!);
      return [card.borderRightWidth, card.borderLeftWidth];
    });

  it('has its coloured edge on the right in Arabic and on the left in English', async () => {
    // .35rem, which Chromium draws as 5 whole pixels.
    expect(await onPage(ar, '', read)).toEqual(['5px', '1px']);
    expect(await onPage(en, '', read)).toEqual(['1px', '5px']);
  });

  it('keeps a left-to-right title and time in their own order inside right-to-left text', async () => {
    // The title ends in a quote mark, which right-to-left text would otherwise carry to the far left.
    const title = await onPage(ar, '', (page) => glyphs(page, '.card.k-major h3 a'));
    expect(title.first).toBeLessThan(title.last);
    // A time reads in its own direction, as built and as the page script words it in the page's
    // language whatever the reader's browser speaks: "قبل 40 دقيقة", from right to left.
    const ago = '.card.k-major time[data-f="ago"]';
    for (const javaScriptEnabled of [false, true]) {
      const time = await onPage(ar, '', async (page) => ({ text: (await page.textContent(ago))!, ...(await glyphs(page, ago)) }), {
        javaScriptEnabled,
      });
      expect(time.text).toBe('قبل 40 دقيقة');
      expect(time.first < time.last ? 'ltr' : 'rtl', time.text).toBe(ownDirection(time.text));
    }
  });

  it('lets each paragraph of an update take its own direction', async () => {
    // "Some requests fail. We found the cause and are fixing it." keeps its full stop at its end, on the right.
    const p = await onPage(ar, PAGES.incident, (page) => glyphs(page, 'ol.timeline .prose p'));
    expect(p.first).toBeLessThan(p.last);
  });
});

describe('the timeline', () => {
  const read = (page: Page) =>
    page.evaluate(() => {
      const ol = document.querySelector('ol.timeline')!;
      const s = getComputedStyle(ol);
      const r = ol.getBoundingClientRect();
      const li = ol.querySelector('li')!.getBoundingClientRect();
      const head = ol.querySelector('.uhead')!.getBoundingClientRect();
      return {
        borders: [s.borderRightWidth, s.borderLeftWidth],
        // From the line to the update's heading, on the line's side.
        toHead: s.direction === 'rtl' ? r.right - head.right : head.left - r.left,
        dot: { x: r.left - 12, y: li.top + 5, width: r.width + 24, height: 14 },
        change: ol.querySelector('.changes li')!.textContent,
      };
    });

  it('has its line and dots on the right in Arabic, its arrows pointing left', async () => {
    const t = await onPage(ar, PAGES['incident with report'], async (page) => ({
      ...(await read(page)),
      row: await paintedRow(page, (await read(page)).dot),
    }));
    expect(t.borders).toEqual(['2px', '0px']);
    expect(t.toHead).toBeCloseTo(22, 0);
    // The dot's ring is painted where the line is, on the right, and not on the left.
    expect(t.row.slice(-24).some((c) => near(c, MUTED))).toBe(true);
    expect(t.row.slice(0, 24).some((c) => near(c, MUTED))).toBe(false);
    expect(t.change).toBe('REST API: أداء متراجع ← يعمل بشكل طبيعي');
  });

  it('has them on the left in English, as before', async () => {
    const t = await onPage(en, PAGES['incident with report'], async (page) => ({
      ...(await read(page)),
      row: await paintedRow(page, (await read(page)).dot),
    }));
    expect(t.borders).toEqual(['0px', '2px']);
    expect(t.toHead).toBeCloseTo(22, 0);
    expect(t.row.slice(0, 24).some((c) => near(c, MUTED))).toBe(true);
    expect(t.row.slice(-24).some((c) => near(c, MUTED))).toBe(false);
    expect(t.change).toBe('REST API: degraded performance → operational');
  });
});

describe('the home page’s uptime bars', () => {
  const spans = (page: Page) =>
    Promise.all([
      elementRow(page, page.locator('a.strip[href$="components/dashboard/#uptime"]')).then((row) => spanOf(row, CRITICAL_BAR)),
      elementRow(page, page.locator('a.strip[href$="components/email/#uptime"]')).then((row) => spanOf(row, MINOR_BAR)),
    ]);

  it('read from the oldest day on the right to today on the left in Arabic: the English bar mirrored', async () => {
    const [[outageEn, slowEn], [outageAr, slowAr]] = [await onPage(en, '', spans), await onPage(ar, '', spans)];
    // The dashboard's outage three days ago is near today; the email's slow days in September are old.
    expect(outageEn!.from).toBeGreaterThan(0.9);
    expect(slowEn!.to).toBeLessThan(0.6);
    expect(outageAr!.to).toBeLessThan(0.1);
    expect(slowAr!.from).toBeGreaterThan(0.4);
    expect(outageAr!.from).toBeCloseTo(1 - outageEn!.to, 2);
    expect(outageAr!.to).toBeCloseTo(1 - outageEn!.from, 2);
    expect(slowAr!.from).toBeCloseTo(1 - slowEn!.to, 2);
  });
});

describe('the component page’s day marks', () => {
  const read = (page: Page) =>
    page.evaluate(() => {
      const bar = document.querySelector('ol.bar')!.getBoundingClientRect();
      const days = [...document.querySelectorAll('ol.bar > li')].map((li) => li.getBoundingClientRect());
      const outage = document.querySelector('ol.bar .l-critical')!.getBoundingClientRect();
      const legend = [...document.querySelectorAll('.barlegend span')].map((s) => s.getBoundingClientRect());
      return {
        count: days.length,
        oldest: (days[0]!.left - bar.left) / bar.width,
        today: (days.at(-1)!.left - bar.left) / bar.width,
        outage: (outage.left - bar.left) / bar.width,
        legendReadsRightToLeft: legend[0]!.left > legend[2]!.left,
      };
    });

  it('read right to left in Arabic, the oldest day on the right', async () => {
    const d = await onPage(ar, PAGES.component, read);
    expect(d.count).toBe(90);
    expect(d.oldest).toBeGreaterThan(0.98);
    expect(d.today).toBeLessThan(0.01);
    expect(d.outage).toBeLessThan(0.05);
    expect(d.legendReadsRightToLeft).toBe(true);
  });

  it('read left to right in English, as before', async () => {
    const d = await onPage(en, PAGES.component, read);
    expect(d.oldest).toBeLessThan(0.01);
    expect(d.today).toBeGreaterThan(0.98);
    expect(d.outage).toBeGreaterThan(0.95);
    expect(d.legendReadsRightToLeft).toBe(false);
  });

  it('show each day’s tooltip inside the bar at either end, without scrolling the page sideways', async () => {
    for (const site of [ar, en]) {
      await onPage(site, PAGES.component, async (page) => {
        for (const day of ['first-child', 'last-child', 'nth-child(45)']) {
          await page.hover(`ol.bar > li:${day}`);
          const b = await boxes(page, { bar: 'ol.bar', tip: `ol.bar > li:${day} .tip` });
          expect(b.tip.left, day).toBeGreaterThanOrEqual(b.bar.left - 0.5);
          expect(b.tip.right, day).toBeLessThanOrEqual(b.bar.right + 0.5);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), day).toBeLessThanOrEqual(1000);
        }
      });
    }
  });
});

describe('the pager', () => {
  const read = (page: Page) =>
    page.evaluate(() => {
      const pager = document.querySelector('nav.pager')!.getBoundingClientRect();
      const a = document.querySelector<HTMLAnchorElement>('nav.pager a')!;
      const r = a.getBoundingClientRect();
      return { text: a.textContent, side: r.left - pager.left < pager.right - r.right ? 'left' : 'right' };
    });

  it('points outwards on either side: older (الأقدم) on the left in Arabic, newer (الأحدث) on the right', async () => {
    expect(await onPage(ar, PAGES.history, read)).toEqual({ text: 'الأقدم ←', side: 'left' });
    expect(await onPage(ar, PAGES['history page 2'], read)).toEqual({ text: '→ الأحدث', side: 'right' });
    expect(await onPage(en, PAGES.history, read)).toEqual({ text: 'Older →', side: 'right' });
    expect(await onPage(en, PAGES['history page 2'], read)).toEqual({ text: '← Newer', side: 'left' });
  });
});

describe('the incident page’s title', () => {
  it('stays on the right in Arabic while a left-to-right title keeps its own order', async () => {
    const t = await onPage(ar, PAGES.incident, async (page) => ({
      ...(await boxes(page, { main: 'main' })),
      glyphs: await glyphs(page, 'main h1'),
    }));
    expect(t.glyphs.first).toBeLessThan(t.glyphs.last);
    expect(t.glyphs.right).toBeCloseTo(t.main.inner.right, 0);
  });
});

describe('a phone in Arabic', () => {
  it('puts each component’s status under its name, on the right', async () => {
    const b = await onPage(ar, '', (page) => boxes(page, { name: '.crow .name', pill: '.crow .pill' }), PHONE);
    expect(b.pill.right).toBeCloseTo(b.name.right, 0);
    expect(b.pill.top).toBeGreaterThan(b.name.top);
  });
});

describe.each(Object.entries(PAGES))('the Arabic %s page', (_name, path) => {
  it('has no axe violations in light and dark, nor at phone width, where nothing scrolls sideways', async () => {
    await onPage(ar, path, async (page) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
    await onPage(
      ar,
      path,
      async (page) => {
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      },
      PHONE,
    );
  });
});
