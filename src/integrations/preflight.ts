import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nowFromEnv } from '../core/env.ts';
import { checkPublicFolder } from '../core/public-folder.ts';
import { formatHuman } from '../core/reporters/human.ts';

/** An error Astro prints as its message and hint alone: the findings are logged above it, and a stack trace would bury them. */
function refusal(message: string, hint: string): Error {
  const stop = Object.assign(new Error(message), { hint });
  stop.stack = '';
  return stop;
}

/**
 * Refuses a build before it writes anything (`astro:build:start` runs before Vite copies
 * public/ and before any page): an invalid STATUS_NOW, and a public/ that would publish a file
 * from outside the repository or from .git. Listed first, so it runs before the content is read.
 */
export function preflight(): AstroIntegration {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'statusmark-preflight',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': ({ logger }) => {
        try {
          nowFromEnv();
        } catch (error) {
          throw refusal((error as Error).message, 'leave STATUS_NOW unset to build at the current time');
        }
        const problems = checkPublicFolder(root, publicDir).filter((d) => d.severity === 'error');
        if (!problems.length) return;
        logger.error(`\n${formatHuman(problems, { color: Boolean(process.stdout.isTTY) })}`);
        const errors = problems.length;
        throw refusal(`public/ has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built`, 'fix what is listed above; `npm run check` lists it too');
      },
    },
  };
}
