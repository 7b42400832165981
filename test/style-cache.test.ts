import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StyleCache } from '../src/core/checks/style/cache.ts';
import type { StyleFinding } from '../src/core/checks/style/finding.ts';

const finding: StyleFinding = { rule: 'style-jargon', line: 2, column: 5, message: 'm', hint: 'h' };

function counted() {
  let calls = 0;
  return { lint: () => (calls++, [finding]), calls: () => calls };
}

describe('StyleCache', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'statusmark-cache-')), 'style.json');

  it('lints new text once, places findings where the text stands, and remembers them across runs', () => {
    const path = file();
    const a = counted();
    const first = new StyleCache(path, 'salt');
    expect(first.lint('text', { line: 10 }, a.lint)).toEqual([{ ...finding, line: 11 }]);
    expect(first.lint('text', { line: 20 }, a.lint)).toEqual([{ ...finding, line: 21 }]);
    expect(a.calls()).toBe(1);
    first.save(true);
    const b = counted();
    expect(new StyleCache(path, 'salt').lint('text', { line: 1 }, b.lint)).toEqual([finding]);
    expect(b.calls()).toBe(0);
  });

  it('forgets everything when the settings or rules change (the salt)', () => {
    const path = file();
    const first = new StyleCache(path, 'v1');
    first.lint('text', { line: 1 }, counted().lint);
    first.save(true);
    const b = counted();
    new StyleCache(path, 'v2').lint('text', { line: 1 }, b.lint);
    expect(b.calls()).toBe(1);
  });

  it('prunes text no longer seen after a full run, keeps it after a partial one', () => {
    const path = file();
    const first = new StyleCache(path, 's');
    first.lint('old', { line: 1 }, counted().lint);
    first.lint('kept', { line: 1 }, counted().lint);
    first.save(true);
    const partial = new StyleCache(path, 's');
    partial.lint('kept', { line: 1 }, counted().lint);
    partial.save(false);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(2);
    const full = new StyleCache(path, 's');
    full.lint('kept', { line: 1 }, counted().lint);
    full.save(true);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('starts afresh from an unreadable cache file', () => {
    const b = counted();
    new StyleCache('/nonexistent/dir/style.json', 's').lint('x', { line: 1 }, b.lint);
    expect(b.calls()).toBe(1);
  });
});
