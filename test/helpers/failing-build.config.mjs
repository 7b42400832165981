// @ts-check
/**
 * For tests only (`astro build --config test/helpers/failing-build.config.mjs`): this project's
 * config and a build that fails the way FAILING_BUILD says:
 * - `page`: one more route, whose last page throws while it renders, after pages were written;
 * - `stall`: a build:done hook, before the output is put in place, that never settles and holds
 *   nothing open, so the process runs out of work half-way through the build.
 */
import config from '../../astro.config.mjs';

/** @type {Record<string, import('astro').AstroIntegration>} */
const failures = {
  page: {
    name: 'test-throwing-page',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/throws/[n].txt', entrypoint: new URL('./throwing-page.ts', import.meta.url), prerender: true });
      },
    },
  },
  stall: { name: 'test-stalled-hook', hooks: { 'astro:build:done': () => new Promise(() => {}) } },
};

const failure = failures[process.env.FAILING_BUILD ?? ''];
if (!failure) throw new Error(`FAILING_BUILD=${process.env.FAILING_BUILD}: say page or stall`);
// First: statusmark() adds its own integrations after itself, so their hooks (stagedOutput's
// build:done, which puts the output in place) run after this one's.
export default { ...config, integrations: [failure, ...(config.integrations ?? [])] };
