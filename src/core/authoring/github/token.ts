/**
 * Where `--pr` finds its GitHub token: the environment (GITHUB_TOKEN, as GitHub Actions sets it,
 * then GH_TOKEN, as the GitHub CLI reads it), else `gh auth token` from a logged-in GitHub CLI.
 * Never the command line: shell history and process lists keep what is typed there.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function githubToken(env: NodeJS.ProcessEnv, apiUrl: string | undefined): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || ghAuthToken(env, apiHost(apiUrl));
}

/** The host `gh` knows the API by: github.com for api.github.com, the server's name for GitHub Enterprise. */
function apiHost(apiUrl: string | undefined): string {
  try {
    return new URL(apiUrl?.trim() || 'https://api.github.com').host.replace(/^api\./, '');
  } catch {
    return 'github.com';
  }
}

/** The GitHub CLI's token, when `gh` is on PATH and logged in; otherwise nothing, never an error. */
function ghAuthToken(env: NodeJS.ProcessEnv, host: string): string | undefined {
  const gh = onPath(process.platform === 'win32' ? 'gh.exe' : 'gh', env.PATH);
  if (!gh) return undefined;
  try {
    const out = execFileSync(gh, ['auth', 'token', '--hostname', host], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

function onPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
