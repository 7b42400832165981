/**
 * Text from content reaches terminals and GitHub Actions logs through the reporters and the
 * workflow scripts. Whatever a title or a value holds, no line may become a workflow command
 * (an annotation, `add-mask`, `stop-commands`), a terminal escape or a bidirectional reordering.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { REPORTERS } from '../src/core/diagnostics/reporters/index.ts';
import { workflowCommand } from '../src/core/diagnostics/reporters/github.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { runScript } from './helpers/run-script.ts';
import { workflowCommands } from './helpers/workflow-commands.ts';

const REPO = resolve(import.meta.dirname, '..');
const NOW = '2026-11-21T00:00:00Z';
const SPOOF = 'x\n::error file=README.md,line=1::Spoofed\n::add-mask::abc\n##[stop-commands]t\u001b[2J\u202Eevil';
const SPOOF_SHOWN = 'x\\n::error file=README.md,line=1::Spoofed\\n::add-mask::abc\\n##\\u005Bstop-commands]t\\u001B[2J\\u202Eevil';
/** The same text where it stands on lines of its own (a hint's line breaks are the finding's own). */
const SPOOF_LINES = [
  'x',
  '\\u003A:error file=README.md,line=1::Spoofed',
  '\\u003A:add-mask::abc',
  '##\\u005Bstop-commands]t\\u001B[2J\\u202Eevil',
];

/** What may not reach a log: controls other than the line break, and bidirectional controls. */
const UNPRINTABLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

const hostile: Diagnostic = {
  severity: 'error',
  code: 'invalid-field',
  file: 'incidents/2026-11-20-api\u202E.md',
  line: 3,
  column: 7,
  message: `kind "${SPOOF}" is not known`,
  hint: `write:\n  ::add-mask::secret\n${SPOOF}`,
};

describe('every reporter', () => {
  it.each(Object.keys(REPORTERS))('%s: prints no workflow command, control or bidirectional character from the content', (name) => {
    const out = REPORTERS[name]!({ diagnostics: [hostile], files: 1, color: false, pathPrefix: 'status/' });
    expect(out).not.toMatch(UNPRINTABLE);
    const commands = workflowCommands(out);
    if (name !== 'github') {
      expect(commands).toEqual([]);
      return;
    }
    expect(commands).toEqual([
      {
        command: 'error',
        properties: { file: 'status/incidents/2026-11-20-api\\u202E.md', line: '3', col: '7', title: 'invalid-field' },
        data: [`kind "${SPOOF_SHOWN}" is not known`, 'write:', '  \\u003A:add-mask::secret', ...SPOOF_LINES].join('\n'),
      },
    ]);
  });

  it('human: shows what the content holds, on the lines the finding has', () => {
    expect(REPORTERS.human!({ diagnostics: [hostile], files: 1, color: false }).split('\n')).toEqual([
      `incidents/2026-11-20-api\\u202E.md:3:7 error invalid-field kind "${SPOOF_SHOWN}" is not known`,
      '  write:',
      '    \\u003A:add-mask::secret',
      ...SPOOF_LINES.map((line) => `  ${line}`),
      '',
      '1 incident file checked: 1 error, 0 warnings',
    ]);
  });

  it('json: stays JSON that reads back as exactly what was found', () => {
    const out = REPORTERS.json!({ diagnostics: [hostile], files: 1, color: false });
    expect(JSON.parse(out).diagnostics).toEqual([hostile]);
  });
});

describe('workflowCommand (the annotations of the workflow scripts)', () => {
  it('stays one annotation whatever the message holds; its lines show as lines in it', () => {
    const line = workflowCommand('warning', `notifications: slack refused "${SPOOF}"\nsee the run`);
    expect(line.split('\n')).toHaveLength(1);
    const [first, ...rest] = SPOOF_LINES;
    expect(workflowCommands(line)).toEqual([
      {
        command: 'warning',
        properties: {},
        data: [`notifications: slack refused "${first}`, ...rest.slice(0, -1), `${rest.at(-1)}"`, 'see the run'].join('\n'),
      },
    ]);
  });
});

describe('npm run check, on content that tries to write to the log', () => {
  const root = makeContentRoot(
    {
      'incidents/2026-11-20-api.md': `---\ntitle: API errors\nkind: ${JSON.stringify(SPOOF)}\n---\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail.\n`,
    },
    BASE_CONFIG,
  );
  const check = (format: string) =>
    spawnSync(process.execPath, [join(REPO, 'scripts/check.ts'), '--format', format, '--no-cache'], {
      cwd: root,
      env: { ...process.env, STATUS_DIR: root, STATUS_NOW: NOW },
      encoding: 'utf8',
    });

  it.each(['human', 'json', 'github'])('--format %s', (format) => {
    const run = check(format);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(UNPRINTABLE);
    const commands = workflowCommands(run.stdout + run.stderr);
    expect(commands.map((c) => c.command)).toEqual(format === 'github' ? ['error'] : []);
    if (format === 'github') expect(commands[0]!.properties.file).toBe('incidents/2026-11-20-api.md');
    if (format === 'human')
      expect(run.stdout).toContain(`incidents/2026-11-20-api.md:3:7 error invalid-field kind "${SPOOF_SHOWN}" is not known`);
  });
});

describe('scripts/notify.ts logs', () => {
  it('prints a hostile title without running it as a command', async () => {
    const root = makeContentRoot(
      {
        'incidents/2026-11-20-api.md': `---\ntitle: ${JSON.stringify(`Spoof ${SPOOF}`)}\nimpact: minor\ncomponents: [api]\n---\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail.\n`,
      },
      `${BASE_CONFIG}notifications: { slack: true }\n`,
    );
    const previous = join(root, 'previous.json');
    await import('node:fs').then(({ writeFileSync }) =>
      writeFileSync(previous, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] })),
    );
    const run = await runScript(
      'notify.ts',
      ['--previous-feed', previous, '--ledger', join(root, 'ledger.json'), '--dry-run'],
      { STATUS_NOW: NOW, SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/x' },
      root,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('would send to slack: Spoof x');
    expect(run.stdout).not.toMatch(UNPRINTABLE);
    expect(workflowCommands(run.stdout)).toEqual([]);
  });
});
