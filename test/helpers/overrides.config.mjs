// @ts-check
/**
 * For tests only (`astro build --config test/helpers/overrides.config.mjs`): a team's Astro config
 * that replaces the header with its own and wraps the incident card, with statusmark()'s `components`.
 */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({
  integrations: [
    statusmark({
      components: {
        Header: './test/component-overrides/MyHeader.astro',
        IncidentCard: './test/component-overrides/MyIncidentCard.astro',
      },
    }),
  ],
});
