import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No hidden state in src/ (CONTRIBUTING.md, "How the site model reaches the pages"): nothing is
 * passed through globalThis, and no module keeps a cache of its own, which `npm run dev` would
 * grow for as long as it runs. Caches belong to the site model (src/core/shared/caches.ts).
 */
const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Module-level state of a file: top-level `let`/`var`, and objects made empty at top level (a constant table is made from its entries). */
function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const constant = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      if (!constant) {
        found.push(`${at(declaration)} ${name}: a module-level variable`);
        continue;
      }
      // `new Set(['a', 'b'])` is a table; `new Map()`, `new WeakMap(…)` or `new TextCache()` is a cache.
      const init = declaration.initializer;
      if (init && ts.isNewExpression(init)) {
        const kind = init.expression.getText(source);
        if (/^Weak/.test(kind) || !init.arguments?.length)
          found.push(`${at(declaration)} ${name}: a module-level ${kind} that starts empty`);
      }
    }
  }
  return found;
}

describe('module state in src/', () => {
  const files = sourceFiles(SRC);

  it('passes nothing through globalThis', () => {
    const uses = files.filter((f) => readFileSync(f, 'utf8').includes('globalThis')).map((f) => relative(process.cwd(), f));
    expect(uses).toEqual([]);
  });

  it('has no module-level cache or variable: caches belong to the site model', () => {
    expect(files.flatMap((f) => moduleState(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('finds what it looks for', () => {
    const found = moduleState(
      join(SRC, 'example.ts'),
      [
        'const TABLE = new Set(["a", "b"]);',
        'const memo = new Map<string, string>();',
        'const byModel = new WeakMap<object, string>();',
        'let cached: string | undefined;',
        'const rendered = new TextCache<string>();',
        'export function f() { const local = new Map(); let x = 1; return [local, x]; }',
      ].join('\n'),
    );
    expect(found).toEqual([
      'src/example.ts:2 memo: a module-level Map that starts empty',
      'src/example.ts:3 byModel: a module-level WeakMap that starts empty',
      'src/example.ts:4 cached: a module-level variable',
      'src/example.ts:5 rendered: a module-level TextCache that starts empty',
    ]);
  });
});
