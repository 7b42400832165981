import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { countBySeverity } from '../core/diagnostics.ts';
import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { formatHuman } from '../core/reporters/human.ts';
import { buildSiteModel, ContentError, type SiteModel } from '../core/site.ts';
import { shareBuildModel } from './build-model.ts';
import { shownFolder } from './shown-path.ts';

/** Why a build was refused: what to print, as `npm run check` would, and the reason in a few words. */
interface Refusal {
  findings: string;
  reason: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Reads and checks the content once, when `astro build` starts: broken content stops the build
 * before a single page is written, with the same findings `npm run check` prints. Pages,
 * endpoints and the search index then all use this one model.
 */
export function contentModel(): AstroIntegration {
  let outDir = 'dist/';
  return {
    name: 'statusmark-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = shownFolder(fileURLToPath(config.outDir));
      },
      'astro:build:start': async ({ logger }) => {
        const t0 = performance.now();
        const read = readContent();
        if ('reason' in read) return refuse(read, outDir, logger);
        shareBuildModel(read);
        const { warnings } = countBySeverity(read.warnings);
        logger.info(
          `${read.states.length} incidents and maintenances read in ${Math.round(performance.now() - t0)} ms` +
            (warnings ? `; ${plural(warnings, 'warning')} (npm run check shows them)` : ''),
        );
      },
      'astro:build:done': () => shareBuildModel(undefined),
    },
  };
}

/** The site model, or why there can be none. Anything else thrown is a fault of ours, and crashes as one. */
function readContent(): SiteModel | Refusal {
  let now: Date;
  try {
    now = nowFromEnv();
  } catch (error) {
    return { findings: (error as Error).message, reason: 'STATUS_NOW is not a time with a zone (see above)' };
  }
  try {
    return buildSiteModel(contentRootFromEnv(), now);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const errors = error.diagnostics.filter((d) => d.severity === 'error');
    return {
      findings: formatHuman(errors, { color: Boolean(process.stderr.isTTY) }),
      reason: `the content has ${plural(errors.length, 'error')} (listed above)`,
    };
  }
}

/**
 * Prints the findings and one line, and ends the build with status 1 before Astro has written a
 * file. Astro reports anything a hook throws as "an unhandled error" in its own error format,
 * which buries the findings and reads like a crash; like Astro after an invalid config, this
 * exits once the problem is reported instead.
 */
async function refuse({ findings, reason }: Refusal, outDir: string, logger: AstroIntegrationLogger): Promise<never> {
  // Compiler-style lines, exactly as `npm run check` prints them, not prefixed like log lines.
  process.stderr.write(`${findings}\n`);
  logger.error(`build refused: ${reason}; nothing was published, ${outDir} is as it was`);
  logger.flush();
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((written) => stream.write('', written))));
  process.exit(1);
}
