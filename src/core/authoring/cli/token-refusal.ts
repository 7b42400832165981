import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What to say to `--token`, which the CLI does not take; the token it came with is never repeated. */
export function tokenRefusal(args: readonly string[], options: ParseArgsConfig['options']): string | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options, token: { type: 'string' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const flag = tokens.find((t) => t.kind === 'option' && t.name === 'token');
  if (!flag) return undefined;
  return [
    '--token is not taken: a token on the command line stays in your shell history and shows in the list of running processes.',
    'Set GITHUB_TOKEN or GH_TOKEN in the environment, or log in once with the GitHub CLI (`gh auth login`), and run the command again without --token.',
    ...(flag.kind === 'option' && flag.value ? ['If that was a real token, revoke it now: https://github.com/settings/tokens'] : []),
  ].join('\n');
}
