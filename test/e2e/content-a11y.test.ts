/**
 * Issue 10's done-when: every page type, on content that carries a code block with a long line, a
 * task list, a table and long words, is axe clean in light and dark and fits a 360 px phone. The
 * site is the shared browser fixture with such incidents added, and components whose names and
 * descriptions differ in length.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { axeViolations, openPage } from '../../scripts/lib/browser.ts';
import { browserSite } from '../helpers/browser-site.ts';
import { makeSiteFixture, SITE_CONFIG, SITE_NOW } from '../helpers/site-fixture.ts';

const LONG_URL = 'https://docs.acme.example/api/v2/labels/errors/upstream-connection-reset';
const COMPOUND = 'Paketzustellungsunterbrechungsbenachrichtigungsdienstleistung';
const TOKEN = 'ERR_LABEL_RENDERER_UPSTREAM_CONNECTION_RESET_DURING_TLS_HANDSHAKE';
const FENCE = '```';

const LABEL_ERRORS = `---
title: Labels fail with ${TOKEN}
impact: minor
components: { labels: degraded_performance }
---
## 2026-11-20 14:20 UTC · Identified
Some label requests fail with this error:

${FENCE}json
{"error":"${TOKEN}","message":"The label service closed the connection before the label was made.","request_id":"req_8f3a2c91d04b4e6fa1c2"}
${FENCE}

| Format | Requests that fail | Since |
|---|---|---|
| PDF | 4% | 13:55 UTC |
| ZPL | 11% | 13:55 UTC |

Labels for Germany show the notice ${COMPOUND}. Details: ${LONG_URL}

## 2026-11-20 14:00 UTC · Investigating
Some label requests fail.
`;

const TRACKING_REPORT = `---
title: Delayed tracking updates
impact: major
components: { labels: partial_outage }
---
## 2026-11-18 10:40 UTC · Resolved
Tracking updates are current again.

## 2026-11-18 10:00 UTC · Investigating
Tracking updates are delayed.

## Post-incident report
### Summary
Tracking updates were delayed for 40 minutes.[^import]

[^import]: The import job reads carrier events every minute.

### Next steps
- [x] Restart the stuck import job (done at 10:35 UTC).
- [ ] Alert the on-call engineer when imports stop for five minutes.

### Support
List the events that came late with:

${FENCE}sh
curl --header "Authorization: Bearer $API_KEY" "https://api.acme.example/v2/tracking/events?from=2026-11-18T10:00:00Z&to=2026-11-18T10:40:00Z&status=delayed"
${FENCE}
`;

/** The fixture's components, with descriptions of every length and a long name, as on a real page. */
function config(): string {
  const c = parse(SITE_CONFIG) as { components: { id: string; name: string; group?: string; description?: string }[] };
  const byId = new Map(c.components.map((x) => [x.id, x]));
  byId.get('api')!.description = 'Public API';
  byId.get('dashboard')!.description = 'The web app where you create shipments, print labels in bulk and manage your account';
  c.components.push({
    id: 'labels',
    name: 'Label rendering for every carrier and format',
    group: 'Shipping',
    description: 'PDF and ZPL shipping labels',
  });
  return stringify(c);
}

function contentRoot(): string {
  const root = makeSiteFixture();
  writeFileSync(join(root, 'status.config.yaml'), config());
  writeFileSync(join(root, 'incidents/2026-11-20-label-errors.md'), LABEL_ERRORS);
  writeFileSync(join(root, 'incidents/2026-11-18-tracking-delays.md'), TRACKING_REPORT);
  return root;
}

const PAGES = {
  home: '',
  incident: 'incidents/2026-11-20-label-errors/',
  'incident with report': 'incidents/2026-11-18-tracking-delays/',
  maintenance: 'incidents/2026-11-22-dashboard-upgrade/',
  history: 'history/',
  'history page 2': 'history/2/',
  reports: 'reports/',
  component: 'components/labels/',
  'not found': 'no-such-page/',
} as const;

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

it('holds a URL of at least 60 characters, as the issue asks', () => {
  expect(LONG_URL.length).toBeGreaterThanOrEqual(60);
});

const site = browserSite(contentRoot, SITE_NOW);

const open = (path: string, options: BrowserContextOptions = {}) => openPage(site.browser, site.url + path, options);

/** How far below the header's rule the first thing in `main`, and its first heading (or the banner), start. */
function gapsBelowHeader(page: Page): Promise<{ first: number; heading: number }> {
  return page.evaluate(() => {
    const rule = document.querySelector('header.site')!.getBoundingClientRect().bottom;
    const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top - rule;
    return { first: top('main > :first-child'), heading: top('main h1') };
  });
}

describe.each(Object.entries(PAGES))('%s page', (name, path) => {
  it('has no axe violations, in light and dark', async () => {
    const { page, errors, close } = await open(path);
    if (name !== 'not found') expect(await page.locator('main h1').first().textContent()).not.toBe('Page not found');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a 360 px phone: long words wrap, nothing scrolls the page sideways, and axe is clean', async () => {
    const { page, close } = await open(path, PHONE);
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const { scrollWidth, clientWidth } = document.scrollingElement!;
      return { scrollWidth, clientWidth };
    });
    expect(clientWidth).toBe(360);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('leaves room between the header rule and the page heading or banner', async () => {
    for (const options of [{}, PHONE]) {
      const { page, close } = await open(path, options);
      const gaps = await gapsBelowHeader(page);
      expect(gaps.first, JSON.stringify(options)).toBeGreaterThanOrEqual(16);
      expect(gaps.heading, JSON.stringify(options)).toBeGreaterThanOrEqual(16);
      await close();
    }
  });
});

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** Chromium's accessibility tree (what a screen reader is given) for the elements `selector` matches. */
async function accessibilityNodes(cdp: CDPSession, selector: string): Promise<{ node: AXNode; text: string }[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // Each text run, in order, apart: a screen reader reads runs from separate elements as separate words.
  const text = (n: AXNode): string =>
    n.role?.value === 'StaticText'
      ? n.ignored
        ? ''
        : String(n.name?.value ?? '')
      : (n.childIds ?? []).map((id) => text(byId.get(id)!)).join(' ');
  const out: { node: AXNode; text: string }[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const ax = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId)!;
    out.push({ node: ax, text: text(ax).replace(/\s+/g, ' ').trim() });
  }
  return out;
}

describe('code blocks', () => {
  it('scroll inside themselves on a phone, and the keyboard reaches and scrolls them', async () => {
    const { page, close } = await open(PAGES['incident with report'], PHONE);
    const pre = page.locator('main pre');
    expect(await pre.count()).toBe(1);
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    let tabs = 0;
    while (!(await pre.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      expect(++tabs, 'Tab never reached the code block').toBeLessThan(200);
    }
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated.
    await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await close();
  });

  it('are a group named "Code" for screen readers', async () => {
    const { page, close } = await open(PAGES.incident);
    const [code] = await accessibilityNodes(await page.context().newCDPSession(page), 'main pre');
    expect(code!.node.role?.value).toBe('group');
    expect(code!.node.name?.value).toBe('Code');
    expect(code!.node.properties?.find((p) => p.name === 'focusable')?.value.value).toBe(true);
    expect(code!.text).toContain(`"error":"${TOKEN}"`);
    await close();
  });
});

describe('tables', () => {
  it('scroll inside a box of their own on a phone, with no word broken mid-letter, and the keyboard reaches the box', async () => {
    const { page, close } = await open(PAGES.incident, PHONE);
    const box = page.locator('main .table-scroll');
    expect(await box.count()).toBe(1);
    // Every one-word cell stands on one line: the cells wrap at spaces only.
    const lines = await box.locator('th, td').evaluateAll((cells) =>
      cells
        .filter((c) => !/\s/.test(c.textContent.trim()))
        .map((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return [c.textContent.trim(), range.getClientRects().length];
        }),
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    let tabs = 0;
    while (!(await box.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      expect(++tabs, 'Tab never reached the table').toBeLessThan(200);
    }
    const [node] = await accessibilityNodes(await page.context().newCDPSession(page), 'main .table-scroll');
    expect([node!.node.role?.value, node!.node.name?.value]).toEqual(['group', 'Table']);
    expect(await page.locator('main table').evaluate((t) => getComputedStyle(t).display)).toBe('table');
    await close();
  });
});

describe('footnotes', () => {
  it('keep their "Footnotes" heading for screen readers only, and link both ways', async () => {
    const { page, close } = await open(PAGES['incident with report']);
    const label = page.locator('main #report-footnote-label, main [id$="footnote-label"]').first();
    expect(await label.textContent()).toBe('Footnotes');
    const box = await label.boundingBox();
    expect(box && box.width * box.height).toBeLessThanOrEqual(1);
    const ref = page.locator('main sup a[data-footnote-ref]');
    const target = (await ref.getAttribute('href'))!;
    expect(await page.evaluate((id) => document.getElementById(id)?.innerText, decodeURIComponent(target.slice(1)))).toContain(
      'The import job reads carrier events every minute.',
    );
    await close();
  });
});

describe('task lists', () => {
  const ITEMS = ['Restart the stuck import job (done at 10:35 UTC).', 'Alert the on-call engineer when imports stop for five minutes.'];

  it('read "Done" or "Not done" before each step, with no checkbox', async () => {
    const { page, close } = await open(PAGES['incident with report']);
    const cdp = await page.context().newCDPSession(page);
    const items = await accessibilityNodes(cdp, 'main li.task-list-item');
    expect(items.map((i) => [i.node.role?.value, i.text])).toEqual([
      ['listitem', `Done: ${ITEMS[0]}`],
      ['listitem', `Not done: ${ITEMS[1]}`],
    ]);
    expect(await page.locator('main input').count()).toBe(0);
    expect((await accessibilityNodes(cdp, 'main ul.contains-task-list')).map((l) => l.node.role?.value)).toEqual(['list']);
    await close();
  });

  it('show a box, ticked or not, instead of a bullet', async () => {
    const { page, close } = await open(PAGES['incident with report']);
    const items = page.locator('main li.task-list-item');
    expect(await items.evaluateAll((li) => li.map((el) => getComputedStyle(el).listStyleType))).toEqual(['none', 'none']);
    const boxes = await items.evaluateAll((li) =>
      li.map((el) => {
        const box = el.querySelector('[aria-hidden="true"]');
        const { width, left } = box?.getBoundingClientRect() ?? { width: 0, left: 0 };
        return { box: box?.textContent, shown: width > 4, beforeText: left < el.getBoundingClientRect().left };
      }),
    );
    // The box hangs where the bullet was, so the text lines up with a plain list's.
    expect(boxes).toEqual([
      { box: '☑', shown: true, beforeText: true },
      { box: '☐', shown: true, beforeText: true },
    ]);
    await close();
  });

  it('say their state in words without the stylesheet too', async () => {
    const context = await site.browser.newContext();
    await context.route('**/*.css', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.url + PAGES['incident with report']);
    const texts = await page.locator('main li.task-list-item').evaluateAll((li) => li.map((el) => (el as HTMLElement).innerText));
    expect(texts).toEqual([`☑ Done: ${ITEMS[0]}`, `☐ Not done: ${ITEMS[1]}`]);
    await context.close();
  });
});

interface PillPlace {
  name: string;
  /** From the row's top, and from the left and right edges of its content box. */
  top: number;
  left: number;
  right: number;
  /** From the bottom of the name and description above it (rows only; negative when beside them). */
  belowText?: number;
  /** Whether its middle is on the name's first line. */
  onNameLine: boolean;
}

/** Where each component row, and each group heading, puts its status pill. */
function pillPlaces(page: Page): Promise<PillPlace[]> {
  return page.locator('.components .crow, .group > h3').evaluateAll((rows) =>
    rows.map((row) => {
      const pill = row.querySelector('.pill')!;
      const at = pill.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      const style = getComputedStyle(row);
      // A group's name is the heading's own text; a component's is its link.
      const name = document.createRange();
      name.selectNodeContents(row.querySelector('.name') ?? row.firstChild!);
      const line = name.getClientRects()[0]!;
      const text = [...row.querySelectorAll('.name, .cdesc')].map((el) => el.getBoundingClientRect().bottom);
      return {
        name: name.toString().trim(),
        top: Math.round(at.top - box.top),
        left: Math.round(at.left - box.left - parseFloat(style.paddingLeft)),
        right: Math.round(box.right - parseFloat(style.paddingRight) - at.right),
        ...(text.length ? { belowText: Math.round(at.top - Math.max(...text)) } : {}),
        onNameLine: Math.abs(at.top + at.height / 2 - (line.top + line.height / 2)) <= 4,
      };
    }),
  );
}

describe('status pills of components and groups', () => {
  const NAMES = ['Platform', 'REST API', 'Dashboard', 'Email delivery', 'Shipping', 'Label rendering for every carrier and format'];

  it('sit the same way in every row on a 360 px phone: under the name and description, at the left', async () => {
    const { page, close } = await open(PAGES.home, PHONE);
    const places = await pillPlaces(page);
    expect(places.map((p) => p.name).sort()).toEqual([...NAMES].sort());
    const rows = places.filter((p) => p.name !== 'Platform' && p.name !== 'Shipping');
    for (const p of places) expect(p, p.name).toMatchObject({ left: 0, onNameLine: false });
    for (const p of rows) expect(p.belowText, p.name).toBe(rows[0]!.belowText);
    expect(rows[0]!.belowText).toBeGreaterThanOrEqual(0);
    await close();
  });

  it("sit the same way in every row on a wide screen: on the name's line, at the right", async () => {
    const { page, close } = await open(PAGES.home, { viewport: { width: 1000, height: 900 } });
    const places = await pillPlaces(page);
    expect(places).toHaveLength(NAMES.length);
    const rows = places.filter((p) => p.name !== 'Platform' && p.name !== 'Shipping');
    for (const p of places) expect(p, p.name).toMatchObject({ right: 0, onNameLine: true });
    for (const p of rows) expect(p.top, p.name).toBe(rows[0]!.top);
    await close();
  });
});
