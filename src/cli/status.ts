/** The authoring commands (`npm run status -- new …`, `statusmark new …`), wired to the terminal. All of it lives in src/core/authoring/. */
import { main } from '../core/authoring/cli.ts';
import { clackPrompter } from '../core/authoring/cli/prompts.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';

export function runStatus(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !env.CI;
  return main(argv, {
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    env,
    cwd: process.cwd(),
    interactive,
    prompter: clackPrompter,
    color: wantsColor(process.stdout, env),
  });
}
