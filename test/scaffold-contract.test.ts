/**
 * The content contract: an older form that `statusmark check` finds (a catalog warning with file,
 * line and what to write) and `statusmark upgrade` rewrites, with its diff and under --dry-run.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { parseConfig } from '../src/core/content/config/config.ts';
import { findOlderForms, rewriteOlderForms } from '../src/core/content/config/older-forms.ts';
import { runScaffold, tempFolder } from './helpers/scaffold.ts';

const V0 = join(import.meta.dirname, 'fixtures', 'scaffold-v0');
const NOW = new Date('2026-11-22T00:00:00Z');
const COPY_LINE = '# yaml-language-server: $schema=./status.config.schema.json';
const PACKAGE_LINE = '# yaml-language-server: $schema=./node_modules/statusmark/status.config.schema.json';

/** The v0 repository with the config's first line as a copy of the 0.1 repository had it. */
function withCopyLine(): string {
  const root = tempFolder();
  cpSync(V0, root, { recursive: true });
  const path = join(root, 'status.config.yaml');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(PACKAGE_LINE, COPY_LINE));
  return root;
}

describe('an older form of the config', () => {
  it('is a content-contract warning of statusmark check, on its line, saying what to write', () => {
    const root = withCopyLine();
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'content-contract',
        file: 'status.config.yaml',
        line: 1,
        column: 33,
        message:
          'the $schema line points at ./status.config.schema.json, which this repository does not have (a copy of Statusmark 0.1 had it)',
        hint: `write \`${PACKAGE_LINE}\`, the schema of the installed Statusmark, or run \`npx statusmark upgrade\`, which rewrites it`,
      },
    ]);
  });

  it('is not one where the repository has that schema file, as Statusmark’s own repository does', () => {
    const root = withCopyLine();
    writeFileSync(join(root, 'status.config.schema.json'), '{}');
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([]);
    expect(
      findOlderForms('status.config.yaml', readFileSync(join(import.meta.dirname, '..', 'status.config.yaml'), 'utf8'), () => true),
    ).toEqual([]);
  });

  it('is rewritten by statusmark upgrade, with the diff; then the check is clean', async () => {
    const root = withCopyLine();
    const dry = await runScaffold('upgrade', ['--dry-run'], root);
    expect(dry.stdout).toContain(`--- a/status.config.yaml\n+++ b/status.config.yaml\n@@ -1,4 +1,4 @@\n-${COPY_LINE}\n+${PACKAGE_LINE}\n`);
    expect(dry.stdout).toContain('✔ would rewrite status.config.yaml: the older form on line 1');
    expect(readFileSync(join(root, 'status.config.yaml'), 'utf8').split('\n')[0]).toBe(COPY_LINE);
    const run = await runScaffold('upgrade', [], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ rewrote status.config.yaml: the older form on line 1');
    const after = readFileSync(join(root, 'status.config.yaml'), 'utf8');
    expect(after).toBe(readFileSync(join(V0, 'status.config.yaml'), 'utf8'));
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([]);
  });

  it('is rewritten line by line, keeping the file’s other lines and its CRLF line endings', () => {
    const text = `${COPY_LINE}\r\nname: A\r\n`;
    expect(rewriteOlderForms('status.config.yaml', text, () => false)).toBe(`${PACKAGE_LINE}\r\nname: A\r\n`);
  });
});

describe('the contract version', () => {
  const config = (contract: string) => `${contract}name: A\nurl: https://a.example\ncomponents:\n  - { id: api, name: API }\n`;

  it('may be left out (the current contract) or name the current one', () => {
    expect(parseConfig(config('')).diagnostics).toEqual([]);
    expect(parseConfig(config('statusmark: 1\n')).loaded!.config.statusmark).toBe(1);
  });

  it('newer than this Statusmark is an error that says to update it', () => {
    expect(parseConfig(config('statusmark: 3\n')).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'content-contract',
        file: 'status.config.yaml',
        line: 1,
        column: 13,
        message: 'status.config.yaml follows content contract 3, but this Statusmark knows contract 1 at most',
        hint: 'install the newer Statusmark this content was written for: `npm install statusmark@latest`',
      },
    ]);
  });
});

describe('the older `language` field', () => {
  /** The v0 repository whose config names its language the way contract 1 first did. */
  function withLanguage(): { root: string; line: number } {
    const root = tempFolder();
    cpSync(V0, root, { recursive: true });
    const path = join(root, 'status.config.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text}language: de\n`);
    return { root, line: text.split('\n').length };
  }

  /** The warning statusmark check gives for an older form on `line` of the config. */
  const contractWarning = (line: number, message: string, hint: string) => ({
    severity: 'warning',
    code: 'content-contract',
    file: 'status.config.yaml',
    line,
    column: 1,
    message,
    hint,
  });

  it('is a content-contract warning of statusmark check on its line, saying what to write; the page is still in German', () => {
    const { root, line } = withLanguage();
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([
      contractWarning(
        line,
        '`language` is now `locale`, which sets the language of the pages as well as of the feeds',
        'write `locale: de`, or run `npx statusmark upgrade`, which rewrites it',
      ),
    ]);
    expect(parseConfig(readFileSync(join(root, 'status.config.yaml'), 'utf8')).loaded!.locale).toBe('de');
  });

  it('is rewritten to `locale` by statusmark upgrade; then the check is clean', async () => {
    const { root, line } = withLanguage();
    const run = await runScaffold('upgrade', [], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✔ rewrote status.config.yaml: the older form on line ${line}`);
    const after = readFileSync(join(root, 'status.config.yaml'), 'utf8');
    expect(after).toBe(`${readFileSync(join(V0, 'status.config.yaml'), 'utf8')}locale: de\n`);
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([]);
  });

  it('beside `locale` is a warning to delete it, and statusmark upgrade deletes it rather than write a second `locale`', async () => {
    const { root, line } = withLanguage();
    const path = join(root, 'status.config.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}locale: fr\n`);
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([
      contractWarning(
        line,
        '`language` is the older name of `locale`, and beside `locale` it is not read',
        'delete this line, or run `npx statusmark upgrade`, which deletes it',
      ),
    ]);
    const run = await runScaffold('upgrade', [], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✔ rewrote status.config.yaml: the older form on line ${line}`);
    const after = readFileSync(path, 'utf8');
    expect(after).toBe(`${readFileSync(join(V0, 'status.config.yaml'), 'utf8')}locale: fr\n`);
    expect(parseConfig(after).loaded!.locale).toBe('fr');
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([]);
  });

  it("keeps the file's line endings when a line goes", () => {
    expect(rewriteOlderForms('status.config.yaml', 'name: A\r\nlanguage: de\r\nlocale: fr\r\n', () => false)).toBe(
      'name: A\r\nlocale: fr\r\n',
    );
  });

  it('is only the top-level field, and keeps what follows the key', () => {
    expect(rewriteOlderForms('status.config.yaml', 'language:  "en-GB" # ours\n  language: x\n', () => false)).toBe(
      'locale:  "en-GB" # ours\n  language: x\n',
    );
  });
});
