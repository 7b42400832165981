/**
 * The update-cadence watchdog (`.github/workflows/watchdog.yml`): one GitHub issue per open
 * incident whose next update is 5 minutes overdue (`nextUpdateDue`: the time the page shows), mentioning its `owner`s; closed
 * when the incident is resolved or back on schedule. Running it twice changes nothing.
 *
 * Env: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REF_NAME (the
 * branch the page is published from), STATUS_DIR, STATUS_NOW. `--dry-run` prints the plan only.
 * Exit status: 0 done, 1 the content has errors or GitHub refused, 2 bad usage.
 */
import { repositoryPrefix } from '../core/content/changed.ts';
import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { GitHubError } from '../core/github/client.ts';
import { repoClient } from '../core/publish/github.ts';
import { planWatchdog, WATCHDOG_LABEL, type WatchdogIssue } from '../core/publish/watchdog.ts';
import { readContent } from './read-content.ts';
import { annotate, print, printError } from './workflow.ts';

export async function runWatchdog(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  let now: Date;
  try {
    now = nowFromEnv(env);
  } catch (error) {
    printError((error as Error).message);
    return 2;
  }
  const root = contentRootFromEnv(env);
  // Without the rules: `policy-update-overdue: error` fails the check exactly when the owners need the reminder.
  const model = readContent(env)?.(now);
  if (!model) return 1;
  try {
    const gh = repoClient(env, 'statusmark-watchdog');
    const { owner, repo } = gh;
    const issues = await gh.call('list the watchdog issues', () =>
      gh.octokit.paginate(gh.octokit.rest.issues.listForRepo, { owner, repo, labels: WATCHDOG_LABEL, state: 'all', per_page: 100 }),
    );
    const existing: WatchdogIssue[] = issues
      .filter((i) => !i.pull_request)
      .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body ?? '' }));
    const actions = planWatchdog(model, existing, {
      repository: gh.fullName,
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      branch: env.GITHUB_REF_NAME || 'main',
      pathPrefix: repositoryPrefix(root),
    });
    if (!actions.length) print('nothing to do: every watchdog issue is as it should be');
    for (const a of actions) {
      if (dryRun) {
        print(`would ${a.kind} ${'issue' in a ? `#${a.issue}` : 'an issue'} for ${a.incident}`);
        continue;
      }
      switch (a.kind) {
        case 'create': {
          const made = await gh.call('open an issue', () =>
            gh.octokit.rest.issues.create({ owner, repo, title: a.title, body: a.body, labels: [WATCHDOG_LABEL] }),
          );
          print(`opened #${made.data.number} for ${a.incident}: an update is overdue`);
          break;
        }
        case 'update':
          await gh.call(`update issue #${a.issue}`, () =>
            gh.octokit.rest.issues.update({
              owner,
              repo,
              issue_number: a.issue,
              title: a.title,
              body: a.body,
              ...(a.reopen ? { state: 'open' as const } : {}),
            }),
          );
          print(`${a.reopen ? 'reopened' : 'updated'} #${a.issue} for ${a.incident}`);
          break;
        case 'close':
          await gh.call(`comment on issue #${a.issue}`, () =>
            gh.octokit.rest.issues.createComment({ owner, repo, issue_number: a.issue, body: a.comment }),
          );
          await gh.call(`close issue #${a.issue}`, () =>
            gh.octokit.rest.issues.update({ owner, repo, issue_number: a.issue, state: 'closed', state_reason: 'completed' }),
          );
          print(`closed #${a.issue} for ${a.incident}`);
          break;
      }
    }
    return 0;
  } catch (error) {
    annotate('error', error instanceof GitHubError ? `${error.message}\n${error.hint}` : String(error));
    return 1;
  }
}
