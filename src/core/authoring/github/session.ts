/**
 * `--pr`: read the content from a branch on GitHub, commit the changed files to a new branch
 * and open a pull request, through the REST API with @octokit/rest. No clone is needed, so it
 * works from CI or a laptop without the repository. Every failure becomes a GitHubError that
 * says what went wrong and what to do.
 *
 * The requests, in order:
 *   GET  /repos/{o}/{r}                              default branch, permissions
 *   GET  /repos/{o}/{r}/git/ref/heads/{base}         the base commit
 *   GET  /repos/{o}/{r}/git/commits/{sha}            its tree
 *   GET  /repos/{o}/{r}/git/trees/{tree}?recursive=1 the files (when GitHub cuts that listing short, the
 *                                                    folders on the way to the content and under it, one by one)
 *   GET  /repos/{o}/{r}/git/blobs/{sha}              status.config.yaml, the incident file
 *   GET  /repos/{o}/{r}/git/ref/heads/{branch}       must not exist yet (404)
 *   POST /repos/{o}/{r}/git/trees                    the changed files on the base tree
 *   POST /repos/{o}/{r}/git/commits                  one commit on the base commit
 *   POST /repos/{o}/{r}/git/refs                     the branch, created last: nothing half-done is left behind
 *   POST /repos/{o}/{r}/pulls                        the pull request
 *   PUT  /repos/{o}/{r}/pulls/{n}/merge              with --merge (then DELETE the branch)
 */
import { Octokit } from '@octokit/rest';
import { explain, GitHubError, QUIET, resolveGitHubOptions, TOKEN_HINT, type GitHubTarget, type HttpFailure } from '../../github/client.ts';
import { isIncidentFile } from '../../shared/content-layout.ts';
import type { Workspace } from '../plan/workspace.ts';

export interface GitHubOptions extends GitHubTarget {
  /** The branch to read from and open the pull request against; the repository's default branch if unset. */
  base?: string;
  /** The content root's folder in the repository, '' for its top. */
  contentDir?: string;
}

export interface FileChange {
  /** Path relative to the content root. */
  file: string;
  text: string;
}

export interface PullRequestInput {
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  files: readonly FileChange[];
  merge?: boolean;
}

export interface PullRequestResult {
  number: number;
  url: string;
  branch: string;
  merged: boolean;
}

/** One pull request's worth of work against one repository and base branch. */
export class GitHubSession {
  private readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  private readonly contentDir: string;
  private readonly requestedBase: string | undefined;
  private base?: { branch: string; commit: string; tree: string };

  constructor(options: GitHubOptions) {
    const resolved = resolveGitHubOptions(options);
    this.owner = resolved.owner;
    this.repo = resolved.repo;
    this.contentDir = (options.contentDir ?? '').replace(/^\.?\/+|\/+$/g, '');
    this.requestedBase = options.base?.trim() || undefined;
    this.octokit = new Octokit({ auth: resolved.token, baseUrl: resolved.apiUrl, userAgent: 'statusmark-cli', log: QUIET });
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  private path(file: string): string {
    return this.contentDir ? `${this.contentDir}/${file}` : file;
  }

  private async call<T>(doing: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw explain(error, doing, this.fullName);
    }
  }

  /** Reads the base branch: its config and incident files, as a workspace. */
  async open(): Promise<Workspace> {
    const { owner, repo } = this;
    let info;
    try {
      info = (await this.octokit.rest.repos.get({ owner, repo })).data;
    } catch (error) {
      if ((error as HttpFailure).status === 404) {
        throw new GitHubError(
          'repo-not-found',
          `the repository ${this.fullName} was not found, or the token cannot see it`,
          `check GITHUB_REPOSITORY / --repo; for a private repository the token needs access to it. ${TOKEN_HINT}`,
        );
      }
      throw explain(error, 'read the repository', this.fullName);
    }
    if (info.permissions && info.permissions.push === false) {
      throw new GitHubError(
        'no-permission',
        `the token may read ${this.fullName} but not push to it, so it cannot open a pull request there`,
        TOKEN_HINT,
      );
    }
    const branch = this.requestedBase ?? info.default_branch;
    let commit: string;
    try {
      commit = (await this.octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
    } catch (error) {
      if ((error as HttpFailure).status === 404) {
        throw new GitHubError(
          'base-not-found',
          `the branch "${branch}" does not exist in ${this.fullName}`,
          `pass --base with an existing branch (the default branch is "${info.default_branch}")`,
        );
      }
      throw explain(error, `read the branch ${branch}`, this.fullName);
    }
    const tree = (await this.call('read the base commit', () => this.octokit.rest.git.getCommit({ owner, repo, commit_sha: commit }))).data
      .tree.sha;
    this.base = { branch, commit, tree };
    const prefix = this.contentDir ? `${this.contentDir}/` : '';
    const blobs = new Map<string, string>();
    for (const [path, sha] of await this.listFiles(tree, '', `${prefix}incidents/`)) {
      if (path.startsWith(prefix)) blobs.set(path.slice(prefix.length), sha);
    }
    const readBlob = async (file: string): Promise<string> => {
      const sha = blobs.get(file);
      if (!sha)
        throw new GitHubError('other', `${this.path(file)} is not on ${branch} in ${this.fullName}`, 'check --content-dir and the id');
      const blob = (await this.call(`read ${this.path(file)}`, () => this.octokit.rest.git.getBlob({ owner, repo, file_sha: sha }))).data;
      return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
    };
    const files = [...blobs.keys()].filter(isIncidentFile).sort();
    const configText = blobs.has('status.config.yaml') ? await readBlob('status.config.yaml') : undefined;
    return { label: `${this.fullName}@${branch}${prefix ? ` (${prefix})` : ''}`, configText, files, read: readBlob };
  }

  /**
   * The files under `tree` (the folder `folder`, '' or ending in `/`): repository path → blob SHA.
   * Past 100,000 entries or 7 MB GitHub cuts a recursive listing short and says `truncated`; then
   * this lists the folder alone and descends only into the folders on the way to `wanted` (the
   * incidents folder) and under it, so a large repository still yields every incident.
   */
  private async listFiles(tree: string, folder: string, wanted: string): Promise<Map<string, string>> {
    const { owner, repo } = this;
    const list = (recursive: boolean) =>
      this.call(`list the files${folder ? ` in ${folder}` : ''}`, () =>
        this.octokit.rest.git.getTree({ owner, repo, tree_sha: tree, ...(recursive ? { recursive: 'true' } : {}) }),
      );
    const files = new Map<string, string>();
    const whole = (await list(true)).data;
    if (!whole.truncated) {
      for (const e of whole.tree) if (e.type === 'blob' && e.path && e.sha) files.set(folder + e.path, e.sha);
      return files;
    }
    const level = (await list(false)).data;
    if (level.truncated) {
      throw new GitHubError(
        'other',
        `GitHub cut short the list of ${folder ? `the folder ${folder}` : 'the top folder'} in ${this.fullName} (too many files for one request), so not every incident can be read from it`,
        'run the command in a clone of the repository, without --pr; or keep fewer files in that folder (incidents can go in year folders, incidents/2026/…)',
      );
    }
    for (const e of level.tree) {
      if (!e.path || !e.sha) continue;
      const path = folder + e.path;
      if (e.type === 'blob') files.set(path, e.sha);
      else if (e.type === 'tree' && (wanted.startsWith(`${path}/`) || `${path}/`.startsWith(wanted))) {
        for (const [p, sha] of await this.listFiles(e.sha, `${path}/`, wanted)) files.set(p, sha);
      }
    }
    return files;
  }

  /** Commits the files on a new branch and opens the pull request (and merges it with `merge`). */
  async openPullRequest(input: PullRequestInput): Promise<PullRequestResult> {
    if (!this.base) await this.open();
    const base = this.base!;
    const { owner, repo } = this;
    try {
      await this.octokit.rest.git.getRef({ owner, repo, ref: `heads/${input.branch}` });
      throw new GitHubError(
        'branch-exists',
        `the branch "${input.branch}" already exists in ${this.fullName}`,
        'pass --branch with another name, or delete the old branch if it is left over',
      );
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      if ((error as HttpFailure).status !== 404) throw explain(error, `check the branch ${input.branch}`, this.fullName);
    }
    const tree = await this.call('create the commit tree', () =>
      this.octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: base.tree,
        tree: input.files.map((f) => ({ path: this.path(f.file), mode: '100644' as const, type: 'blob' as const, content: f.text })),
      }),
    );
    const commit = await this.call('create the commit', () =>
      this.octokit.rest.git.createCommit({ owner, repo, message: input.commitMessage, tree: tree.data.sha, parents: [base.commit] }),
    );
    try {
      await this.octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${input.branch}`, sha: commit.data.sha });
    } catch (error) {
      if ((error as HttpFailure).status === 422) {
        throw new GitHubError(
          'branch-exists',
          `the branch "${input.branch}" already exists in ${this.fullName}`,
          'pass --branch with another name, or delete the old branch if it is left over',
        );
      }
      throw explain(error, 'create the branch', this.fullName);
    }
    const pr = (
      await this.call('open the pull request', () =>
        this.octokit.rest.pulls.create({
          owner,
          repo,
          title: input.title,
          head: input.branch,
          base: base.branch,
          body: input.body,
          maintainer_can_modify: true,
        }),
      )
    ).data;
    const result: PullRequestResult = { number: pr.number, url: pr.html_url, branch: input.branch, merged: false };
    if (!input.merge) return result;
    try {
      await this.octokit.rest.pulls.merge({
        owner,
        repo,
        pull_number: pr.number,
        merge_method: 'squash',
        commit_title: `${input.title} (#${pr.number})`,
      });
    } catch (error) {
      const why = explain(error, 'merge the pull request', this.fullName);
      throw new GitHubError(
        why.kind === 'rate-limited' ? 'rate-limited' : 'merge-failed',
        `opened ${pr.html_url}, but could not merge it: ${why.message}`,
        'branch protection may require reviews or checks; merge it on GitHub when they pass',
      );
    }
    // The branch has done its job; a failure to delete it is not worth an error.
    await this.octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${input.branch}` }).catch(() => undefined);
    return { ...result, merged: true };
  }
}
