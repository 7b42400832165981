import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { publishedFolder } from './output-swap.ts';
import { shownFolder } from './shown-path.ts';

/** Why a build was refused: what to print, as `npm run check` would, and the reason in a few words. */
export interface Refusal {
  findings: string;
  reason: string;
}

/**
 * Prints the findings and one line saying nothing was published, and ends the build with status
 * 1. Astro reports anything a hook throws as "an unhandled error" in its own error format, which
 * buries the findings and reads like a crash; like Astro after an invalid config, this exits once
 * the problem is reported instead. `outDir` may be the staging folder (see staged-output.ts): the
 * line names the folder the user knows.
 */
export async function refuseBuild({ findings, reason }: Refusal, outDir: URL | string, logger: AstroIntegrationLogger): Promise<never> {
  const folder = shownFolder(publishedFolder(outDir instanceof URL ? fileURLToPath(outDir) : outDir));
  // Compiler-style lines, exactly as `npm run check` prints them, not prefixed like log lines.
  process.stderr.write(`${findings}\n`);
  logger.error(`build refused: ${reason}; nothing was published, ${folder} is as it was`);
  logger.flush();
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((written) => stream.write('', written))));
  process.exit(1);
}
