/**
 * The archive of post-incident reports at scale (issue 18: one page of 599 KB at 537 reports):
 * paginated like the history, each report summarised in a few sentences. Built with Astro, read
 * back with cheerio.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_PAGE_SIZE } from '../src/core/views/pages.ts';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const REPORTS = 60;
const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const SUMMARY = (i: number) =>
  `Incident ${i} took the API down for 40 minutes. Requests failed with errors. We rolled back the release. ` +
  'The rest of this summary goes on for a long time, as real ones do, and must not reach the archive page. '.repeat(20);

function incident(i: number): string {
  return `---
title: API outage number ${i}
impact: major
components: [api]
---

## ${day(i)} 15:10 UTC · Resolved
Fixed.

## ${day(i)} 14:30 UTC · Investigating
The API fails. Next update by 15:00 UTC.

## Post-incident report
### Summary
${SUMMARY(i)}

### Root cause
A release had a fault.
`;
}

describe('the reports archive, with many reports', () => {
  let site: BuiltSite;
  beforeAll(() => {
    const files = Object.fromEntries(Array.from({ length: REPORTS }, (_, i) => [`incidents/${day(i)}-api.md`, incident(i)]));
    site = buildSite(makeContentRoot(files), '2026-12-01T00:00:00Z');
  }, 240_000);

  const pages = ['reports/index.html', 'reports/2/index.html', 'reports/3/index.html'];

  it('is paginated like the history: page size, count and the pager’s links', () => {
    expect(REPORTS_PAGE_SIZE).toBe(25);
    const counts = pages.map((p) => site.html(p)('#archive > ul > li').length);
    expect(counts).toEqual([25, 25, 10]);
    const first = site.html(pages[0]!);
    expect(first('a[rel="next"]').attr('href')).toBe('/reports/2/');
    expect(first('a[rel="prev"]')).toHaveLength(0);
    const second = site.html(pages[1]!);
    expect([second('a[rel="prev"]').attr('href'), second('a[rel="next"]').attr('href')]).toEqual(['/reports/', '/reports/3/']);
    expect(second('h1').text()).toBe('Post-incident reports · page 2 of 3');
    expect(second('title').text()).toContain('Post-incident reports, page 2');
    expect(site.html(pages[2]!)('a[rel="next"]')).toHaveLength(0);
    // Newest first, across the pages.
    expect(first('#archive > ul > li a').first().text()).toBe(`API outage number ${REPORTS - 1}`);
    expect(site.html(pages[2]!)('#archive > ul > li a').last().text()).toBe('API outage number 0');
  });

  it('summarises each report in its first sentences, and keeps every page small', () => {
    const $ = site.html(pages[0]!);
    expect($('#archive > ul > li p').first().text()).toBe(
      `Incident ${REPORTS - 1} took the API down for 40 minutes. Requests failed with errors. We rolled back the release.`,
    );
    expect($.html()).not.toContain('must not reach the archive page');
    for (const p of pages) expect(statSync(join(site.dir, p)).size, p).toBeLessThan(40_000);
  });

  it('needs no JavaScript: the archive and the pager are in the HTML, not hidden', () => {
    for (const p of pages) {
      const $ = site.html(p);
      expect($('#archive').attr('hidden'), p).toBeUndefined();
      expect($('nav.pager a').length, p).toBeGreaterThan(0);
    }
  });
});
