// @ts-check
/**
 * For tests only (`astro build --config test/helpers/content-dir.config.mjs`): a team's Astro
 * config that names its content root with statusmark()'s `contentDir` option (here from
 * STATUSMARK_CONTENT_DIR), rather than with STATUS_DIR.
 */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({ integrations: [statusmark({ contentDir: process.env.STATUSMARK_CONTENT_DIR })] });
