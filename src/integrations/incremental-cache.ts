import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ASTRO_MANIFEST, ASTRO_PAGES, type LastBuild, linkLastBuild, linkedPagesPrerenderer } from './linked-pages.ts';
import { markHolder, processRunning } from './process-running.ts';

/** Where Astro keeps an incremental build's cache in its `cacheDir`. */
const ASTRO_CACHE_FILES = [ASTRO_MANIFEST, ASTRO_PAGES];
/** Present from the start of a build that uses the cache until its end; it holds the build's process id. */
const IN_USE = 'statusmark-incremental-build.pid';

/**
 * Astro's incremental build (`experimental.incrementalBuild`): a page whose `cacheKey`
 * (core/views/page-keys.ts) and code are those of the previous build is copied from Astro's cache
 * instead of rendered. Astro keeps no guard of its own around that cache, so this one keeps two:
 * - one build at a time: Astro writes each rendered page into the cache as it goes and the list of
 *   keys only at the end, so two builds of one project at once (the tests do that) would leave
 *   the pages of one under the keys of the other. A build that finds the cache in use by a live
 *   process builds without it, and leaves it alone.
 * - a build that did not finish (failed, killed) may have left new pages under old keys, so the
 *   next build empties the cache and renders every page.
 * And it links the unchanged pages into the output rather than have Astro copy them (linked-pages.ts),
 * starting while Vite bundles the pages.
 */
export function incrementalCache(): AstroIntegration {
  let marker: string | undefined;
  let dirs: { cacheDir: string; outDir: string; base: string } | undefined;
  // Until Vite bundles the pages, Astro has not touched its cache: a build refused before then
  // (bad content, a bad STATUS_NOW) leaves it as good as it found it.
  let touched = false;
  // The last build's pages, linked into the output while Vite bundles (see linkLastBuild).
  let lastBuild: Promise<LastBuild> | undefined;
  const leave = () => {
    if (marker && !touched) rmSync(marker, { force: true });
  };
  return {
    name: 'statusmark-incremental',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const file = join(cacheDir, IN_USE);
        const holder = markHolder(file);
        if (holder && holder !== process.pid && processRunning(holder)) {
          logger.info(`another build (process ${holder}) is using the incremental cache: this one renders every page`);
          return;
        }
        if (holder !== undefined) {
          logger.info('the previous build did not finish: every page is rendered afresh');
          for (const name of ASTRO_CACHE_FILES) rmSync(join(cacheDir, name), { recursive: true, force: true });
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(file, String(process.pid));
        marker = file;
        process.on('exit', leave);
        updateConfig({ experimental: { incrementalBuild: true } });
      },
      'astro:config:done': ({ config }) => {
        // The outDir here is the staging folder: stagedOutput, listed before, has set it.
        if (marker) dirs = { cacheDir: fileURLToPath(config.cacheDir), outDir: fileURLToPath(config.outDir), base: config.base };
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (dirs) {
          const options = dirs;
          setPrerenderer((defaultPrerenderer) =>
            linkedPagesPrerenderer(defaultPrerenderer, options, () => (lastBuild ??= linkLastBuild(options))),
          );
        }
      },
      'astro:build:setup': () => {
        touched = true;
        // Astro has emptied the output folder, and bundles the pages next.
        if (dirs && !lastBuild) {
          lastBuild = linkLastBuild(dirs);
          lastBuild.catch(() => undefined); // reported when the pages' paths await it
        }
      },
      'astro:build:done': () => {
        // Astro has written the cache's list of keys when it finished the pages, before this hook.
        if (marker) rmSync(marker, { force: true });
        process.off('exit', leave);
      },
    },
  };
}
