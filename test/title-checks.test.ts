/**
 * A title is on every page, feed and notification: a 100,000-character one made pages take
 * seconds to load, and a bidirectional override or a zero-width space made it read differently
 * from what it holds. The same findings come from `npm run check`, the build and the CLI.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHuman } from '../src/core/diagnostics/reporters/human.ts';
import { BuildError, buildSite } from './helpers/build.ts';
import { runCli } from './helpers/cli.ts';
import { makeContentRoot } from './helpers/content-root.ts';
import { diagnosticsOf } from './helpers/parse.ts';
import { workflowCommands } from './helpers/workflow-commands.ts';

const FILE = 'incidents/2026-11-20-test.md';
const incident = (titleLine: string) => `---
${titleLine}
impact: minor
components: [api]
---

## 2026-11-20 14:05 UTC · Investigating
Some requests fail.
`;
const report = (titleLine: string, file = FILE) => formatHuman(diagnosticsOf(incident(titleLine), file), { color: false });

describe('the title limit', () => {
  it('refuses a title over 200 characters, saying how long it is and where the detail goes', () => {
    expect(report(`title: ${'a'.repeat(201)}`)).toBe(
      `${FILE}:2:8 error title-too-long the title is 201 characters long; the limit is 200\n` +
        '  keep the title to what customers need at a glance, and move the detail into the first update',
    );
    expect(report(`title: "${'Slow. '.repeat(20_000)}"`)).toContain(
      'error title-too-long the title is 120,000 characters long; the limit is 200',
    );
  });

  it('takes a title of 200 characters, counting an emoji or an accented letter as one', () => {
    expect(diagnosticsOf(incident(`title: ${'a'.repeat(200)}`))).toEqual([]);
    expect(diagnosticsOf(incident(`title: ${'👩‍👩‍👧'.repeat(100)}${'e\u0301'.repeat(100)}`))).toEqual([]);
  });
});

describe('characters readers cannot see', () => {
  it('warns of a bidirectional override, naming it and its column, and says to delete it', () => {
    expect(report('title: Errors\u202E on the API')).toBe(
      `${FILE}:2:14 warning hidden-character the title holds U+202E RIGHT-TO-LEFT OVERRIDE at column 14, which readers cannot see\n` +
        '  delete it: a character readers cannot see can make the title read differently from what it says',
    );
  });

  it('lists every such character of the title in one finding', () => {
    expect(report('title: "Errors\u200B on\u2066 the API"')).toBe(
      `${FILE}:2:15 warning hidden-character the title holds U+200B ZERO WIDTH SPACE at column 15 and U+2066 LEFT-TO-RIGHT ISOLATE at column 19, which readers cannot see\n` +
        '  delete them: a character readers cannot see can make the title read differently from what it says',
    );
  });

  it('names the character written as a YAML escape by where it stands in the title', () => {
    expect(report('title: "Errors\\u202E on the API"')).toBe(
      `${FILE}:2:8 warning hidden-character the title holds U+202E RIGHT-TO-LEFT OVERRIDE as its 7th character, which readers cannot see\n` +
        '  delete it: a character readers cannot see can make the title read differently from what it says',
    );
  });

  it('warns of a control character such as a line break', () => {
    expect(report('title: "Errors\\non the API"')).toContain(
      'warning hidden-character the title holds U+000A, a control character, as its 7th character, which readers cannot see',
    );
  });

  it('leaves emoji, accents and right-to-left text alone', () => {
    expect(diagnosticsOf(incident('title: "👩‍👩‍👧 Fehler – שגיאות – می‌خواهم"'))).toEqual([]);
  });

  it('names the character that keeps a file name out of a URL', () => {
    expect(report('title: API errors', 'incidents/2026-11-20-api\u200B.md')).toBe(
      'incidents/2026-11-20-api\\u200B.md:1:1 error bad-file-name "2026-11-20-api\\u200B.md" cannot be used in a URL: it holds U+200B ZERO WIDTH SPACE as its 15th character, which readers cannot see\n' +
        '  name the file like 2026-11-20-api-errors.md: letters, digits and dashes',
    );
  });
});

describe('the CLI and the build say the same', () => {
  const long = 'a'.repeat(201);

  it('npm run status -- new refuses the title and writes nothing', async () => {
    const dir = makeContentRoot({});
    const run = await runCli(['new', '--title', long, '--impact', 'minor', '--message', 'Slow. Next update by 14:30 UTC.'], {
      STATUS_DIR: dir,
      STATUS_NOW: '2026-11-20T14:00:00Z',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error title-too-long the title is 201 characters long; the limit is 200');
    expect(readdirSync(join(dir, 'incidents'))).toEqual([]);
  });

  it('npm run status -- new writes a title with a hidden character, and warns of it', async () => {
    const dir = makeContentRoot({});
    const run = await runCli(['new', '--title', 'API\u200B errors', '--impact', 'minor', '--message', 'Slow. Next update by 14:30 UTC.'], {
      STATUS_DIR: dir,
      STATUS_NOW: '2026-11-20T14:00:00Z',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'incidents/2026-11-20-api-errors.md:2:11 warning hidden-character the title holds U+200B ZERO WIDTH SPACE at column 11, which readers cannot see',
    );
  });

  it('the build refuses it before writing a page, and its log runs nothing from the content', () => {
    const kind = 'x\n::error file=README.md,line=1::Spoofed\n::add-mask::abc';
    const root = makeContentRoot({
      [FILE]: incident(`title: ${long}`),
      'incidents/2026-11-20-kind.md': incident(`title: API errors\nkind: ${JSON.stringify(kind)}`),
    });
    let failure: unknown;
    try {
      buildSite(root, '2026-11-20T14:30:00Z');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildError);
    const { output, dir } = failure as BuildError;
    expect(readdirSync(dir).filter((f) => f.endsWith('.html'))).toEqual([]);
    expect(output).toContain(`${FILE}:2:8 error title-too-long the title is 201 characters long; the limit is 200`);
    expect(output).toContain(
      'incidents/2026-11-20-kind.md:3:7 error invalid-field kind "x\\n::error file=README.md,line=1::Spoofed\\n::add-mask::abc" is not known',
    );
    expect(workflowCommands(output)).toEqual([]);
  });
});
