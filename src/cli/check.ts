/** `npm run check` and `statusmark check`: validate the content root, lint it against the policy and style rules, and print compiler-style findings. Exit 1 on errors. */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles, repositoryPrefix } from '../core/content/changed.ts';
import { checkContentRoot } from '../core/checks/check.ts';
import { argsErrorMessage } from '../core/shared/cli-args.ts';
import { countBySeverity, sortDiagnostics } from '../core/diagnostics/diagnostics.ts';
import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { checkPublicFolder } from '../core/content/files/public-folder.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import { REPORTERS } from '../core/diagnostics/reporters/index.ts';

/** How the user ran the command, for its help: `npm run check` in a project's scripts, `statusmark check` from the bin. */
export interface CheckInvocation {
  /** The command itself, e.g. `npm run check`. */
  command: string;
  /** What options follow, e.g. `npm run check --` (npm needs the `--`). */
  withOptions: string;
  /** The help's first line. */
  usage: string;
}

export const NPM_CHECK: CheckInvocation = {
  command: 'npm run check',
  withOptions: 'npm run check --',
  usage: 'npm run check [-- options]',
};
export const BIN_CHECK: CheckInvocation = {
  command: 'statusmark check',
  withOptions: 'statusmark check',
  usage: 'statusmark check [options]',
};

export function checkHelp({ command, withOptions, usage }: CheckInvocation): string {
  return `Usage: ${usage}

Validates status.config.yaml and every incidents/**/*.md file, and lints them against
the communication policy and the plain-language style (see the README for every rule).
Symlinks in incidents/ and public/ must stay inside the content root and the repository.

Options:
  --dir <folder>     the content root to check (default: STATUS_DIR, or the current folder)
  --format <name>    ${Object.keys(REPORTERS).join(' | ')} (default: human)
                     github prints GitHub Actions annotations that show on a PR's diff
  --changed <ref>    only check incident files changed since a git ref (the config is
                     always checked; a changed config checks everything)
  --errors-only      print errors, not warnings, and skip rules configured as warnings
                     (what the build itself checks)
  --no-cache         re-read every file's frontmatter and re-lint its prose instead of
                     reusing what node_modules/.cache/statusmark/ remembers
  -h, --help         show this help

Examples:
  ${command}
  ${withOptions} --changed origin/main --format github
  STATUS_NOW=2026-11-20T15:00:00Z ${withOptions} --format json

Environment:
  STATUS_DIR=<folder>     content root to check (default: the current folder)
  STATUS_NOW=<ISO time>   the check's idea of "now", e.g. 2026-11-20T14:05:00Z

Exit status: 0 when there are no errors (warnings allowed), 1 otherwise, 2 on bad usage.`;
}

const OPTIONS = {
  dir: { type: 'string' },
  format: { type: 'string', default: 'human' },
  changed: { type: 'string' },
  'errors-only': { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function runCheck(argv: readonly string[], invocation: CheckInvocation = NPM_CHECK): number {
  let args;
  try {
    args = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${argsErrorMessage(error, OPTIONS)}\n\nRun \`${invocation.withOptions} --help\` for the options.`);
    return 2;
  }
  if (args.help) {
    console.log(checkHelp(invocation));
    return 0;
  }
  const reporter = REPORTERS[args.format];
  if (!reporter) {
    console.error(`unknown --format "${args.format}"; use one of: ${Object.keys(REPORTERS).join(', ')}`);
    return 2;
  }
  let now: Date;
  try {
    now = nowFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const root = args.dir === undefined ? contentRootFromEnv() : resolve(args.dir);
  let only: Set<string> | undefined;
  if (args.changed !== undefined) {
    try {
      const changed = changedFiles(root, args.changed);
      only = changed.only;
      if (changed.reason && args.format === 'human') console.error(`${changed.reason}: checking every file`);
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
  }
  const errorsOnly = args['errors-only'];
  // One cache file per content root, so a full run over one root never prunes another's findings.
  const cacheOf = (kind: string, ext: string) =>
    join('node_modules', '.cache', 'statusmark', `${kind}-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.${ext}`);
  const caches = args['no-cache'] ? {} : { styleCacheFile: cacheOf('style', 'json'), yamlCacheFile: cacheOf('yaml', 'bin') };
  const content = checkContentRoot(root, { now, errorsOnly, ...(only ? { only } : {}), ...caches });
  // The build publishes public/ of the project it runs in (this folder), whichever content root it reads.
  const all = sortDiagnostics([...content.diagnostics, ...checkPublicFolder(process.cwd())]);
  const diagnostics = errorsOnly ? all.filter((d) => d.severity === 'error') : all;
  const text = reporter({
    diagnostics,
    files: content.files,
    color: wantsColor(process.stdout, process.env),
    ...(args.format === 'github' ? { pathPrefix: repositoryPrefix(root) } : {}),
  });
  if (text) console.log(text);
  return countBySeverity(all).errors > 0 ? 1 : 0;
}
