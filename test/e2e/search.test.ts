/**
 * Search on the reports page, in Chromium against a built fixture site and its real Pagefind
 * index: what each result shows, what happens to the archive list while a search is active,
 * and what a search that finds nothing says.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, type OpenedPage } from '../../scripts/lib/browser.ts';
import { browserSite } from '../helpers/browser-site.ts';
import { makeSiteFixture, SITE_NOW } from '../helpers/site-fixture.ts';

const NO_MATCH = 'No incidents or reports match “zqxj”. Try other or fewer words, or clear the search to see every report.';

const site = browserSite(makeSiteFixture, SITE_NOW);

function reports(options: BrowserContextOptions = {}): Promise<OpenedPage> {
  return openPage(site.browser, `${site.url}reports/`, options);
}

/** Types a query and waits until the status line tells this search's outcome. */
async function search(page: Page, query: string): Promise<string> {
  const status = page.locator('#search-status');
  const before = await status.textContent();
  await page.locator('#search-q').fill(query);
  const done = async () => {
    const text = (await status.textContent()) ?? '';
    return text !== before && /result|match/.test(text) ? text : undefined;
  };
  await expect.poll(done, { timeout: 10_000 }).toBeDefined();
  return (await done())!;
}

interface Shown {
  title: string;
  href: string | null;
  impact: string;
  date: string;
  datetime: string | null;
  excerpt: string;
  marks: string[];
}

async function results(page: Page): Promise<Shown[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('a')!.textContent,
      href: li.querySelector('a')!.getAttribute('href'),
      impact: li.querySelector('.impact')!.textContent,
      date: li.querySelector('time')!.textContent,
      datetime: li.querySelector('time')!.getAttribute('datetime'),
      excerpt: li.querySelector('.excerpt')!.textContent,
      marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent),
    })),
  );
}

describe('a search result', () => {
  it('shows the title as a link, the date, the impact and an excerpt, each an element of its own', async () => {
    const { page, errors, close } = await reports();
    expect(await search(page, 'certificate')).toBe('1 result');
    expect(await results(page)).toEqual([
      {
        title: 'Dashboard outage',
        href: '/status/incidents/2026-11-17-dashboard-outage/',
        impact: 'Critical impact',
        date: 'Nov 17, 2026',
        datetime: '2026-11-17T10:00:00.000Z',
        excerpt: expect.stringContaining(
          'Summary. The dashboard was down for one hour because a certificate expired. Root cause. A certificate expired.',
        ),
        marks: ['certificate', 'certificate'],
      },
    ]);
    // The excerpt is the incident's own words: not the title, the impact or the component list run into them.
    const [only] = await results(page);
    expect(only!.excerpt).not.toMatch(/Dashboard outage|Critical|REST API/);
    expect(errors).toEqual([]);
    await close();
  });

  it('says the impact and date as the archive list does', async () => {
    const { page, close } = await reports();
    const archived = await page.locator('#archive li .muted').first().textContent();
    await search(page, 'certificate');
    const [shown] = await results(page);
    expect(archived!.startsWith(`${shown!.impact} · ${shown!.date}`)).toBe(true);
    await close();
  });

  it('is found by words that are only in its title', async () => {
    const { page, close } = await reports();
    await search(page, 'filler');
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) expect(r.title).toMatch(/^Filler incident \d+$/);
    await close();
  });

  it('prints the title as text, never as markup', async () => {
    const { page, close } = await reports();
    await search(page, 'elevated');
    const [first] = await results(page);
    expect(first!.title).toBe('Elevated error rates on the <REST> API & "more"');
    expect(first!.impact).toBe('Major impact');
    expect(await page.locator('#search-results rest').count()).toBe(0);
    await close();
  });

  it('says how many there are when it shows only the first ten', async () => {
    const { page, close } = await reports();
    expect(await search(page, 'emails')).toBe('31 results, the first 10 shown');
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await close();
  });
});

describe('the archive list while searching', () => {
  it('is hidden while a search is active and back, under its heading, when the box is cleared', async () => {
    const { page, close } = await reports();
    const archive = page.locator('#archive');
    expect(await archive.isVisible()).toBe(true);
    expect(await page.locator('#archive h2').textContent()).toBe('All reports');
    await search(page, 'certificate');
    expect(await archive.isVisible()).toBe(false);
    await page.locator('#search-q').fill('');
    await expect.poll(() => archive.isVisible()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await close();
  });

  it('is the page without JavaScript, under its heading', async () => {
    const { page, close } = await reports({ javaScriptEnabled: false });
    expect(await page.locator('#search').isVisible()).toBe(false);
    expect(await page.locator('#archive h2').isVisible()).toBe(true);
    expect(await page.locator('#archive li a').textContent()).toBe('Dashboard outage');
    await close();
  });
});

describe('a search that finds nothing', () => {
  it('says so plainly, with a hint, and shows no list', async () => {
    const { page, close } = await reports();
    expect(await search(page, 'zqxj')).toBe(NO_MATCH);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#archive').isVisible()).toBe(false);
    await close();
  });

  it('replaces the results of the search before it', async () => {
    const { page, close } = await reports();
    await search(page, 'certificate');
    expect(await search(page, 'zqxj')).toBe(NO_MATCH);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await close();
  });
});

describe('the page while searching', () => {
  it.each([['light'], ['dark']] as const)('has no axe violations with results and with none, in %s', async (colorScheme) => {
    const { page, errors, close } = await reports({ colorScheme });
    await search(page, 'certificate');
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'zqxj');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a 360 px phone with results shown', async () => {
    const { page, close } = await reports({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await search(page, 'emails');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await close();
  });
});
