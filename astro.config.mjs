// @ts-check
import { defineConfig } from 'astro/config';
import { siteAddress } from './src/core/site/site-address.ts';
import { BuildModel } from './src/integrations/build-model.ts';
import { buildSummary } from './src/integrations/build-summary.ts';
import { contentModel } from './src/integrations/content.ts';
import { contentReload } from './src/integrations/content-reload.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { preflight } from './src/integrations/preflight.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';

// The site's URL and base path come from status.config.yaml (STATUS_DIR selects another content root),
// so a page published under https://org.github.io/status/ links correctly without a second setting.
const { site, base } = siteAddress();
// The build's one site model: contentModel reads it, the search index and the pages render it (see the file).
const model = new BuildModel();

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  compressHTML: true,
  // Pages render while earlier ones are written: several at once keeps the CPU busy during file I/O.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro's log with a count of the routes instead of a line per route (see the file).
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
  // preflight first: it refuses a bad STATUS_NOW or public/ before anything is read or written.
  // Then contentModel: it reads the content the search index and every page use.
  // stagedOutput after every integration that writes to the output: the build writes into a
  // staging folder, which its build:done puts in the place of dist/ (see the file).
  // buildSummary last: it counts what the others wrote, in its place.
  integrations: [preflight(), contentModel(model), pagefindIndex(model), contentReload(), stagedOutput(), buildSummary()],
});
