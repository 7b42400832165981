/**
 * `statusmark upgrade` on real folders: a repository made by an older template
 * (test/fixtures/scaffold-v0, with its template.json), one whose team edited a workflow, and
 * --dry-run. Files the team never edited are replaced, edited ones kept with the diff shown.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../src/core/authoring/cli/prompts.ts';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { sha256 } from '../src/core/scaffold/template-record.ts';
import { INIT_FLAGS, runScaffold, tempFolder } from './helpers/scaffold.ts';

const V0 = join(import.meta.dirname, 'fixtures', 'scaffold-v0');
const NOW = new Date('2026-11-22T00:00:00Z');
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

function v0(): string {
  const root = tempFolder();
  cpSync(V0, root, { recursive: true });
  return root;
}

/** Every file of a folder with its text, for comparing trees. */
function snapshot(root: string, dir = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? Object.entries(snapshot(root, join(dir, e.name))) : [[join(dir, e.name), read(root, join(dir, e.name))]],
    ),
  );
}

/** What init writes today for the fixture's values: where an upgrade of the fixture must end. */
async function freshInit(): Promise<Record<string, string>> {
  const cwd = tempFolder();
  await runScaffold('init', ['acme-status', ...INIT_FLAGS], cwd);
  return snapshot(join(cwd, 'acme-status'));
}

const editPr = (root: string) => {
  const path = join(root, '.github/workflows/pr.yml');
  writeFileSync(path, read(root, '.github/workflows/pr.yml').replace('cancel-in-progress: true', 'cancel-in-progress: false'));
};

const PR_DIFF = `--- a/.github/workflows/pr.yml
+++ b/.github/workflows/pr.yml
@@ -6,7 +6,7 @@
   pull_request:
 concurrency:
   group: pr-\${{ github.event.pull_request.number }}
-  cancel-in-progress: false
+  cancel-in-progress: true
 jobs:
   check:
     runs-on: ubuntu-latest
@@ -18,11 +18,23 @@
         with:
           fetch-depth: 0
           persist-credentials: false
-      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
+      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
         with:
           node-version-file: .nvmrc
           cache: npm
       - run: npm ci
+      # The check's caches (node_modules/.cache/statusmark) and the incremental build's pages
+      # (node_modules/.astro) as the latest deploy left them, so the check and the build redo only
+      # what the pull request changes. Restored, never saved: the deploys keep them. After the
+      # install, which empties node_modules.
+      - name: Restore Astro's and the check's caches
+        uses: actions/cache/restore@55cc8345863c7cc4c66a329aec7e433d2d1c52a9 # v6.1.0
+        with:
+          path: |
+            node_modules/.astro
+            node_modules/.cache/statusmark
+          key: astro-\${{ hashFiles('package-lock.json') }}-\${{ github.event.pull_request.base.sha }}
+          restore-keys: astro-\${{ hashFiles('package-lock.json') }}-
       - name: Check the changed files
         id: check
         run: npx statusmark check --changed "\${{ github.event.pull_request.base.sha }}" --format github`;

const PR_KEPT =
  '! kept .github/workflows/pr.yml: you edited it, so upgrade does not replace it. The diff above is what the new version would change;\n' +
  '  apply what you want of it by hand, or take the whole file with `npx statusmark upgrade --take .github/workflows/pr.yml`.';

describe('statusmark upgrade of a repository made by an older template', () => {
  it('replaces what the team never edited, adds the new workflow, and ends where a fresh init is', async () => {
    const root = v0();
    const run = await runScaffold('upgrade', [], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '-      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0\n+      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
    );
    expect(run.stdout.split('\n').filter((l) => /^[✔!]/.test(l))).toEqual([
      '✔ replaced .github/workflows/deploy.yml: you had not edited it',
      '✔ replaced .github/workflows/pr.yml: you had not edited it',
      '✔ added .github/workflows/watchdog.yml: new in this version',
      '✔ added .github/workflows/timekeeper.yml: new in this version',
      '✔ replaced README.md: you had not edited it',
      '✔ Upgraded to Statusmark 0.1.0 (templates version 3): 5 files changed.',
    ]);
    expect(run.stdout).toContain(
      '--- /dev/null\n+++ b/.github/workflows/watchdog.yml\n@@ -0,0 +1,43 @@\n+# Opens one issue per open incident',
    );
    expect(snapshot(root)).toEqual(await freshInit());
    expect(checkContentRoot(root, { now: NOW }).diagnostics).toEqual([]);
  });

  it('says so when there is nothing left to do', async () => {
    const root = v0();
    await runScaffold('upgrade', [], root);
    const again = await runScaffold('upgrade', [], root);
    expect([again.code, again.stdout, again.stderr]).toEqual([0, '✔ Everything is up to date with Statusmark 0.1.0.', '']);
    const dry = await runScaffold('upgrade', ['--dry-run'], root);
    expect([dry.code, dry.stdout, dry.stderr]).toEqual([0, '✔ Everything is up to date with Statusmark 0.1.0.', '']);
  });

  it('--dry-run prints the same diffs and writes nothing', async () => {
    const root = v0();
    const before = snapshot(root);
    const run = await runScaffold('upgrade', ['--dry-run'], root);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => /^[✔!]|^--dry-run/.test(l))).toEqual([
      '✔ would replace .github/workflows/deploy.yml: you had not edited it',
      '✔ would replace .github/workflows/pr.yml: you had not edited it',
      '✔ would add .github/workflows/watchdog.yml: new in this version',
      '✔ would add .github/workflows/timekeeper.yml: new in this version',
      '✔ would replace README.md: you had not edited it',
      '--dry-run: nothing was written (5 files would change).',
    ]);
    expect(run.stdout).toContain('+++ b/.github/workflows/deploy.yml');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('statusmark upgrade when the team edited a workflow', () => {
  it('keeps the team’s file, shows the diff, says how to take the new one, and exits 1', async () => {
    const root = v0();
    editPr(root);
    const edited = read(root, '.github/workflows/pr.yml');
    const run = await runScaffold('upgrade', [], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${PR_DIFF}\n${PR_KEPT}`);
    expect(read(root, '.github/workflows/pr.yml')).toBe(edited);
    expect(run.stdout).toContain('✔ Upgraded to Statusmark 0.1.0 (templates version 3): 4 files changed, 1 of yours kept.');
    // Still the team's on the next run: its recorded sha256 is the one init made.
    const again = await runScaffold('upgrade', [], root);
    expect([again.code, again.stdout]).toEqual([
      1,
      `${PR_DIFF}\n${PR_KEPT}\n✔ Upgraded to Statusmark 0.1.0 (templates version 3): 0 files changed, 1 of yours kept.`,
    ]);
  });

  it('says nothing of a file the team edited when our template of it has not changed since', async () => {
    const cwd = tempFolder();
    await runScaffold('init', ['acme-status', ...INIT_FLAGS], cwd);
    const root = join(cwd, 'acme-status');
    const edited = `${read(root, 'astro.config.mjs')}// our own line\n`;
    writeFileSync(join(root, 'astro.config.mjs'), edited);
    const run = await runScaffold('upgrade', [], root);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '✔ Everything is up to date with Statusmark 0.1.0.', '']);
    expect(read(root, 'astro.config.mjs')).toBe(edited);
  });

  it('--yes still keeps it; --take replaces it', async () => {
    const root = v0();
    editPr(root);
    const edited = read(root, '.github/workflows/pr.yml');
    expect((await runScaffold('upgrade', ['--yes'], root)).code).toBe(1);
    expect(read(root, '.github/workflows/pr.yml')).toBe(edited);
    const take = await runScaffold('upgrade', ['--take', '.github/workflows/pr.yml'], root);
    expect(take.code).toBe(0);
    expect(take.stdout).toBe(
      `${PR_DIFF}\n✔ replaced .github/workflows/pr.yml with the new version, as you asked; your edits are in git\n✔ Upgraded to Statusmark 0.1.0 (templates version 3): 1 file changed.`,
    );
    expect(read(root, '.github/workflows/pr.yml')).toContain('cancel-in-progress: true');
    const record = JSON.parse(read(root, '.statusmark/template.json')) as { files: Record<string, string> };
    expect(record.files['.github/workflows/pr.yml']).toBe(sha256(read(root, '.github/workflows/pr.yml')));
  });

  it('in a terminal asks, with no as the default, and replaces it only on yes', async () => {
    for (const answer of [false, true]) {
      const root = v0();
      editPr(root);
      const asked: { message: string; initial?: boolean | undefined }[] = [];
      const prompter: Prompter = {
        text: async () => '',
        select: async () => '' as never,
        multiselect: async () => [] as never,
        confirm: async (q) => (asked.push(q), answer),
        note: () => {},
      };
      const run = await runScaffold('upgrade', [], root, { prompter });
      expect(asked).toEqual([
        {
          message: 'You edited .github/workflows/pr.yml. Replace it with the new version above? Your edits would be lost.',
          initial: false,
        },
      ]);
      expect(run.code).toBe(answer ? 0 : 1);
      expect(read(root, '.github/workflows/pr.yml').includes('cancel-in-progress: true')).toBe(answer);
    }
  });

  it('leaves out a workflow the team deleted, and says how to take it back', async () => {
    const root = v0();
    rmSync(join(root, '.github/workflows/pr.yml'));
    const run = await runScaffold('upgrade', [], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '! left out .github/workflows/pr.yml: you deleted it. Take it back with `npx statusmark upgrade --take .github/workflows/pr.yml`.',
    );
    expect(snapshot(root)['.github/workflows/pr.yml']).toBeUndefined();
  });
});

describe('statusmark upgrade refuses', () => {
  it('a folder init did not make, a damaged record, a file it does not manage, an argument', async () => {
    const empty = tempFolder();
    expect(await runScaffold('upgrade', [], empty)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '✖ there is no .statusmark/template.json here. Run statusmark upgrade at the top of a repository made by `statusmark init`; that file records what its files were made from.',
    });
    const root = v0();
    writeFileSync(join(root, '.statusmark/template.json'), '{"template": 1}');
    expect(await runScaffold('upgrade', [], root)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '✖ .statusmark/template.json: statusmark Invalid input: expected string, received undefined; restore it with `git checkout -- .statusmark/template.json`',
    });
    const other = v0();
    const take = await runScaffold('upgrade', ['--take', 'status.config.yaml'], other);
    expect(take.code).toBe(2);
    expect(take.stderr).toBe(
      '--take status.config.yaml: not a file statusmark upgrade manages; those are: astro.config.mjs, .github/workflows/deploy.yml, .github/workflows/pr.yml, .github/workflows/watchdog.yml, .github/workflows/timekeeper.yml, .github/dependabot.yml, .nvmrc, .gitignore, README.md\n\nRun `npx statusmark upgrade --help` for the options.',
    );
    expect((await runScaffold('upgrade', ['now'], other)).code).toBe(2);
  });
});
