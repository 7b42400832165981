import type { AstroIntegration } from 'astro';
import { countBySeverity } from '../core/diagnostics.ts';
import { contentRootFromEnv, nowFromEnv } from '../core/env.ts';
import { formatHuman } from '../core/reporters/human.ts';
import { buildSiteModel, ContentError } from '../core/site.ts';
import { shareBuildModel } from './build-model.ts';

/**
 * Reads and checks the content once, when `astro build` starts: broken content stops the build
 * before a single page is written, with the same findings `npm run check` prints. Pages,
 * endpoints and the search index then all use this one model.
 */
export function contentModel(): AstroIntegration {
  return {
    name: 'statusmark-content',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const t0 = performance.now();
        try {
          const model = buildSiteModel(contentRootFromEnv(), nowFromEnv());
          shareBuildModel(model);
          const { warnings } = countBySeverity(model.warnings);
          logger.info(
            `${model.states.length} incidents and maintenances read in ${Math.round(performance.now() - t0)} ms` +
              (warnings ? `; ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (npm run check shows them)` : ''),
          );
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          logger.error(`\n${formatHuman(error.diagnostics.filter((d) => d.severity === 'error'), { color: Boolean(process.stdout.isTTY) })}`);
          const { errors } = countBySeverity(error.diagnostics);
          // The findings are printed above; a stack trace would only bury them (Astro prints none
          // for an error without one, and shows a `hint` under the message).
          const stop = Object.assign(new Error(`the content has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built`), {
            hint: 'fix what is listed above; `npm run check` lists warnings too',
          });
          stop.stack = '';
          throw stop;
        }
      },
      'astro:build:done': () => shareBuildModel(undefined),
    },
  };
}
