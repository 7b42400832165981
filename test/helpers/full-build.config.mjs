// @ts-check
/** For tests only (`astro build --config test/helpers/full-build.config.mjs`): every page rendered, no incremental cache. */
import { defineConfig } from 'astro/config';
import statusmark from '../../src/integration.ts';

export default defineConfig({ integrations: [statusmark({ incremental: false })] });
