/**
 * What the authoring CLI's `--pr` and the workflow scripts (PR comment, watchdog) share about
 * GitHub: checking the token and repository, and one wording for every failed request.
 */
export type GitHubErrorKind =
  | 'token-missing'
  | 'token-invalid'
  | 'repo-missing'
  | 'repo-invalid'
  | 'repo-not-found'
  | 'base-not-found'
  | 'no-permission'
  | 'rate-limited'
  | 'branch-exists'
  | 'merge-failed'
  | 'network'
  | 'other';

export class GitHubError extends Error {
  readonly kind: GitHubErrorKind;
  readonly hint: string;
  constructor(kind: GitHubErrorKind, message: string, hint: string) {
    super(message);
    this.name = 'GitHubError';
    this.kind = kind;
    this.hint = hint;
  }
}

/** Who to talk to: the token, `owner/repo` and the API's address, before they are checked. */
export interface GitHubTarget {
  /** GITHUB_TOKEN, GH_TOKEN or `gh auth token` (authoring/github/token.ts). */
  token: string | undefined;
  /** `owner/repo`: GITHUB_REPOSITORY (or --repo). */
  repository: string | undefined;
  /** GITHUB_API_URL (or --api-url); https://api.github.com by default. */
  apiUrl?: string;
}

export const TOKEN_HINT =
  'set GITHUB_TOKEN or GH_TOKEN to a token that may write to the repository, or log in with `gh auth login`: a fine-grained token with "Contents" and "Pull requests" set to read and write, or a classic token with the `repo` scope. In GitHub Actions, use `secrets.GITHUB_TOKEN` with `permissions: { contents: write, pull-requests: write }`';

/** Checks the options before any request is made. */
export function resolveGitHubOptions(o: GitHubTarget): { token: string; owner: string; repo: string; apiUrl: string } {
  const token = o.token?.trim();
  if (!token)
    throw new GitHubError(
      'token-missing',
      '--pr needs a GitHub token, and there is none in GITHUB_TOKEN or GH_TOKEN, nor from `gh auth token`',
      TOKEN_HINT,
    );
  if (/\s/.test(token))
    throw new GitHubError('token-invalid', 'the GitHub token contains spaces or line breaks, so it cannot be valid', TOKEN_HINT);
  const repository = o.repository?.trim();
  if (!repository) {
    throw new GitHubError(
      'repo-missing',
      '--pr needs the repository to open the pull request in, and GITHUB_REPOSITORY is not set',
      'set GITHUB_REPOSITORY=owner/repo or pass --repo owner/repo',
    );
  }
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.replace(/\.git$/, ''));
  if (!m)
    throw new GitHubError('repo-invalid', `"${repository}" is not a repository; write it as owner/repo`, 'e.g. --repo acme/status-page');
  return { token, owner: m[1]!, repo: m[2]!, apiUrl: (o.apiUrl?.trim() || 'https://api.github.com').replace(/\/+$/, '') };
}

export interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** A failed request, in words: what went wrong and what to do about it. */
export function explain(error: unknown, doing: string, repo: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = error as HttpFailure;
  const headers = e.response?.headers ?? {};
  const apiMessage = (e.response?.data as { message?: string } | undefined)?.message ?? e.message ?? String(error);
  if (!e.response) {
    return new GitHubError(
      'network',
      `could not reach GitHub while trying to ${doing}: ${e.message ?? String(error)}`,
      'check the network connection and GITHUB_API_URL, then try again',
    );
  }
  const status = e.status ?? 0;
  if (
    (status === 403 || status === 429) &&
    (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(apiMessage) || headers['retry-after'] !== undefined)
  ) {
    const reset = Number(headers['x-ratelimit-reset']);
    const retry = Number(headers['retry-after']);
    const when =
      Number.isFinite(reset) && reset > 0
        ? `it resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`
        : Number.isFinite(retry) && retry > 0
          ? `retry in ${Math.ceil(retry / 60)} min`
          : 'wait a minute';
    return new GitHubError(
      'rate-limited',
      `GitHub's API rate limit is used up (while trying to ${doing}); ${when}`,
      'try again then; nothing was changed in the repository. Publish urgent news by editing the file in the GitHub web editor meanwhile',
    );
  }
  if (status === 401) {
    return new GitHubError(
      'token-invalid',
      `GitHub rejected the token (401 ${apiMessage}) while trying to ${doing}`,
      `the token is mistyped, expired or revoked; ${TOKEN_HINT}`,
    );
  }
  if (status === 403) {
    return new GitHubError('no-permission', `the token may not ${doing} in ${repo} (403 ${apiMessage})`, TOKEN_HINT);
  }
  return new GitHubError(
    'other',
    `GitHub answered ${status} while trying to ${doing} in ${repo}: ${apiMessage}`,
    'check the repository and branch names; run again with the same flags once fixed',
  );
}

/** Octokit's own logging off: every failure reaches the user as a GitHubError instead. */
export const QUIET = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
