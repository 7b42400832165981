import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { contentRootFromEnv } from './core/shared/env.ts';
import { siteAddress } from './core/site/site-address.ts';
import { BuildModel } from './integrations/build-model.ts';
import { buildSummary } from './integrations/build-summary.ts';
import { componentFiles, componentOverrides, ComponentsOption } from './integrations/component-overrides.ts';
import { contentModel } from './integrations/content.ts';
import { hostHeaders } from './integrations/host-headers.ts';
import { incrementalCache } from './integrations/incremental-cache.ts';
import { customCssModule, readCustomCss } from './integrations/custom-css.ts';
import { embedScriptModule } from './integrations/embed-script.ts';
import { contentReload } from './integrations/content-reload.ts';
import { ownModule } from './integrations/own-module.ts';
import { pagefindIndex } from './integrations/pagefind.ts';
import { preflight } from './integrations/preflight.ts';
import { statusRoutes } from './integrations/routes.ts';
import { stagedOutput } from './integrations/staged-output.ts';

const StatusmarkOptions = z.strictObject({
  /** The content root (status.config.yaml, incidents/), relative to the project folder; by default STATUS_DIR, or the current folder, as for `npm run check`. */
  contentDir: z
    .string({ error: 'must be a folder path, e.g. "status"' })
    .min(1, { error: 'must be a folder path, e.g. "status"' })
    .optional(),
  /** The team's own stylesheets, relative to the project folder, added after the site's own so their rules win. */
  customCss: z
    .array(z.string({ error: 'must list paths of .css files, e.g. ["./src/styles/brand.css"]' }), {
      error: 'must list paths of .css files, e.g. ["./src/styles/brand.css"]',
    })
    .optional(),
  /** Components of the team's own to render instead of ours, e.g. `{ Header: './src/components/MyHeader.astro' }` (README, "Override a component"). */
  components: ComponentsOption.optional(),
  /** Copy the pages whose content has not changed from the previous build instead of rendering them again (README, "Incremental builds"); `false` renders every page every time. */
  incremental: z.boolean({ error: 'must be true or false' }).optional(),
});
export type StatusmarkOptions = z.input<typeof StatusmarkOptions>;

/** The options, checked; bad ones stop the config from loading with what to write instead. */
function parseOptions(options: unknown): z.output<typeof StatusmarkOptions> {
  const parsed = StatusmarkOptions.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys' && !issue.path.length)
      return `unknown option ${issue.keys.map((k) => `"${k}"`).join(', ')}; the options are: contentDir, customCss, components, incremental`;
    if (!issue.path.length) return 'the options must be an object, e.g. statusmark({ contentDir: "status" })';
    return `${issue.path.join('.')} ${issue.message}`;
  });
  throw new Error(`statusmark() in astro.config.mjs: ${problems.join('; ')}`);
}

/**
 * The whole status site as one Astro integration: `integrations: [statusmark()]` is a team's
 * entire Astro config. It sets the site's address and the output settings the pages rely on,
 * adds the build's integrations and injects every route (src/routes/, see routes.ts).
 */
export function statusmark(options?: StatusmarkOptions): AstroIntegration {
  const { contentDir, customCss = [], components = {}, incremental = true } = parseOptions(options);
  return {
    name: 'statusmark',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        const project = fileURLToPath(config.root);
        const root = contentDir === undefined ? contentRootFromEnv() : resolve(project, contentDir);
        // The build's one site model: contentModel reads it, the search index and the pages render it (see the file).
        const model = new BuildModel();
        // Read once here, so a missing or unsafe file stops the config with what to write.
        readCustomCss(project, customCss);
        const componentFile = componentFiles(project, components);
        updateConfig({
          // From status.config.yaml, so a page published under https://org.github.io/status/ links correctly without a second setting.
          ...siteAddress(root),
          trailingSlash: 'ignore',
          // Astro 7's default ('jsx') drops the spaces between inline elements the templates rely on.
          compressHTML: true,
          // Pages render while earlier ones are written: several at once keeps the CPU busy during file I/O.
          build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
          devToolbar: { enabled: false },
          // From node_modules, the routes and components ship as .ts and .astro source: Vite compiles them rather than Node loading them.
          vite: {
            plugins: [customCssModule(project, customCss), componentOverrides(componentFile), embedScriptModule()],
            ssr: { noExternal: ['statusmark'] },
          },
          // Astro's log with a count of the routes instead of a line per route (see the file).
          logger: { entrypoint: ownModule('./integrations/build-log.ts', import.meta.url) },
          // Astro runs the hooks of integrations added here after this one's, in this order:
          // preflight first: it refuses a bad STATUS_NOW or public/ before anything is read or written.
          // Then contentModel: it reads the content the search index and every page use.
          // hostHeaders after it: it checks public/_headers against the model's files when the build starts.
          // stagedOutput after every integration that writes to the output: the build writes into a
          // staging folder, which its build:done puts in the place of dist/ (see the file).
          // buildSummary last: it counts what the others wrote, in its place.
          // incrementalCache, unless turned off: the pages whose cacheKey is unchanged are copied from the last build (see the file).
          integrations: [
            preflight(),
            contentModel(model, root),
            pagefindIndex(model),
            contentReload(root),
            hostHeaders(model),
            stagedOutput(),
            buildSummary(),
            ...(incremental ? [incrementalCache()] : []),
          ],
        });
        for (const route of statusRoutes()) injectRoute(route);
      },
    },
  };
}

export default statusmark;
