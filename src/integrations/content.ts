import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ParsedIncidentCache } from '../core/content/parsed-incident-cache.ts';
import { countBySeverity } from '../core/diagnostics/diagnostics.ts';
import { nowFromEnv } from '../core/shared/env.ts';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import { formatHuman } from '../core/diagnostics/reporters/human.ts';
import { ContentError, readSiteModel } from '../core/pipeline.ts';
import type { SiteModel } from '../core/site/site.ts';
import type { BuildModel } from './build-model.ts';
import { parsedIncidentCache } from './parse-cache.ts';
import { refuseBuild, type Refusal } from './refuse.ts';
import { siteModelModule } from './site-model-module.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Reads and checks the content once, when `astro build` starts: broken content stops the build
 * before a single page is written, with the same findings `npm run check` prints. Pages,
 * endpoints and the search index then all use this one model, handed over through `model` (see
 * build-model.ts). `root` is the content root (status.config.yaml, incidents/). STATUS_NOW is valid
 * by now: preflight, listed before, refuses the build otherwise.
 */
export function contentModel(model: BuildModel, root: string): AstroIntegration {
  let outDir: URL | undefined;
  let dirs: { cacheDir: string; projectRoot: string } | undefined;
  return {
    name: 'statusmark-content',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        updateConfig({ vite: { plugins: [siteModelModule(command === 'build' ? { snapshot: model.snapshotFile } : { content: root })] } });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        dirs = { cacheDir: fileURLToPath(config.cacheDir), projectRoot: fileURLToPath(config.root) };
      },
      'astro:build:start': async ({ logger }) => {
        const t0 = performance.now();
        const parsed = parsedIncidentCache(dirs!.cacheDir, dirs!.projectRoot);
        const read = readContent(root, parsed);
        try {
          parsed.save();
        } catch {
          // a read-only cache folder only costs the next build its speed
        }
        if ('reason' in read) return refuseBuild(read, outDir!, logger);
        model.hand(read);
        const { warnings } = countBySeverity(read.warnings);
        logger.info(
          `${read.states.length} incidents and maintenances read in ${Math.round(performance.now() - t0)} ms` +
            (warnings ? `; ${plural(warnings, 'warning')} (npm run check shows them)` : ''),
        );
      },
      // After every integration's build:start, before the pages run.
      'astro:build:setup': () => model.release(),
      'astro:build:done': () => model.drop(),
    },
  };
}

/** The site model, or why there can be none. Anything else thrown is a fault of ours, and crashes as one. */
function readContent(root: string, parsed: ParsedIncidentCache): SiteModel | Refusal {
  try {
    return readSiteModel(root, nowFromEnv(), { parsed });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const errors = error.diagnostics.filter((d) => d.severity === 'error');
    return {
      findings: formatHuman(errors, { color: wantsColor(process.stderr, process.env) }),
      reason: `the content has ${plural(errors.length, 'error')} (listed above)`,
    };
  }
}
