// @ts-check
import { defineConfig } from 'astro/config';
import statusmark from './src/integration.ts';

// The demo site is built the way a team's site is: statusmark() sets the site up and injects every route.
export default defineConfig({
  integrations: [statusmark()],
});
