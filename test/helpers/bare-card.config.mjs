// @ts-check
/**
 * For tests only (`astro build --config test/helpers/bare-card.config.mjs`): a team's Astro config
 * whose incident card is its own from scratch, with no late notice and no "as of" of its own.
 */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({
  integrations: [statusmark({ components: { IncidentCard: './test/component-overrides/BareIncidentCard.astro' } })],
});
