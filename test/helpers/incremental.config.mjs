// @ts-check
/**
 * For tests only (`astro build --config test/helpers/incremental.config.mjs`): this project's
 * config, with the incremental build's cache in STATUSMARK_TEST_CACHE_DIR, so a test's builds
 * keep their cache to themselves while other tests build at the same time.
 */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({
  ...(process.env.STATUSMARK_TEST_CACHE_DIR ? { cacheDir: process.env.STATUSMARK_TEST_CACHE_DIR } : {}),
  integrations: [statusmark()],
});
