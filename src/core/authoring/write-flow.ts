/** Every command but `list`: open the content, build the plan, check it, then print, write or open a pull request. */
import { formatHuman } from '../diagnostics/reporters/human.ts';
import { str, type Values } from './cli/cli-options.ts';
import { contentRoot, now, UsageError, type CliIo } from './cli/cli-io.ts';
import { openContext, type Plan } from './plan/context.ts';
import { parseAt } from './plan/flag-values.ts';
import { validatePlan } from './plan/validate-plan.ts';
import { GitHubSession } from './github/session.ts';
import { makePlan } from './input/make-plan.ts';
import { PromptCancelled } from './cli/prompts.ts';
import { branchName, pullRequestBody } from './github/pull-request.ts';
import { githubToken } from './github/token.ts';
import { LocalWorkspace, type Workspace } from './plan/workspace.ts';

export async function write(command: string, values: Values, positionals: string[], io: CliIo): Promise<number> {
  const when = now(io);
  const ask = io.interactive && !values['no-input'] && io.prompter ? io.prompter : undefined;
  if (values.merge && !values.pr) throw new UsageError('--merge only works with --pr');
  if (values.pr && values['dry-run'])
    throw new UsageError('--dry-run and --pr do not go together; --dry-run prints what --pr would commit');
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

  const plan = await makePlan(command, { ctx, values, positionals, ask, io, at: parseAt(str(values, 'at'), ctx.now) });
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

/** What the confirmation shows: the lines the command added in one place, or else the whole new file. */
function preview(plan: Plan): string {
  if (plan.before === undefined) return plan.after.trimEnd();
  const before = plan.before.split('\n');
  const after = plan.after.split('\n');
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const added = after.length - before.length;
  const inserted = after.slice(start, start + added);
  // `resolve --in-error` also sets a frontmatter field: two places changed, so the file is shown whole.
  if (after.slice(start + added).join('\n') !== before.slice(start).join('\n')) return plan.after.trimEnd();
  return inserted.join('\n').trimEnd();
}
