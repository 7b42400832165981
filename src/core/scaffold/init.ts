/**
 * `statusmark init <folder>`: a new status page repository holding only what the team owns,
 * rendered from src/templates/, with `.statusmark/template.json` recording what it was made from.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { now, UsageError, type CliIo } from '../authoring/cli/cli-io.ts';
import { PromptCancelled } from '../authoring/cli/prompts.ts';
import { parseConfig } from '../content/config/config.ts';
import { initValues } from './init-values.ts';
import { INIT_HELP } from './init-help.ts';
import { installedVersion } from './installed-version.ts';
import { renderTemplates, type RenderedFile } from './render-templates.ts';
import { RECORD_FILE, TEMPLATE_VERSION } from './template-manifest.ts';
import { recordText, sha256, type TemplateRecord } from './template-record.ts';
import { parseFlags, withUsage, writeInto } from './scaffold-io.ts';

const OPTIONS = {
  name: { type: 'string' },
  url: { type: 'string' },
  components: { type: 'string' },
  force: { type: 'boolean', default: false },
  yes: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Whether `dir` exists and holds anything (a file there is "not empty" too). */
function notEmpty(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return !statSync(dir).isDirectory() || readdirSync(dir).length > 0;
}

export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseFlags('init', argv, OPTIONS, io);
  if (!parsed) return 2;
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  return withUsage('init', io, () => init(flags, positionals, io));
}

async function init(flags: Record<string, unknown>, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`init takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
  let folder = positionals[0];
  if (folder === undefined) {
    if (!io.interactive || !io.prompter) throw new UsageError('the folder is missing, e.g. `npx statusmark init my-status`');
    folder = await io.prompter.text({
      message: 'Folder for the new status page',
      placeholder: 'my-status',
      validate: (v) => (v.trim() ? undefined : 'name a folder'),
    });
  }
  const dir = resolve(io.cwd, folder);
  const shown = relative(io.cwd, dir) || '.';
  if (notEmpty(dir) && !flags.force) {
    io.stderr(
      `✖ ${shown} is not empty; statusmark init writes only into a new or empty folder.\n  Pick another folder, or pass --force to write the new files over what is there.`,
    );
    return 1;
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const given = { name: text(flags.name), url: text(flags.url), components: text(flags.components) };
  const values = await initValues(io, dir, given, now(io));
  const version = installedVersion();
  const files = renderTemplates(values, version);
  const config = parseConfig(files.find((f) => f.path === 'status.config.yaml')!.text);
  const errors = config.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new UsageError(errors.map((d) => `${d.message}${d.hint ? ` (${d.hint})` : ''}`).join('\n'));
  if (io.interactive && io.prompter && !flags.yes) {
    if (!(await io.prompter.confirm({ message: `Write ${files.length + 1} files into ${shown}?` }))) throw new PromptCancelled();
  }
  writeTree(dir, [...files.map((f) => [f.path, f.text] as const), [RECORD_FILE, recordText(record(values, version, files))] as const]);
  io.stdout(summary(shown, [...files.map((f) => f.path), RECORD_FILE]));
  return 0;
}

/**
 * A new or empty folder gets the whole tree at once: written beside it, then renamed into its
 * place, so a failure halfway leaves no half-made repository. With --force the files go in place.
 */
function writeTree(dir: string, files: readonly (readonly [string, string])[]): void {
  if (notEmpty(dir)) {
    for (const [path, text] of files) writeInto(dir, path, text);
    return;
  }
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(join(dirname(dir), `.${basename(dir)}.init-`));
  try {
    for (const [path, text] of files) writeInto(staging, path, text);
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function record(values: TemplateRecord['values'], version: string, files: RenderedFile[]): TemplateRecord {
  const managed = files.filter((f) => f.kind === 'managed');
  return {
    template: TEMPLATE_VERSION,
    statusmark: version,
    values,
    files: Object.fromEntries(managed.map((f) => [f.path, sha256(f.text)])),
  };
}

function summary(shown: string, paths: string[]): string {
  return [
    `✔ Created ${shown} (${paths.length} files):`,
    ...paths.map((p) => `  ${p}`),
    '',
    'Next:',
    ...(shown === '.' ? [] : [`  cd ${shown}`]),
    '  npm install',
    '  npm run check',
    '  npm run build',
    '',
    'Then push it to GitHub and set Settings → Pages → Source to "GitHub Actions"; the README says the rest.',
  ].join('\n');
}
