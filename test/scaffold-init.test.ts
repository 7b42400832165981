/**
 * `statusmark init` in temporary folders: the tree it writes loads with the real config loader
 * and passes the whole check with no finding at all; it refuses a folder that is not empty.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../src/core/authoring/cli/prompts.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { loadConfig } from '../src/core/content/config/config.ts';
import { installedVersion } from '../src/core/scaffold/installed-version.ts';
import { sha256 } from '../src/core/scaffold/template-record.ts';
import { filesIn, INIT_FLAGS, initFiles, runScaffold, tempFolder } from './helpers/scaffold.ts';

const NOW = new Date('2026-11-22T00:00:00Z');
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

const FILES = initFiles('2026-11-21');

describe('statusmark init with flags', () => {
  it('writes only what a team owns, and it checks clean: no error, no warning', async () => {
    const cwd = tempFolder();
    const run = await runScaffold('init', ['my-status', ...INIT_FLAGS], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const root = join(cwd, 'my-status');
    expect(filesIn(root)).toEqual(FILES);
    expect(run.stdout).toBe(
      [
        '✔ Created my-status (14 files):',
        ...FILES.filter((f) => f !== '.statusmark/template.json')
          .sort((a, b) => FILES_ORDER.indexOf(a) - FILES_ORDER.indexOf(b))
          .map((f) => `  ${f}`),
        '  .statusmark/template.json',
        '',
        'Next:',
        '  cd my-status',
        '  npm install',
        '  npm run check',
        '  npm run build',
        '',
        'Then push it to GitHub and set Settings → Pages → Source to "GitHub Actions"; the README says the rest.',
      ].join('\n'),
    );
    const { loaded, diagnostics } = loadConfig(root);
    expect(diagnostics).toEqual([]);
    expect(loaded!.config).toMatchObject({
      statusmark: 1,
      name: 'Acme Status',
      url: 'https://status.acme.example/',
      components: [
        { id: 'api', name: 'API' },
        { id: 'dashboard', name: 'Dashboard' },
        { id: 'email', name: 'Email' },
      ],
    });
    const checked = checkContentRoot(root, { now: NOW });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.incidents.map((i) => [i.id, i.updates[0]!.status, i.resolved?.toISOString()])).toEqual([
      ['2026-11-21-slow-responses', 'resolved', '2026-11-21T10:50:00.000Z'],
    ]);
    expect(checked.incidents[0]!.report).toBeTruthy();
  });

  it('writes a package.json that depends on the installed statusmark with a caret range, and the scripts a team runs', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['Acme Status Page', ...INIT_FLAGS], cwd);
    const pkg = JSON.parse(read(join(cwd, 'Acme Status Page'), 'package.json')) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: 'acme-status-page',
      private: true,
      type: 'module',
      engines: { node: '>=22.12' },
      scripts: { build: 'astro build', dev: 'astro dev', check: 'statusmark check', status: 'statusmark', preview: 'astro preview' },
      dependencies: { statusmark: `^${installedVersion()}` },
    });
  });

  it('writes the config with its $schema line, astro.config.mjs with statusmark(), .nvmrc and .gitignore', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    const root = join(cwd, 'site');
    expect(read(root, 'status.config.yaml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/statusmark/status.config.schema.json',
    );
    expect(read(root, 'astro.config.mjs')).toContain("import statusmark from 'statusmark';");
    expect(read(root, 'astro.config.mjs')).toContain('integrations: [statusmark()],');
    expect(read(root, '.nvmrc')).toBe('24\n');
    expect(read(root, '.gitignore').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', 'dist/', '.astro/', '.statusmark/*', '!.statusmark/template.json']),
    );
  });

  it('records the template version, the values and a sha256 of each file upgrade manages', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    const root = join(cwd, 'site');
    const record = JSON.parse(read(root, '.statusmark/template.json')) as {
      template: number;
      values: object;
      files: Record<string, string>;
    };
    expect(record.template).toBe(3);
    expect(record.values).toEqual({
      name: 'Acme Status',
      url: 'https://status.acme.example/',
      components: [
        { id: 'api', name: 'API' },
        { id: 'dashboard', name: 'Dashboard' },
        { id: 'email', name: 'Email' },
      ],
      packageName: 'site',
      exampleDate: '2026-11-21',
    });
    expect(Object.keys(record.files).sort()).toEqual([
      '.github/dependabot.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/pr.yml',
      '.github/workflows/timekeeper.yml',
      '.github/workflows/watchdog.yml',
      '.gitignore',
      '.nvmrc',
      'README.md',
      'astro.config.mjs',
    ]);
    for (const [path, hash] of Object.entries(record.files)) expect(sha256(read(root, path)), path).toBe(hash);
  });

  it('quotes a name YAML would misread, and the config still says it as written', async () => {
    const cwd = tempFolder();
    const run = await runScaffold(
      'init',
      ['site', '--name', 'Acme: #1 Status', '--url', 'https://acme.github.io/status/', '--components', 'api,email-delivery'],
      cwd,
    );
    expect(run.code).toBe(0);
    const { loaded } = loadConfig(join(cwd, 'site'));
    expect(loaded!.config.name).toBe('Acme: #1 Status');
    expect(loaded!.config.components.map((c) => c.name)).toEqual(['API', 'Email delivery']);
    expect(checkContentRoot(join(cwd, 'site'), { now: NOW }).diagnostics).toEqual([]);
  });
});

const FILES_ORDER = [
  'package.json',
  'astro.config.mjs',
  'status.config.yaml',
  'incidents/2026-11-21-slow-responses.md',
  'public/.gitkeep',
  '.github/workflows/deploy.yml',
  '.github/workflows/pr.yml',
  '.github/workflows/watchdog.yml',
  '.github/workflows/timekeeper.yml',
  '.github/dependabot.yml',
  '.nvmrc',
  '.gitignore',
  'README.md',
];

describe('statusmark init refuses', () => {
  it('a second init into the same folder, and changes nothing', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    writeFileSync(join(cwd, 'site', 'status.config.yaml'), 'name: ours\n');
    const run = await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '✖ site is not empty; statusmark init writes only into a new or empty folder.\n  Pick another folder, or pass --force to write the new files over what is there.',
    );
    expect(read(join(cwd, 'site'), 'status.config.yaml')).toBe('name: ours\n');
  });

  it('a folder that holds anything, even one file; with --force it writes over the template’s files and leaves the rest', async () => {
    const cwd = tempFolder();
    mkdirSync(join(cwd, 'site'));
    writeFileSync(join(cwd, 'site', 'notes.txt'), 'keep me\n');
    writeFileSync(join(cwd, 'site', 'README.md'), 'old\n');
    const refused = await runScaffold('init', ['site', ...INIT_FLAGS], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('✖ site is not empty;');
    expect(existsSync(join(cwd, 'site', 'package.json'))).toBe(false);
    const forced = await runScaffold('init', ['site', ...INIT_FLAGS, '--force'], cwd);
    expect(forced.code).toBe(0);
    expect(read(join(cwd, 'site'), 'notes.txt')).toBe('keep me\n');
    expect(read(join(cwd, 'site'), 'README.md')).toMatch(/^# Acme Status\n/);
  });

  it('into the current folder when it is not empty: it names it "."', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'x'), '');
    const run = await runScaffold('init', ['.', ...INIT_FLAGS], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^✖ \. is not empty;/);
  });

  it('a missing flag without a terminal, a bad url, a bad component id: exit 2 with what to write, nothing written', async () => {
    const cwd = tempFolder();
    const missing = await runScaffold('init', ['site', '--name', 'Acme Status', '--url', 'https://status.acme.example/'], cwd);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      '--components is missing (run it in a terminal to be asked, or pass the flag)\n\nRun `npx statusmark init --help` for the options.',
    ]);
    const badId = await runScaffold('init', ['site', '--name', 'A', '--url', 'https://a.example/', '--components', 'api,Email'], cwd);
    expect([badId.code, badId.stderr]).toEqual([
      2,
      '--components "api,Email": "Email" cannot be a component id: use lower-case letters, digits, "-" or "_", e.g. api or email-delivery\n\nRun `npx statusmark init --help` for the options.',
    ]);
    const badUrl = await runScaffold('init', ['site', '--name', 'A', '--url', 'status.acme.example', '--components', 'api'], cwd);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/^--url "status\.acme\.example": /);
    const noFolder = await runScaffold('init', INIT_FLAGS, cwd);
    expect([noFolder.code, noFolder.stderr]).toEqual([
      2,
      'the folder is missing, e.g. `npx statusmark init my-status`\n\nRun `npx statusmark init --help` for the options.',
    ]);
    const typo = await runScaffold('init', ['site', '--nmae', 'x'], cwd);
    expect([typo.code, typo.stderr]).toEqual([
      2,
      'unknown option "--nmae"; did you mean "--name"?\n\nRun `npx statusmark init --help` for the options.',
    ]);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('statusmark init in a terminal', () => {
  it('asks for what the flags do not give, then asks before writing', async () => {
    const cwd = tempFolder();
    const asked: string[] = [];
    const answers: Record<string, string> = {
      'Folder for the new status page': 'acme',
      'Where will the page be published?': 'https://acme.github.io/status/',
      'Components customers can tell apart (comma-separated ids)': 'api, sms',
    };
    const prompter: Prompter = {
      text: async (q) => {
        asked.push(q.message);
        const answer = answers[q.message]!;
        expect(q.validate?.(answer)).toBeUndefined();
        return answer;
      },
      select: async () => {
        throw new Error('no select');
      },
      multiselect: async () => {
        throw new Error('no multiselect');
      },
      confirm: async (q) => (asked.push(q.message), true),
      note: () => {},
    };
    const run = await runScaffold('init', ['--name', 'Acme Status'], cwd, { prompter });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(asked).toEqual([...Object.keys(answers), 'Write 14 files into acme?']);
    const { loaded } = loadConfig(join(cwd, 'acme'));
    expect(loaded!.config.url).toBe('https://acme.github.io/status/');
    expect(loaded!.config.components).toEqual([
      { id: 'api', name: 'API' },
      { id: 'sms', name: 'SMS' },
    ]);
  });

  it('validates an answer the way it validates the flag, and writes nothing when the last question is answered no', async () => {
    const cwd = tempFolder();
    const validators: ((v: string) => string | undefined)[] = [];
    const prompter: Prompter = {
      text: async (q) => (validators.push(q.validate!), 'x'),
      select: async () => 'x' as never,
      multiselect: async () => [] as never,
      confirm: async () => false,
      note: () => {},
    };
    const run = await runScaffold('init', ['site', '--name', 'A', '--url', 'https://a.example/'], cwd, { prompter });
    expect(validators[0]!('api,Bad')).toBe(
      '"Bad" cannot be a component id: use lower-case letters, digits, "-" or "_", e.g. api or email-delivery',
    );
    expect(validators[0]!('')).toBe('name at least one component, e.g. api,dashboard,email');
    expect([run.code, run.stderr]).toEqual([1, 'cancelled; nothing was written']);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('statusmark init --help', () => {
  it('prints its usage and exits 0', async () => {
    const run = await runScaffold('init', ['--help'], tempFolder());
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Usage: npx statusmark init <folder> [options]');
    expect(run.stdout).toContain('  --force                write into a folder that is not empty (files of the same name are replaced)');
    const upgrade = await runScaffold('upgrade', ['-h'], tempFolder());
    expect([upgrade.code, upgrade.stdout.split('\n')[0]]).toEqual([0, 'Usage: npx statusmark upgrade [options]']);
    expect(upgrade.stdout).toContain('  --yes                  do not ask before writing; files you edited are still kept');
  });

  it('leaves nothing beside the folder it made, and makes a folder whose parent does not exist yet', async () => {
    const cwd = tempFolder();
    expect((await runScaffold('init', ['status/site', ...INIT_FLAGS], cwd)).code).toBe(0);
    expect(readdirSync(join(cwd, 'status'))).toEqual(['site']);
    expect(filesIn(join(cwd, 'status', 'site'))).toEqual(FILES);
  });
});
