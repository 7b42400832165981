/**
 * The GitHub client of the workflow scripts (PR comment, watchdog): the same @octokit/rest set-up
 * and error wording as the authoring CLI's `--pr` (`../github/client.ts`).
 */
import { Octokit } from '@octokit/rest';
import { explain, GitHubError, QUIET, resolveGitHubOptions } from '../github/client.ts';
import { showInvisible } from '../shared/text-safety.ts';

export interface RepoClient {
  octokit: Octokit;
  owner: string;
  repo: string;
  fullName: string;
  /** Runs one request; a failure becomes a GitHubError that says what to do. */
  call<T>(doing: string, run: () => Promise<T>): Promise<T>;
}

/** From GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL (as GitHub Actions sets them). */
export function repoClient(env: NodeJS.ProcessEnv, userAgent: string): RepoClient {
  if (!env.GITHUB_TOKEN?.trim()) {
    throw new GitHubError(
      'token-missing',
      'GITHUB_TOKEN is not set',
      'in a workflow, pass it to the step: `env: { GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} }`',
    );
  }
  const resolved = resolveGitHubOptions({ token: env.GITHUB_TOKEN, repository: env.GITHUB_REPOSITORY, apiUrl: env.GITHUB_API_URL });
  const octokit = new Octokit({ auth: resolved.token, baseUrl: resolved.apiUrl, userAgent, log: QUIET });
  const fullName = `${resolved.owner}/${resolved.repo}`;
  return {
    octokit,
    owner: resolved.owner,
    repo: resolved.repo,
    fullName,
    async call<T>(doing: string, run: () => Promise<T>): Promise<T> {
      try {
        return await run();
      } catch (error) {
        throw explain(error, doing, fullName);
      }
    },
  };
}

/** Text for Markdown on GitHub: no formatting, links or @mentions sneak in from content, and no hidden character reorders it. */
export function escapeMarkdown(text: string): string {
  return showInvisible(text.replace(/\s+/g, ' ').trim())
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Text as a Markdown code span, whatever backticks or hidden characters it holds. */
export function codeSpan(text: string): string {
  const shown = showInvisible(text.replace(/\s+/g, ' '));
  const fence = '`'.repeat(Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[ `]|[ `]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** Sanitised HTML (as the site renders it) with @mentions in its text defused. */
export function defuseMentions(html: string): string {
  return html.replace(/(^|>)([^<]*)/g, (_m, open: string, text: string) => open + text.replace(/@(?=\w)/g, '@&#8203;'));
}
