/**
 * The pull-request comment and the watchdog's issue are Markdown that GitHub renders for the
 * reviewers. A title or a file name from the pull request must read as what it holds: no hidden
 * character reordering it, no link, mention or code span breaking out of it. Read with a real
 * Markdown parser (remark, GitHub-flavoured).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { loadContentRoot } from '../src/core/content/load.ts';
import { renderPrComment } from '../src/core/publish/pr-comment.ts';
import { planWatchdog } from '../src/core/publish/watchdog.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const TITLE = 'Errors \u202Eon the API\u200B [click](https://evil.example) @everyone';
const TITLE_SHOWN = 'Errors \\u202Eon the API\\u200B [click](https://evil.example) @\u200beveryone';
const incident = (title: string) => `---
title: ${JSON.stringify(title)}
impact: major
components: [api]
---

## 2026-11-20 14:05 UTC · Investigating
Some API requests fail.
`;

const markdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);
const nodes = (tree: Root | RootContent): RootContent[] => ('children' in tree ? tree.children.flatMap((c) => [c, ...nodes(c)]) : []);
const textOf = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

describe('the pull-request comment', () => {
  it('shows a hostile title as the text it holds, with no link or hidden character', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-api.md': incident(TITLE) });
    const head = loadContentRoot(root);
    const checked = checkContentRoot(root, { now: NOW });
    const body = renderPrComment({
      head: readSiteModel(root, NOW),
      headIncidents: head.incidents,
      baseIncidents: [],
      diagnostics: checked.diagnostics,
      files: checked.files,
    });
    expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const tree = markdown(body);
    const heading = nodes(tree).find((n) => n.type === 'heading' && textOf(n).startsWith('New incident'));
    expect(heading && textOf(heading)).toBe(`New incident: ${TITLE_SHOWN}`);
    // Only the comment's own link has a label; GitHub shows a bare address from content as itself.
    const disguised = nodes(tree).filter((n) => n.type === 'link' && textOf(n) !== (n as { url: string }).url);
    expect(disguised.map((n) => [textOf(n), (n as { url: string }).url])).toEqual([
      ['page', 'https://status.test.example/incidents/2026-11-20-api/'],
    ]);
  });

  it('shows a file name with backticks as one code span', () => {
    const root = makeContentRoot({ 'incidents/2026-11-20-api.md': incident('Errors') });
    const file = 'incidents/x`[a](evil)` @everyone.md';
    renameSync(join(root, 'incidents/2026-11-20-api.md'), join(root, file));
    const checked = checkContentRoot(root, { now: NOW });
    const body = renderPrComment({ headIncidents: [], baseIncidents: [], diagnostics: checked.diagnostics, files: checked.files });
    const tree = markdown(body);
    expect(nodes(tree).filter((n) => n.type === 'link')).toEqual([]);
    const spans = nodes(tree)
      .filter((n) => n.type === 'inlineCode')
      .map(textOf);
    expect(spans).toContain(file);
  });
});

describe("the watchdog's issue", () => {
  it('titles it with the hidden characters shown, and links the file whatever its folder is called', () => {
    const root = makeContentRoot({});
    writeFileSync(
      join(root, 'status.config.yaml'),
      'name: Test Status\nurl: https://status.test.example\ncomponents:\n  - { id: api, name: REST API }\n',
    );
    const folder = join(root, 'incidents', 'a) b`');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '2026-11-20-api.md'), incident(TITLE));
    const [action] = planWatchdog(readSiteModel(root, NOW), [], { repository: 'acme/status', branch: 'main' });
    if (action?.kind !== 'create') throw new Error('expected an issue to be opened');
    expect(action.title).toBe(
      `Status page: update overdue for "${'Errors \\u202Eon the API\\u200B [click](https://evil.example) @everyone'}"`,
    );
    const links = nodes(markdown(action.body)).filter((n) => n.type === 'link');
    expect(links.map((n) => [textOf(n), (n as { url: string }).url])).toContainEqual([
      'incidents/a) b`/2026-11-20-api.md',
      'https://github.com/acme/status/edit/main/incidents/a%29%20b%60/2026-11-20-api.md',
    ]);
  });
});
