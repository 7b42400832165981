/**
 * `npm run status -- <command>`: write incidents and maintenance for the responder, checked with
 * the same code as `npm run check` before anything is written. Flags for everything; questions
 * (through @clack/prompts) for what is missing when it runs in a terminal.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkContentRoot, checkIncidentText } from '../check.ts';
import { argsErrorMessage } from '../cli-args.ts';
import type { TimeFormat } from '../config-schema.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { contentRootFromEnv, nowFromEnv } from '../env.ts';
import type { Incident } from '../model.ts';
import { isOverdue, nextUpdateDue } from '../next-update.ts';
import { formatHuman } from '../reporters/human.ts';
import { COMPONENT_STATUS_LABELS, IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES, STATUS_LABELS, type Impact, type UpdateStatus } from '../statuses.ts';
import { didYouMean } from '../suggest.ts';
import { deriveState } from '../timeline.ts';
import { formatDuration, formatUtc } from '../time.ts';
import { promisedLabel } from './clock.ts';
import {
  AuthoringError,
  openContext,
  parseAt,
  parseComponents,
  parseDuration,
  parseImpact,
  parseIncidentStatus,
  parseMaintenanceStatus,
  parseNext,
  planMaintenance,
  planMaintenanceComplete,
  planNew,
  planReport,
  planResolve,
  planUpdate,
  validatePlan,
  type ComponentSpec,
  type Context,
  type Plan,
} from './commands.ts';
import { GitHubError, GitHubSession } from './github.ts';
import { PromptCancelled, type Prompter } from './prompts.ts';
import { branchName, pullRequestBody } from './pull-request.ts';
import { githubToken } from './token.ts';
import { LocalWorkspace, type Workspace } from './workspace.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Ask for what is missing (stdin and stdout are a terminal). */
  interactive: boolean;
  prompter?: Prompter;
  color?: boolean;
  /** Reads --message-file; `-` is standard input. */
  readFile?: (path: string) => string;
}

// ---------------------------------------------------------------------------------------------
// Help

const WRITE_OPTIONS = `Writing options (every command but list):
  --at <time>           when the update is posted (default: now), e.g. "2026-11-20 14:05 UTC" or "14:05 UTC"
  --dry-run             print the resulting file instead of writing it
  -y, --yes             don't ask for confirmation in a terminal
  --no-input            never ask questions; fail on missing flags instead
  --pr                  open a pull request through the GitHub API instead of writing locally;
                        reads the files from GitHub, so no clone is needed. The token comes from
                        $GITHUB_TOKEN or $GH_TOKEN, else from \`gh auth token\` (the GitHub CLI)
  --repo <owner/repo>   the repository for --pr (default: $GITHUB_REPOSITORY)
  --base <branch>       the branch to read and to open the pull request against (default: the repository's default branch)
  --branch <name>       the new branch (default: status/<id>/<command>-<time>)
  --content-dir <dir>   the content root's folder in the repository (default: the top)
  --api-url <url>       the GitHub API (default: $GITHUB_API_URL or https://api.github.com)
  --merge               merge the pull request right away, for teams that let responders publish directly
  -h, --help            show help`;

const NEXT_OPTION = `  --next <minutes|time>   end the message with "Next update by HH:MM UTC." on the site's clock
                          (time_format: 12h writes "2:35 PM UTC"); a time of day is the next one`;

const GENERAL_HELP = `Usage: npm run status -- <command> [options]

Writes incidents and maintenance in the documented Markdown format and checks the result with
the same code as \`npm run check\` before writing: it never leaves an invalid file behind.

Commands:
  new                          create an incident
  update <id>                  add an update to an incident's timeline
  resolve <id>                 add the Resolved update; components go back to operational
  maintenance                  schedule maintenance
  maintenance update <id>      add an update to maintenance
  maintenance complete <id>    add the Completed update to maintenance
  report <id>                  add a post-incident report skeleton
  list                         open incidents and upcoming maintenance at a glance

Run \`npm run status -- <command> --help\` for the options and examples of each.

Examples:
  npm run status -- new --title "Elevated error rates on the REST API" --impact major \\
    --components api --message "Some API requests fail. Retrying usually works. Next update by 14:35 UTC."
  npm run status -- update 2026-11-20-elevated-error-rates-on-the-rest-api --status monitoring \\
    --components api=operational --message "A fix is deployed. Next update by 15:10 UTC." --pr
  npm run status -- resolve 2026-11-20-elevated-error-rates-on-the-rest-api

Environment:
  STATUS_DIR=<folder>     the content root (default: the current folder)
  STATUS_NOW=<ISO time>   the idea of "now" (default: the clock)
  GITHUB_TOKEN or GH_TOKEN   the token for --pr; without either, \`gh auth token\` when the
                             GitHub CLI is installed and logged in (there is no --token flag:
                             shell history and process lists would keep the token)
  GITHUB_REPOSITORY, GITHUB_API_URL   for --pr

Exit status: 0 done, 1 the result would not pass the check or GitHub refused, 2 bad usage.`;

const HELP: Record<string, string> = {
  new: `Usage: npm run status -- new [options]

Creates incidents/YYYY-MM-DD-<slug>.md (in incidents/<year>/ when your files are kept by year)
with the first update. Asks for what is missing when run in a terminal.

Options:
  --title <text>          what customers see, in their words (required)
  --impact <level>        ${IMPACTS.join(', ')} (required unless every component has a status)
  --components <list>     affected component ids, e.g. api,dashboard; or with statuses,
                          e.g. api=partial_outage,dashboard=degraded (repeatable)
  --status <status>       ${INCIDENT_STATUSES.join(', ')} (default: investigating)
  --message <text>        the first update: what customers see, what you are doing, when the next update comes
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --started <time>        when the problem began, if before the first update
  --eta <time>            when you expect to resolve it
  --workaround <text>     what customers can do meanwhile (several lines are fine)
  --slug <text>           the file name after the date (default: from the title)

${WRITE_OPTIONS}

Examples:
  npm run status -- new --title "Elevated error rates on the REST API" --impact major \\
    --components api,dashboard --message "Some API requests fail with errors." --next 30
  npm run status -- new --title "Slow dashboard" --components dashboard=degraded \\
    --status identified --message-file update.md --started "13:50 UTC" --dry-run`,

  update: `Usage: npm run status -- update <id> [options]

Adds an update to the incident's timeline, where its time belongs (at the top in the usual
newest-first file). --eta and --workaround change those fields where they stand. The rest of
the file is kept byte for byte.

Options:
  --status <status>       ${INCIDENT_STATUSES.join(', ')} (default: update, i.e. no change of status)
  --message <text>        what changed, what you are doing, when the next update comes (required)
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --components <changes>  component status changes, written as the update's Components: line,
                          e.g. api=operational,dashboard=degraded_performance (repeatable)
  --eta <time>            a new expected resolution time (sets eta in the frontmatter)
  --workaround <text>     what customers can do meanwhile (sets workaround in the frontmatter)

${WRITE_OPTIONS}

Examples:
  npm run status -- update 2026-11-20-api-errors --status identified \\
    --message "A faulty release causes the errors. We are rolling it back." --next 30
  npm run status -- update 2026-11-20-api-errors --status monitoring --components api=operational \\
    --message "A fix is deployed and error rates are back to normal. Next update by 15:10 UTC." --pr`,

  resolve: `Usage: npm run status -- resolve <id> [options]

Adds the Resolved update and sets every affected component back to operational (a Components:
line). For major and critical incidents the default message says when the post-incident report
follows (policy.report_due_minutes).

Options:
  --message <text>        the final update (default: "This incident is resolved. All affected services work normally again.")
  --message-file <path>   read the message from a file (- for standard input)

${WRITE_OPTIONS}

Examples:
  npm run status -- resolve 2026-11-20-api-errors
  npm run status -- resolve 2026-11-20-api-errors --at "15:10 UTC" \\
    --message "Error rates are back to normal. Requests that failed can be retried." --pr --merge`,

  maintenance: `Usage: npm run status -- maintenance [options]
       npm run status -- maintenance update <id> [options]
       npm run status -- maintenance complete <id> [options]

Schedules maintenance (a file with kind: maintenance and its window and a Scheduled update),
adds an update to it, or completes it.

Options for scheduling:
  --title <text>          what the work is, e.g. "Database upgrade" (required)
  --start <time>          when the window starts, e.g. "2026-11-28 02:00 UTC" (required)
  --end <time>            when it ends; or
  --duration <length>     how long it lasts, e.g. 2h, 90m, 1h30m
  --components <list>     affected component ids (under maintenance while it runs), or id=status
                          for work that only degrades a component
  --message <text>        the announcement (default: one sentence with the window and the components)
  --message-file <path>   read the message from a file (- for standard input)
  --slug <text>           the file name after the date (default: from the title)

Options for update and complete:
  --status <status>       ${MAINTENANCE_STATUSES.join(', ')} (update; default: scheduled before the window, in_progress once it has started)
  --message <text>        the update (complete has a default)
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --components <changes>  component status changes, e.g. dashboard=operational

${WRITE_OPTIONS}

Examples:
  npm run status -- maintenance --title "Database upgrade" --start "2026-11-28 02:00 UTC" \\
    --duration 2h --components api,dashboard
  npm run status -- maintenance update 2026-11-28-database-upgrade --status in_progress \\
    --message "The work has started. The dashboard is read-only for up to 20 minutes." --next 30
  npm run status -- maintenance complete 2026-11-28-database-upgrade --pr`,

  report: `Usage: npm run status -- report <id> [options]

Adds a "## Post-incident report" with every section the handbook lists: Summary (drafted),
Timeline (filled in from the updates), Root cause, Impact, Resolution, Next steps, Further
updates and Support (from the config). Guidance for each section is in HTML comments, which
never reach the page; \`npm run check\` reports sections still empty.

${WRITE_OPTIONS}

Examples:
  npm run status -- report 2026-11-20-api-errors
  npm run status -- report 2026-11-20-api-errors --dry-run > report-draft.md`,

  list: `Usage: npm run status -- list [--format json]

Open incidents (status, impact, how long, when the next update is due) and maintenance that is
in progress or upcoming.

Examples:
  npm run status -- list
  STATUS_NOW=2026-11-20T15:00:00Z npm run status -- list --format json`,
};

// ---------------------------------------------------------------------------------------------
// Arguments

const COMMON: ParseArgsConfig['options'] = {
  at: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  'no-input': { type: 'boolean' },
  pr: { type: 'boolean' },
  repo: { type: 'string' },
  base: { type: 'string' },
  branch: { type: 'string' },
  'content-dir': { type: 'string' },
  'api-url': { type: 'string' },
  merge: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};
const MESSAGE: ParseArgsConfig['options'] = { message: { type: 'string' }, 'message-file': { type: 'string' } };
const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  new: {
    ...COMMON,
    ...MESSAGE,
    title: { type: 'string' },
    impact: { type: 'string' },
    components: { type: 'string', multiple: true },
    status: { type: 'string' },
    next: { type: 'string' },
    started: { type: 'string' },
    eta: { type: 'string' },
    workaround: { type: 'string' },
    slug: { type: 'string' },
  },
  update: {
    ...COMMON,
    ...MESSAGE,
    status: { type: 'string' },
    components: { type: 'string', multiple: true },
    next: { type: 'string' },
    eta: { type: 'string' },
    workaround: { type: 'string' },
  },
  resolve: { ...COMMON, ...MESSAGE },
  maintenance: {
    ...COMMON,
    ...MESSAGE,
    title: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    duration: { type: 'string' },
    components: { type: 'string', multiple: true },
    slug: { type: 'string' },
  },
  'maintenance update': { ...COMMON, ...MESSAGE, status: { type: 'string' }, components: { type: 'string', multiple: true }, next: { type: 'string' } },
  'maintenance complete': { ...COMMON, ...MESSAGE },
  report: { ...COMMON },
  list: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
};

type Values = Record<string, string | boolean | string[] | undefined>;

class UsageError extends Error {}

function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Main

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  if (args[0] === '--') args.shift();
  let command = args.shift();
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? args[0] : undefined;
    io.stdout(topic && HELP[topic] ? HELP[topic]! : GENERAL_HELP);
    return command ? 0 : 2;
  }
  if (command === 'maintenance' && (args[0] === 'update' || args[0] === 'complete')) command = `maintenance ${args.shift()}`;
  const options = OPTIONS[command];
  if (!options) {
    io.stderr(`unknown command "${command}"${didYouMean(command, Object.keys(OPTIONS))}\n\n${GENERAL_HELP}`);
    return 2;
  }
  const token = tokenRefusal(args, options);
  if (token) {
    io.stderr(token);
    return 2;
  }
  let values: Values;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    values = parsed.values as Values;
    positionals = parsed.positionals;
  } catch (error) {
    io.stderr(`${argsErrorMessage(error, options, args)}\n\nRun \`npm run status -- ${command} --help\` for the options.`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP[command.split(' ')[0]!]!);
    return 0;
  }
  try {
    if (command === 'list') return list(values, io);
    return await write(command, values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\nRun \`npm run status -- ${command} --help\` for the options and examples.`);
      return 2;
    }
    if (error instanceof PromptCancelled) {
      io.stderr(error.message);
      return 1;
    }
    if (error instanceof AuthoringError) {
      io.stderr(`✖ ${error.message}`);
      if (error.diagnostics.length) io.stderr(formatHuman(error.diagnostics, { color: Boolean(io.color) }));
      return 1;
    }
    if (error instanceof GitHubError) {
      io.stderr(`✖ ${error.message}\n  ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

/** What to say to `--token`, which the CLI does not take; the token it came with is never repeated. */
function tokenRefusal(args: readonly string[], options: ParseArgsConfig['options']): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options: { ...options, token: { type: 'string' } }, allowPositionals: true, strict: false, tokens: true });
  const flag = tokens.find((t) => t.kind === 'option' && t.name === 'token');
  if (!flag) return undefined;
  return [
    '--token is not taken: a token on the command line stays in your shell history and shows in the list of running processes.',
    'Set GITHUB_TOKEN or GH_TOKEN in the environment, or log in once with the GitHub CLI (`gh auth login`), and run the command again without --token.',
    ...(flag.kind === 'option' && flag.value ? ['If that was a real token, revoke it now: https://github.com/settings/tokens'] : []),
  ].join('\n');
}

function now(io: CliIo): Date {
  try {
    return nowFromEnv(io.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function contentRoot(io: CliIo): string {
  return contentRootFromEnv(io.env, io.cwd);
}

async function write(command: string, values: Values, positionals: string[], io: CliIo): Promise<number> {
  const when = now(io);
  const ask = io.interactive && !values['no-input'] && io.prompter ? io.prompter : undefined;
  if (values.merge && !values.pr) throw new UsageError('--merge only works with --pr');
  if (values.pr && values['dry-run']) throw new UsageError('--dry-run and --pr do not go together; --dry-run prints what --pr would commit');
  const expected = command === 'new' || command === 'maintenance' ? 0 : 1;
  if (positionals.length > expected) throw new UsageError(`unexpected argument "${positionals[expected]}"`);

  // Where the content comes from: the local folder, or the base branch on GitHub.
  let session: GitHubSession | undefined;
  let ws: Workspace;
  if (values.pr) {
    session = new GitHubSession({
      token: githubToken(io.env, str(values, 'api-url') ?? io.env.GITHUB_API_URL),
      repository: str(values, 'repo') ?? io.env.GITHUB_REPOSITORY,
      apiUrl: str(values, 'api-url') ?? io.env.GITHUB_API_URL,
      ...(str(values, 'base') ? { base: str(values, 'base')! } : {}),
      ...(str(values, 'content-dir') !== undefined ? { contentDir: str(values, 'content-dir')! } : {}),
    });
    ws = await session.open();
  } else {
    ws = new LocalWorkspace(contentRoot(io));
  }
  const ctx = openContext(ws, when);

  const plan = await makePlan(command, ctx, values, positionals, ask, io);
  const check = validatePlan(ctx, plan);
  if (check.errors > 0) {
    io.stderr(formatHuman(check.diagnostics, { color: Boolean(io.color) }));
    io.stderr(`\n✖ ${plan.file} would not pass \`npm run check\`; nothing was written.`);
    return 1;
  }
  if (values['dry-run']) {
    io.stdout(plan.after.replace(/\r?\n$/, ''));
    io.stderr(`(dry run: ${plan.file} was not ${plan.before === undefined ? 'created' : 'changed'})`);
    if (check.diagnostics.length) io.stderr(formatHuman(check.diagnostics, { color: Boolean(io.color) }));
    return 0;
  }
  if (ask && !values.yes) {
    ask.note(preview(plan), plan.file);
    const go = await ask.confirm({ message: session ? `Open a pull request in ${session.fullName}?` : `Write ${plan.file}?` });
    if (!go) throw new PromptCancelled();
  }
  if (session) {
    const result = await session.openPullRequest({
      branch: str(values, 'branch') ?? branchName(plan, when),
      title: plan.prTitle,
      body: pullRequestBody(ctx, plan, check.diagnostics, Boolean(values.merge)),
      commitMessage: `status: ${plan.prTitle}`,
      files: [{ file: plan.file, text: plan.after }],
      merge: Boolean(values.merge),
    });
    io.stdout(`✔ ${result.merged ? 'Opened and merged' : 'Opened'} pull request #${result.number}: ${result.url}`);
    io.stdout(`  ${plan.what} in ${plan.file}, on branch ${result.branch}`);
  } else {
    (ws as LocalWorkspace).write(plan.file, plan.after);
    io.stdout(`✔ ${plan.before === undefined ? 'Created' : 'Updated'} ${plan.file}: ${plan.what}`);
    io.stdout(`  Commit it and open a pull request, or run the same command with --pr.`);
  }
  // After a blank line, so the last finding's indented hint is not read as the next step.
  if (check.diagnostics.length) io.stdout(`\n${formatHuman(check.diagnostics, { color: Boolean(io.color) })}`);
  return 0;
}

function preview(plan: Plan): string {
  if (plan.before === undefined) return plan.after.trimEnd();
  // The lines that were added.
  const before = plan.before.split('\n');
  const after = plan.after.split('\n');
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const added = after.length - before.length;
  return after
    .slice(start, start + added)
    .join('\n')
    .trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Inputs: flags first, questions for the rest

function message(values: Values, io: CliIo): string | undefined {
  const file = str(values, 'message-file');
  if (file !== undefined) {
    if (str(values, 'message') !== undefined) throw new UsageError('give --message or --message-file, not both');
    const read = io.readFile ?? ((p: string) => readFileSync(p === '-' ? 0 : p, 'utf8'));
    try {
      return read(file === '-' ? '-' : resolve(io.cwd, file));
    } catch (error) {
      throw new UsageError(`--message-file: cannot read "${file}": ${(error as Error).message}`);
    }
  }
  return str(values, 'message');
}

/** `--next 30` or `--next "15:10 UTC"` → " Next update by 15:10 UTC." (or "3:10 PM UTC", on the site's clock) after the message. */
function withNext(text: string, next: string | undefined, at: Date, clock: TimeFormat): string {
  if (next === undefined || next.trim() === '') return text;
  const sentence = `Next update by ${promisedLabel(parseNext(next, at), at, clock)}.`;
  return /[.!?]$/.test(text.trim()) || !text.trim() ? `${text.trim()} ${sentence}`.trim() : `${text.trim()}. ${sentence}`;
}

function missing(what: string): never {
  throw new UsageError(`${what} is missing (run it in a terminal to be asked, or pass the flag)`);
}

async function pickIncident(ctx: Context, ask: Prompter | undefined, positional: string | undefined, filter: (i: Incident) => boolean, what: string): Promise<string> {
  if (positional) return positional;
  if (!ask) missing(`the incident id (npm run status -- <command> <id>)`);
  const choices: { value: string; label: string; hint: string }[] = [];
  for (const file of ctx.ws.files) {
    const { incident } = checkIncidentText(file, await ctx.ws.read(file), ctx.loaded, { now: ctx.now, errorsOnly: true });
    if (incident && filter(incident)) {
      const state = deriveState(incident, ctx.now);
      choices.push({ value: incident.id, label: incident.title, hint: `${incident.id} · ${STATUS_LABELS[state.status]}` });
    }
  }
  if (choices.length === 0) throw new AuthoringError(`there is no ${what} in ${ctx.ws.label}`);
  return ask.select({ message: `Which ${what}?`, options: choices });
}

function componentChoices(ctx: Context) {
  return [...ctx.loaded.componentsById.values()].map((c) => ({ value: c.id, label: c.name, ...(c.group ? { hint: c.group } : {}) }));
}

const notEmpty = (what: string) => (v: string) => (v.trim() ? undefined : `${what} is required`);

/** A prompt validator from a parser: its error message, or nothing when the answer parses. */
function checked(parse: (value: string) => unknown): (v: string) => string | undefined {
  return (v: string) => {
    try {
      parse(v);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
}

async function makePlan(command: string, ctx: Context, values: Values, positionals: string[], ask: Prompter | undefined, io: CliIo): Promise<Plan> {
  const at = parseAt(str(values, 'at'), ctx.now);
  const interval = ctx.loaded.config.policy.update_interval_minutes;
  const componentFlag = values.components as string[] | undefined;

  const askNext = async (given: string | undefined): Promise<string | undefined> => {
    if (given !== undefined || !ask) return given;
    return ask.text({ message: 'Next update in how many minutes? (empty: none)', initial: String(interval) });
  };
  const askMessage = async (text: string | undefined, question: string, initial?: string): Promise<string> => {
    if (text !== undefined) return text;
    if (!ask) {
      if (initial !== undefined) return initial;
      missing('--message');
    }
    return ask.text({ message: question, multiline: true, ...(initial ? { initial } : {}), validate: notEmpty('the message') });
  };

  if (!ask) {
    // Without a terminal to ask in, say everything that is missing at once.
    const has = (k: string) => values[k] !== undefined;
    const hasMessage = has('message') || has('message-file');
    const need: string[] = [];
    if ((command === 'new' || command === 'maintenance') && !has('title')) need.push('--title');
    if (command === 'new' && !has('impact') && !(componentFlag ?? []).join(',').includes('=')) need.push('--impact');
    if ((command === 'new' || command === 'update' || command === 'maintenance update') && !hasMessage) need.push('--message');
    if (command === 'maintenance' && !has('start')) need.push('--start');
    if (command === 'maintenance' && !has('end') && !has('duration')) need.push('--end or --duration');
    if (command !== 'new' && command !== 'maintenance' && !positionals[0]) need.unshift('the id');
    if (need.length) throw new UsageError(`missing: ${need.join(', ')} (run it in a terminal to be asked, or pass ${need.length > 1 ? 'them' : 'it'})`);
  }

  switch (command) {
    case 'new': {
      const title = str(values, 'title') ?? (ask ? await ask.text({ message: 'Title: what do customers see?', placeholder: 'Elevated error rates on the REST API', validate: notEmpty('the title') }) : missing('--title'));
      let components: ComponentSpec[];
      if (componentFlag) components = parseComponents(componentFlag, ctx.loaded);
      else if (ask) components = (await ask.multiselect({ message: 'Affected components', options: componentChoices(ctx) })).map((id) => ({ id }));
      else components = [];
      let impact: Impact | undefined = str(values, 'impact') !== undefined ? parseImpact(str(values, 'impact')!) : undefined;
      if (!impact && !(components.length && components.every((c) => c.status))) {
        impact = ask
          ? await ask.select<Impact>({
              message: 'Impact',
              options: [
                { value: 'minor', label: 'Minor', hint: 'degraded performance' },
                { value: 'major', label: 'Major', hint: 'partial outage' },
                { value: 'critical', label: 'Critical', hint: 'major outage' },
                { value: 'none', label: 'None', hint: 'no change of component status' },
              ],
              initial: 'minor',
            })
          : missing('--impact');
      }
      const status = str(values, 'status') !== undefined ? parseIncidentStatus(str(values, 'status')!) : ask ? await ask.select({ message: 'Status', options: INCIDENT_STATUSES.filter((s) => s !== 'update').map((s) => ({ value: s, label: STATUS_LABELS[s] })), initial: 'investigating' }) : 'investigating';
      const text = await askMessage(message(values, io), 'First update: what do customers see, and what are you doing?');
      const next = await askNext(str(values, 'next'));
      return planNew(ctx, {
        title,
        ...(impact ? { impact } : {}),
        components,
        status,
        message: withNext(text, next, at, ctx.loaded.config.time_format),
        at,
        ...(str(values, 'started') ? { started: parseAt(str(values, 'started'), ctx.now, '--started') } : {}),
        ...(str(values, 'eta') ? { eta: parseAt(str(values, 'eta'), ctx.now, '--eta') } : {}),
        ...(str(values, 'workaround') ? { workaround: str(values, 'workaround')! } : {}),
        ...(str(values, 'slug') ? { slug: str(values, 'slug')! } : {}),
      });
    }
    case 'update': {
      const id = await pickIncident(ctx, ask, positionals[0], (i) => i.kind === 'incident' && deriveState(i, ctx.now).open, 'open incident');
      let status: UpdateStatus | undefined = str(values, 'status') !== undefined ? parseIncidentStatus(str(values, 'status')!) : undefined;
      if (!status && ask) {
        status = await ask.select<UpdateStatus>({ message: 'Status', options: INCIDENT_STATUSES.filter((s) => s !== 'resolved').map((s) => ({ value: s, label: STATUS_LABELS[s], ...(s === 'update' ? { hint: 'no change of status' } : {}) })), initial: 'update' });
      }
      let components = componentFlag ? parseComponents(componentFlag, ctx.loaded) : [];
      if (!componentFlag && ask) {
        const answer = await ask.text({ message: 'Component changes (e.g. api=operational; empty: none)', initial: '', validate: checked((v) => parseComponents(v, ctx.loaded)) });
        components = parseComponents(answer, ctx.loaded);
      }
      const text = await askMessage(message(values, io), 'Update: what changed, and what are you doing?');
      const next = await askNext(str(values, 'next'));
      return planUpdate(ctx, id, {
        ...(status ? { status } : {}),
        message: withNext(text, next, at, ctx.loaded.config.time_format),
        at,
        components,
        ...(str(values, 'eta') ? { eta: parseAt(str(values, 'eta'), ctx.now, '--eta') } : {}),
        ...(str(values, 'workaround') ? { workaround: str(values, 'workaround')! } : {}),
      });
    }
    case 'resolve': {
      const id = await pickIncident(ctx, ask, positionals[0], (i) => i.kind === 'incident' && deriveState(i, ctx.now).open, 'open incident');
      const given = message(values, io);
      const text = given ?? (ask ? await ask.text({ message: 'Final update (empty: the default text)', multiline: true, initial: '' }) : undefined);
      return planResolve(ctx, id, { ...(text?.trim() ? { message: text } : {}), at });
    }
    case 'maintenance': {
      const title = str(values, 'title') ?? (ask ? await ask.text({ message: 'Title: what is the work?', placeholder: 'Database upgrade', validate: notEmpty('the title') }) : missing('--title'));
      const startText = str(values, 'start') ?? (ask ? await ask.text({ message: 'Window start (e.g. 2026-11-28 02:00 UTC)', validate: checked((v) => parseAt(v, ctx.now, 'the start')) }) : missing('--start'));
      const start = parseAt(startText, ctx.now, '--start');
      let end: Date;
      if (str(values, 'end') !== undefined && str(values, 'duration') !== undefined) throw new UsageError('give --end or --duration, not both');
      if (str(values, 'end') !== undefined) end = parseAt(str(values, 'end'), ctx.now, '--end');
      else {
        const duration = str(values, 'duration') ?? (ask ? await ask.text({ message: 'How long? (e.g. 2h, 90m)', initial: '1h', validate: checked(parseDuration) }) : missing('--end or --duration'));
        end = new Date(start.getTime() + parseDuration(duration));
      }
      let components: ComponentSpec[];
      if (componentFlag) components = parseComponents(componentFlag, ctx.loaded);
      else if (ask) components = (await ask.multiselect({ message: 'Affected components', options: componentChoices(ctx) })).map((id) => ({ id }));
      else components = [];
      const given = message(values, io);
      const text = given ?? (ask ? await ask.text({ message: 'Announcement (empty: a sentence with the window and components)', multiline: true, initial: '' }) : undefined);
      return planMaintenance(ctx, {
        title,
        start,
        end,
        components,
        ...(text?.trim() ? { message: text } : {}),
        at,
        ...(str(values, 'slug') ? { slug: str(values, 'slug')! } : {}),
      });
    }
    case 'maintenance update': {
      const id = await pickIncident(ctx, ask, positionals[0], (i) => i.kind === 'maintenance' && !['completed', 'cancelled'].includes(deriveState(i, ctx.now).maintenance ?? ''), 'scheduled maintenance');
      let status: UpdateStatus | undefined = str(values, 'status') !== undefined ? parseMaintenanceStatus(str(values, 'status')!) : undefined;
      if (!status && ask) {
        status = await ask.select<UpdateStatus>({ message: 'Status', options: MAINTENANCE_STATUSES.filter((s) => s !== 'completed').map((s) => ({ value: s, label: STATUS_LABELS[s] })), initial: 'in_progress' });
      }
      const components = componentFlag ? parseComponents(componentFlag, ctx.loaded) : [];
      const text = await askMessage(message(values, io), 'Update: how is the work going?');
      const next = await askNext(str(values, 'next'));
      return planUpdate(ctx, id, { ...(status ? { status } : {}), message: withNext(text, next, at, ctx.loaded.config.time_format), at, components }, 'maintenance update');
    }
    case 'maintenance complete': {
      const id = await pickIncident(ctx, ask, positionals[0], (i) => i.kind === 'maintenance' && !i.updates.some((u) => u.status === 'completed' || u.status === 'cancelled'), 'scheduled maintenance');
      const given = message(values, io);
      const text = given ?? (ask ? await ask.text({ message: 'Final update (empty: the default text)', multiline: true, initial: '' }) : undefined);
      return planMaintenanceComplete(ctx, id, { ...(text?.trim() ? { message: text } : {}), at });
    }
    case 'report': {
      const id = await pickIncident(ctx, ask, positionals[0], (i) => i.kind === 'incident' && !i.report && Boolean(i.resolved), 'resolved incident without a report');
      return planReport(ctx, id);
    }
  }
  throw new UsageError(`unknown command "${command}"`);
}

// ---------------------------------------------------------------------------------------------
// list

interface ListedIncident {
  id: string;
  file: string;
  title: string;
  kind: 'incident' | 'maintenance';
  status: string;
  impact: string;
  since: string;
  lastUpdate: string;
  nextUpdateDue?: string;
  overdue?: boolean;
  window?: { start: string; end: string };
  state?: string;
  /** "1 h 5 min" */
  duration: string;
  components: { id: string; status: string }[];
}

function list(values: Values, io: CliIo): number {
  const format = str(values, 'format') ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);
  const at = now(io);
  const root = contentRoot(io);
  const content = checkContentRoot(root, { now: at, errorsOnly: true });
  if (!content.loaded) {
    io.stderr(formatHuman(content.diagnostics, { color: Boolean(io.color) }));
    return 1;
  }
  const { policy } = content.loaded.config;
  const open: ListedIncident[] = [];
  const maintenance: ListedIncident[] = [];
  for (const incident of content.incidents) {
    const state = deriveState(incident, at);
    const latest = incident.updates.find((u) => u.at <= at);
    const base = {
      id: incident.id,
      file: incident.file,
      title: incident.title,
      kind: incident.kind,
      status: STATUS_LABELS[state.status],
      impact: incident.impact,
      since: formatUtc(state.start),
      lastUpdate: latest ? formatUtc(latest.at) : '',
      duration: formatDuration(state.durationMs),
      components: [...state.current].filter(([, s]) => s !== 'operational').map(([id, s]) => ({ id, status: s })),
    };
    if (incident.kind === 'incident' && state.open) {
      const due = nextUpdateDue(state, policy, at);
      open.push({ ...base, ...(due ? { nextUpdateDue: formatUtc(due.at), overdue: isOverdue(due, at) } : {}) });
    } else if (incident.kind === 'maintenance' && (state.maintenance === 'upcoming' || state.maintenance === 'in_progress')) {
      maintenance.push({ ...base, state: state.maintenance!, window: { start: formatUtc(incident.window!.start), end: formatUtc(incident.window!.end) } });
    }
  }
  maintenance.sort((a, b) => a.window!.start.localeCompare(b.window!.start));
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  if (format === 'json') {
    io.stdout(JSON.stringify({ now: at.toISOString(), open, maintenance, errors: errors.length }, null, 2));
    return 0;
  }
  const out: string[] = [];
  if (open.length === 0) out.push('No open incidents.');
  else {
    out.push(`Open incidents (${open.length}):`);
    for (const i of open) {
      out.push(`  ${i.id}  ${i.status} · ${i.impact} · since ${i.since} (${i.duration})`);
      out.push(`    ${i.title}`);
      const comps = i.components.map((c) => `${c.id}: ${COMPONENT_STATUS_LABELS[c.status as keyof typeof COMPONENT_STATUS_LABELS]}`).join(', ');
      if (comps) out.push(`    ${comps}`);
      if (i.nextUpdateDue) out.push(`    last update ${i.lastUpdate}; next due by ${i.nextUpdateDue}${i.overdue ? '  ← OVERDUE' : ''}`);
    }
  }
  out.push('');
  if (maintenance.length === 0) out.push('No maintenance in progress or upcoming.');
  else {
    out.push(`Maintenance (${maintenance.length}):`);
    for (const m of maintenance) {
      out.push(`  ${m.id}  ${m.state === 'in_progress' ? 'in progress' : 'upcoming'} · ${m.window!.start} – ${m.window!.end}`);
      out.push(`    ${m.title}`);
    }
  }
  if (errors.length) out.push('', `(${errors.length} file${errors.length === 1 ? ' has' : 's have'} errors and ${errors.length === 1 ? 'is' : 'are'} not listed; run npm run check)`);
  io.stdout(out.join('\n'));
  return 0;
}

export type { Diagnostic };
