import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** The module src/routes/embed.js.ts takes the built `/embed.js` from. */
export const EMBED_SCRIPT_MODULE = 'virtual:statusmark/embed-script';
const RESOLVED = `\0${EMBED_SCRIPT_MODULE}`;

/** The script's TypeScript source; the package ships it as source too, so a team's build compiles it the same way. */
const ENTRY = fileURLToPath(new URL('../embed/embed.ts', import.meta.url));

/** Where the script must run: the browsers of the last few years that have shadow roots, adopted stylesheets and `light-dark()`. */
const TARGETS = ['chrome111', 'firefox120', 'safari17'];

export interface EmbedScript {
  code: string;
  /** Every source file it was built from, for the dev server to watch. */
  inputs: string[];
}

/**
 * `/embed.js`, compiled and minified from src/embed/ by esbuild, the bundler Astro's own toolchain
 * brings: one self-contained classic script (an IIFE, so an `async` tag runs it and
 * `document.currentScript` names the tag), with no comments and nothing imported at run time.
 */
export async function buildEmbedScript(): Promise<EmbedScript> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGETS,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => fileURLToPath(new URL(input, `file://${process.cwd()}/`)));
  return { code: result.outputFiles[0]!.text, inputs };
}

/** The Vite plugin behind `virtual:statusmark/embed-script`: the built script as one string; under `npm run dev`, rebuilt when its source changes. */
export function embedScriptModule(): Plugin {
  return {
    name: 'statusmark:embed-script',
    resolveId: (id) => (id === EMBED_SCRIPT_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { code, inputs } = await buildEmbedScript();
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};\n`;
    },
  };
}
