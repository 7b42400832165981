/**
 * `statusmark upgrade`, run in a team's repository: brings the files init manages to the installed
 * templates (replacing what the team never edited, keeping what it did unless it says otherwise)
 * and rewrites content written in an older form. Diffs first; `--dry-run` writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, type CliIo } from '../authoring/cli/cli-io.ts';
import { fileIn, olderFormsIn } from '../checks/older-forms.ts';
import { rewriteOlderForms } from '../content/config/older-forms.ts';
import { fileDiff } from './file-diff.ts';
import { UPGRADE_HELP } from './init-help.ts';
import { installedVersion } from './installed-version.ts';
import { renderTemplates } from './render-templates.ts';
import { RECORD_FILE, TEMPLATE_VERSION } from './template-manifest.ts';
import { readRecord } from './read-record.ts';
import { recordText, sha256, type TemplateRecord } from './template-record.ts';
import { planFiles, type FileStep } from './upgrade-plan.ts';
import { parseFlags, withUsage, writeInto } from './scaffold-io.ts';

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  yes: { type: 'boolean', default: false },
  take: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

interface UpgradeFlags {
  dryRun: boolean;
  yes: boolean;
  take: Set<string>;
}

export async function runUpgrade(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseFlags('upgrade', argv, OPTIONS, io);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(UPGRADE_HELP);
    return 0;
  }
  return withUsage('upgrade', io, async () => {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; run upgrade in the repository itself`);
    return upgrade(io, {
      dryRun: Boolean(values['dry-run']),
      yes: Boolean(values.yes),
      take: new Set((values.take as string[] | undefined) ?? []),
    });
  });
}

async function upgrade(io: CliIo, flags: UpgradeFlags): Promise<number> {
  const root = io.cwd;
  const read = readRecord(root);
  if ('problem' in read) {
    io.stderr(`✖ ${read.problem}`);
    return 1;
  }
  const record = read.record;
  const version = installedVersion();
  const rendered = renderTemplates(record.values, version);
  const managed = new Set(rendered.filter((f) => f.kind === 'managed').map((f) => f.path));
  const unknown = [...flags.take].find((path) => !managed.has(path));
  if (unknown !== undefined)
    throw new UsageError(`--take ${unknown}: not a file statusmark upgrade manages; those are: ${[...managed].join(', ')}`);

  const steps = planFiles(root, record, rendered, flags.take);
  for (const step of steps) {
    const diff = fileDiff(step.path, step.before, step.after);
    if (diff && step.action !== 'deleted' && step.action !== 'current') io.stdout(diff);
    if (step.action === 'keep' && io.interactive && io.prompter && !flags.yes && !flags.dryRun) {
      const replace = await io.prompter.confirm({
        message: `You edited ${step.path}. Replace it with the new version above? Your edits would be lost.`,
        initial: false,
      });
      if (replace) step.action = 'take';
    }
    const said = outcome(step, flags.dryRun);
    if (said) io.stdout(said);
  }
  const content = contentRewrites(root);
  for (const rewrite of content) {
    io.stdout(fileDiff(rewrite.path, rewrite.before, rewrite.after));
    io.stdout(`✔ ${flags.dryRun ? 'would rewrite' : 'rewrote'} ${rewrite.path}: ${rewrite.what}`);
  }
  const writes = steps.filter((s) => s.action === 'add' || s.action === 'replace' || s.action === 'take');
  const kept = steps.filter((s) => s.action === 'keep');
  const changes = writes.length + content.length;
  if (flags.dryRun) {
    io.stdout(
      changes
        ? `--dry-run: nothing was written (${changes} ${changes === 1 ? 'file' : 'files'} would change).`
        : `✔ Everything is up to date with Statusmark ${version}.`,
    );
    return 0;
  }
  for (const step of writes) writeInto(root, step.path, step.after);
  for (const rewrite of content) writeFileSync(join(root, rewrite.path), rewrite.after);
  writeInto(root, RECORD_FILE, recordText(nextRecord(record, version, steps)));
  if (!changes && !kept.length) io.stdout(`✔ Everything is up to date with Statusmark ${version}.`);
  else
    io.stdout(
      `✔ Upgraded to Statusmark ${version} (templates version ${TEMPLATE_VERSION}): ${changes} ${changes === 1 ? 'file' : 'files'} changed${kept.length ? `, ${kept.length} of yours kept` : ''}.`,
    );
  return kept.length ? 1 : 0;
}

/** What upgrade says it did (or, with --dry-run, would do) to one file. */
function outcome(step: FileStep, dryRun: boolean): string | undefined {
  const would = (done: string, future: string) => (dryRun ? future : done);
  switch (step.action) {
    case 'add':
      return `✔ ${would('added', 'would add')} ${step.path}: new in this version`;
    case 'replace':
      return `✔ ${would('replaced', 'would replace')} ${step.path}: you had not edited it`;
    case 'take':
      return `✔ ${would('replaced', 'would replace')} ${step.path} with the new version, as you asked; your edits are in git`;
    case 'keep':
      return `! ${would('kept', 'would keep')} ${step.path}: you edited it, so upgrade does not replace it. The diff above is what the new version would change;\n  apply what you want of it by hand, or take the whole file with \`npx statusmark upgrade --take ${step.path}\`.`;
    case 'deleted':
      return `! left out ${step.path}: you deleted it. Take it back with \`npx statusmark upgrade --take ${step.path}\`.`;
    case 'current':
      return undefined;
  }
}

interface ContentRewrite {
  path: string;
  what: string;
  before: string;
  after: string;
}

/** The config with its older forms rewritten, when it has any. */
function contentRewrites(root: string): ContentRewrite[] {
  const found = olderFormsIn(root);
  if (!found.length) return [];
  const path = found[0]!.file;
  const before = readFileSync(join(root, path), 'utf8');
  const lines = found.map((f) => f.line).join(', ');
  return [
    {
      path,
      what: `the older form on line${found.length > 1 ? 's' : ''} ${lines}`,
      before,
      after: rewriteOlderForms(path, before, fileIn(root)),
    },
  ];
}

/** What the files are now made from: the installed version for every file written; a kept file keeps its old sha256, so it still reads as edited. */
function nextRecord(record: TemplateRecord, version: string, steps: readonly FileStep[]): TemplateRecord {
  const written = new Set<FileStep['action']>(['add', 'replace', 'take', 'current']);
  // In the templates' order, as init writes it, then any file this version no longer makes.
  const files: Record<string, string> = {};
  for (const step of steps) {
    const hash = written.has(step.action) ? sha256(step.after) : record.files[step.path];
    if (hash) files[step.path] = hash;
  }
  for (const [path, hash] of Object.entries(record.files)) files[path] ??= hash;
  return { ...record, template: TEMPLATE_VERSION, statusmark: version, files };
}
