import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';

/** The module every page and endpoint imports its site model from (through src/lib/model.ts). */
export const SITE_MODEL_MODULE = 'virtual:statusmark/site-model';
const RESOLVED = `\0${SITE_MODEL_MODULE}`;
const SOURCE = fileURLToPath(new URL('../lib/site-model-source.ts', import.meta.url));

/** Where the pages get the model: the snapshot a build's content integration wrote, or (dev) the content root itself. */
export type SiteModelSource = { snapshot: string } | { content: string };

/**
 * The Vite plugin behind `virtual:statusmark/site-model` (see build-model.ts). The module's
 * code is one call, evaluated once in the pages' module graph: so that graph holds one model, and
 * the module instance is its owner.
 */
export function siteModelModule(source: SiteModelSource): Plugin {
  return {
    name: 'statusmark:site-model',
    resolveId: (id) => (id === SITE_MODEL_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const [read, arg] = 'content' in source ? ['siteModelFromContent', source.content] : ['siteModelFromFile', source.snapshot];
      const code = `import { ${read} } from ${JSON.stringify(SOURCE)};\nexport const siteModel = ${read}(${JSON.stringify(arg)});\n`;
      // Data, not code, to an incremental build: the snapshot's path is new every build, and would
      // make every page's code look changed. What the model holds reaches each page's cacheKey
      // instead (core/views/page-keys.ts). Astro marks its own content data modules this way.
      return { code, meta: { astroIncremental: { kind: 'content-data' } } };
    },
  };
}

/** The server's module runner of an environment, where the dev server evaluates the pages. */
type Runner = { evaluatedModules: { getModuleById(id: string): RunnerModule | undefined; invalidateModule(m: RunnerModule): void } };
type RunnerModule = { importers: Set<string> };

/**
 * `npm run dev`: forgets the evaluated model, and every module that imported it (down to the
 * pages), so the next request evaluates them again and reads the content afresh. The old model
 * and its caches go with them.
 */
export function forgetSiteModel(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const mod = environment.moduleGraph.getModuleById(RESOLVED);
    if (mod) environment.moduleGraph.invalidateModule(mod, undefined, timestamp, true);
    const runner = (environment as { runner?: Runner }).runner;
    if (!runner) continue;
    const seen = new Set<string>();
    const forget = (id: string) => {
      const evaluated = runner.evaluatedModules.getModuleById(id);
      if (!evaluated || seen.has(id)) return;
      seen.add(id);
      runner.evaluatedModules.invalidateModule(evaluated);
      for (const importer of evaluated.importers) forget(importer);
    };
    forget(RESOLVED);
  }
}
