import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/**
 * The stages of src/core in the order data flows through them (ARCHITECTURE.md). A stage may import
 * from the stages before it and never from one after it; stages on one line are siblings, which
 * import neither way.
 */
export const STAGES: readonly (readonly string[])[] = [
  ['shared'],
  ['diagnostics'],
  ['i18n'],
  ['content'],
  ['status'],
  ['checks', 'site'],
  ['views', 'outputs'],
  ['github'],
  ['authoring', 'publish'],
  ['scaffold'],
];

/** One forbidden rule per stage: nothing in it imports a later or a sibling stage. */
function downstreamRules() {
  return STAGES.flatMap((line, index) =>
    line.map((stage) => {
      const later = [...STAGES.slice(index + 1).flat(), ...line.filter((other) => other !== stage)];
      return {
        name: `upstream-import: ${stage}`,
        severity: 'error' as const,
        from: { path: `^core/${stage}/` },
        to: { path: later.length ? `^core/(${later.join('|')})/` : '^$' },
      };
    }),
  );
}

/** A cycle is a cycle whether its imports carry values or only types, so type-only imports count. */
async function importCycles(folder: string): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    const { output } = await cruise(['.'], {
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
      ruleSet: {
        forbidden: [
          { name: 'file-cycle', severity: 'error', from: {}, to: { circular: true } },
          { name: 'folder-cycle', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
          ...downstreamRules(),
        ],
      },
    });
    if (typeof output === 'string') throw new Error(`dependency-cruiser answered text: ${output}`);
    return output.summary.violations.map(describeCycle);
  } finally {
    process.chdir(cwd);
  }
}

function describeCycle(v: IViolation): string {
  if (!v.cycle?.length) return `${v.rule.name}: ${v.from} → ${v.to}`;
  return `${v.rule.name}: ${[v.from, ...v.cycle.map((step) => step.name)].join(' → ')}`;
}

function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles and stages', () => {
  it('src/ has none, between files or between folders', async () => {
    expect(await importCycles(join(process.cwd(), 'src'))).toEqual([]);
  });

  it('src/core/ imports only point downstream, stage by stage', async () => {
    const root = writeTree({
      'core/content/parse.ts': "import { overall } from '../status/overall.ts';\nexport const parse = overall;\n",
      'core/status/overall.ts': 'export const overall = 1;\n',
      'core/views/page.ts': "import { feed } from '../outputs/feed.ts';\nexport const page = feed;\n",
      'core/outputs/feed.ts': "import { overall } from '../status/overall.ts';\nexport const feed = overall;\n",
    });
    expect(await importCycles(root)).toEqual([
      'upstream-import: content: core/content/parse.ts → core/status/overall.ts',
      'upstream-import: views: core/views/page.ts → core/outputs/feed.ts',
    ]);
  });

  it('a cycle between two folders is found, even when one side imports only a type', async () => {
    const root = writeTree({
      'a/schema.ts': "import { RULES } from '../b/rules.ts';\nexport const schema = RULES;\nexport type Config = { on: boolean };\n",
      'b/rules.ts': 'export const RULES = [1];\n',
      'b/check.ts': "import type { Config } from '../a/schema.ts';\nexport const check = (c: Config) => c.on;\n",
    });
    expect(await importCycles(root)).toEqual(['folder-cycle: a → b → a', 'folder-cycle: b → a → b']);
  });

  it('a cycle between two files of one folder is found', async () => {
    const root = writeTree({
      'style/cache.ts': "import type { Finding } from './lint.ts';\nexport const keep = (f: Finding) => f;\n",
      'style/lint.ts': "import { keep } from './cache.ts';\nexport type Finding = { rule: string };\nexport const lint = keep;\n",
    });
    const found = await importCycles(root);
    expect(found).toContain('file-cycle: style/cache.ts → style/lint.ts → style/cache.ts');
  });
});
