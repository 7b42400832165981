// @ts-check
/**
 * For tests only (`astro build --config test/helpers/throwing-page.config.mjs`): this project's
 * config with one more route, whose last page throws while it renders, so the build fails after
 * it has written pages.
 */
import config from '../../astro.config.mjs';

/** @type {import('astro').AstroIntegration} */
const throwingPage = {
  name: 'test-throwing-page',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/throws/[n].txt', entrypoint: new URL('./throwing-page.ts', import.meta.url), prerender: true });
    },
  },
};

export default { ...config, integrations: [...(config.integrations ?? []), throwingPage] };
