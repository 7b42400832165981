// @ts-check
/**
 * For tests only (`astro build --config test/helpers/custom-css.config.mjs`): a team's Astro config
 * that adds its own stylesheet with statusmark()'s `customCss` option.
 */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({ integrations: [statusmark({ customCss: ['./test/fixtures/custom-css/brand.css'] })] });
