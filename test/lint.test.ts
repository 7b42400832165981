import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

// `npm test` runs `npm run lint`; these show that the repo's own configuration catches what it is
// there for, so a config that silently lints nothing (a wrong glob, a lost parser) fails here.
// The probes are linted as text; a file that is not on disk reaches the type checker through a
// default project with the repo's tsconfig (the one change to the config under test).
const PROBE = 'lint-probe.ts';
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: [PROBE],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: [PROBE], defaultProject: 'tsconfig.json' } } },
  },
});

async function findings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('ESLint with the repo config', () => {
  it('finds a floating promise in TypeScript, which needs the type checker', async () => {
    const code = [
      "import { writeFile } from 'node:fs/promises';",
      '',
      'export function save(text: string): void {',
      "  writeFile('out.txt', text);",
      '}',
      '',
    ].join('\n');
    expect(await findings(code, PROBE)).toEqual([
      '4:3 @typescript-eslint/no-floating-promises: Promises must be awaited, end with a call to .catch, end with a call to .then with a rejection handler or be explicitly marked as ignored with the `void` operator.',
    ]);
  });

  it('passes the same function once the promise is handled', async () => {
    const code = [
      "import { writeFile } from 'node:fs/promises';",
      '',
      'export async function save(text: string): Promise<void> {',
      "  await writeFile('out.txt', text);",
      '}',
      '',
    ].join('\n');
    expect(await findings(code, PROBE)).toEqual([]);
  });

  it('parses .astro files: an import used only in the markup counts as used, an unused one is found', async () => {
    const code = [
      '---',
      "import Pill from '../components/Pill.astro';",
      "import Time from '../components/Time.astro';",
      '---',
      '<Pill kind="ok" label="Up" />',
      '',
    ].join('\n');
    expect(await findings(code, 'src/routes/lint-probe.astro')).toEqual([
      "3:8 @typescript-eslint/no-unused-vars: 'Time' is defined but never used. Allowed unused vars must match /^_/u.",
    ]);
  });

  it('leaves the deliberately malformed fixtures and the build output alone', async () => {
    expect(await eslint.isPathIgnored('test/fixtures/broken/anything.ts')).toBe(true);
    expect(await eslint.isPathIgnored('dist/index.js')).toBe(true);
    expect(await eslint.isPathIgnored('src/core/site/site.ts')).toBe(false);
  });
});

describe('Prettier with the repo config', () => {
  it('formats TypeScript in the project style: single quotes, semicolons, two spaces', async () => {
    const options = await prettier.resolveConfig('src/core/shared/lint-probe.ts');
    const out = await prettier.format('const a = {b: "c"}\nif (a) { console.log(a) }\n', {
      ...options,
      filepath: 'src/core/shared/lint-probe.ts',
    });
    expect(out).toBe("const a = { b: 'c' };\nif (a) {\n  console.log(a);\n}\n");
  });

  it('formats code only: content, the stylesheet, generated JSON and .astro markup are left as written', async () => {
    const ignored = async (file: string) => (await prettier.getFileInfo(file, { ignorePath: '.prettierignore' })).ignored;
    expect(await ignored('src/core/site/site.ts')).toBe(false);
    expect(await ignored('astro.config.mjs')).toBe(false);
    for (const file of [
      'incidents/2026-11-20-x.md',
      'status.config.yaml',
      'src/styles/site.css',
      'status.config.schema.json',
      'src/routes/index.astro',
    ]) {
      expect(await ignored(file), file).toBe(true);
    }
  });
});
