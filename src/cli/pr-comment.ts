/**
 * The pull-request comment (`.github/workflows/pr.yml`): checks the PR's changed files, works out
 * what the PR does to the page compared with its base, and writes one comment on the PR that it
 * updates in place on every push. From a fork the token is read-only: then the comment goes to
 * the job summary, and the annotations of `npm run check` do the talking.
 *
 * Env: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_EVENT_PATH (a pull_request event), GITHUB_API_URL,
 * GITHUB_STEP_SUMMARY, BUILD_OUTCOME (success | failure | skipped), STATUS_DIR, STATUS_NOW.
 * Exit status: 0 done (or annotated only), 1 GitHub refused in a way someone must fix, 2 bad usage.
 */
import { changedFiles, repositoryPrefix } from '../core/content/changed.ts';
import { checkContent } from '../core/checks/check.ts';
import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { contentOf, loadContentRoot, readContentFiles, type ContentRoot } from '../core/content/load.ts';
import { contentAtRef } from '../core/publish/base-content.ts';
import { GitHubError } from '../core/github/client.ts';
import { repoClient } from '../core/publish/github.ts';
import { PR_COMMENT_MARKER, renderPrComment } from '../core/publish/pr-comment.ts';
import { siteModelOf } from '../core/pipeline.ts';
import type { SiteModel } from '../core/site/site.ts';
import { addSummary, annotate, print, printError, readEvent } from './workflow.ts';

export async function runPrComment(_argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let event: Record<string, any>;
  let now: Date;
  try {
    event = readEvent(env);
    now = nowFromEnv(env);
  } catch (error) {
    printError((error as Error).message);
    return 2;
  }
  const pr = event.pull_request;
  if (!pr?.number) {
    printError('pr-comment runs on pull_request events: GITHUB_EVENT_PATH must point at one');
    return 2;
  }
  const root = contentRootFromEnv(env);
  const prefix = repositoryPrefix(root);
  const baseRef: string = env.PR_BASE_REF || pr.base?.sha || `origin/${pr.base?.ref ?? 'main'}`;

  // The head, read once: every rule on the changed files, everything (errors only) for the statuses.
  let only: Set<string> | undefined;
  try {
    only = changedFiles(root, baseRef).only;
  } catch (error) {
    annotate('warning', `could not tell which files changed (${(error as Error).message}); checking every file`);
  }
  const headFiles = readContentFiles(root);
  const checked = checkContent(contentOf(headFiles, only), { now, ...(only ? { only } : {}) });
  const headContent = checkContent(contentOf(headFiles), { now, errorsOnly: true });
  const head = tryModel(headContent, now);

  // The base: the same content root at the PR's base commit, read once too.
  let base: SiteModel | undefined;
  let baseIncidents = headContent.incidents.slice(0, 0);
  try {
    const baseRoot = contentAtRef(root, baseRef, prefix);
    if (baseRoot) {
      const baseContent = checkContent(loadContentRoot(baseRoot), { now, errorsOnly: true });
      baseIncidents = baseContent.incidents;
      base = tryModel(baseContent, now);
    }
  } catch (error) {
    annotate('warning', `could not read the base ${baseRef} (${(error as Error).message}); every incident shows as new`);
  }

  const build =
    env.BUILD_OUTCOME === 'success' || env.BUILD_OUTCOME === 'failure' || env.BUILD_OUTCOME === 'skipped' ? env.BUILD_OUTCOME : undefined;
  const body = renderPrComment({
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    baseIncidents,
    headIncidents: headContent.incidents,
    diagnostics: checked.diagnostics,
    files: checked.files,
    pathPrefix: prefix,
    ...(build ? { build } : {}),
  });

  const headRepo: string | undefined = pr.head?.repo?.full_name;
  const baseRepo: string | undefined = pr.base?.repo?.full_name ?? event.repository?.full_name;
  if (headRepo && baseRepo && headRepo !== baseRepo) {
    addSummary(env, body);
    print(
      `This pull request comes from a fork (${headRepo}); its token is read-only, so the preview is in the job summary and the findings are annotations.`,
    );
    return 0;
  }

  try {
    const gh = repoClient(env, 'statusmark-pr-comment');
    const { owner, repo } = gh;
    const comments = await gh.call('list the comments of the pull request', () =>
      gh.octokit.paginate(gh.octokit.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 }),
    );
    const mine = comments.find((c) => c.body?.startsWith(PR_COMMENT_MARKER));
    if (!mine) {
      const made = await gh.call('comment on the pull request', () =>
        gh.octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body }),
      );
      print(`commented: ${made.data.html_url}`);
    } else if (mine.body !== body) {
      await gh.call('update the comment', () => gh.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body }));
      print(`updated the comment: ${mine.html_url}`);
    } else {
      print(`the comment is up to date: ${mine.html_url}`);
    }
    return 0;
  } catch (error) {
    const e = error as GitHubError;
    if (e instanceof GitHubError && e.kind === 'no-permission') {
      addSummary(env, body);
      annotate(
        'warning',
        `could not comment on the pull request (${e.message}); the preview is in the job summary. Give the workflow \`permissions: pull-requests: write\`.`,
      );
      return 0;
    }
    annotate('error', e instanceof GitHubError ? `${e.message}\n${e.hint}` : String(error));
    addSummary(env, body);
    return 1;
  }
}

function tryModel(content: ContentRoot, now: Date): SiteModel | undefined {
  try {
    return siteModelOf(content, now);
  } catch {
    return undefined;
  }
}
