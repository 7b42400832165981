import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nowFromEnv } from '../core/shared/env.ts';
import { checkPublicFolder } from '../core/content/files/public-folder.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import { formatHuman } from '../core/diagnostics/reporters/human.ts';
import { refuseBuild, type Refusal } from './refuse.ts';

/**
 * Refuses a build before it writes anything (`astro:build:start` runs before Vite copies
 * public/ and before any page): an invalid STATUS_NOW, and a public/ that would publish a file
 * from outside the repository or from .git. Listed first, so it runs before the content is read.
 */
export function preflight(): AstroIntegration {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let outDir: URL | undefined;
  return {
    name: 'statusmark-preflight',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        outDir = config.outDir;
      },
      'astro:build:start': async ({ logger }) => {
        const refusal = refusalOf(root, publicDir);
        if (refusal) return refuseBuild(refusal, outDir!, logger);
      },
    },
  };
}

function refusalOf(root: string, publicDir: string): Refusal | undefined {
  try {
    nowFromEnv();
  } catch (error) {
    return {
      findings: `${(error as Error).message}\n  or leave STATUS_NOW unset to build at the current time`,
      reason: 'STATUS_NOW is not a valid time (see above)',
    };
  }
  const problems = checkPublicFolder(root, publicDir).filter((d) => d.severity === 'error');
  if (!problems.length) return undefined;
  return {
    findings: formatHuman(problems, { color: wantsColor(process.stderr, process.env) }),
    reason: `public/ has ${problems.length} ${problems.length === 1 ? 'error' : 'errors'} (listed above)`,
  };
}
