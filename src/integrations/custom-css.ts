import { isAbsolute, join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { readFileIn } from '../core/content/files/file-read.ts';
import { boundaryAt } from '../core/content/files/file-tree.ts';

/** The module src/lib/stylesheet.ts takes a team's own CSS from (statusmark()'s `customCss`). */
export const CUSTOM_CSS_MODULE = 'virtual:statusmark/custom-css';
const RESOLVED = `\0${CUSTOM_CSS_MODULE}`;

const EXAMPLE = 'write a path to a .css file in the project, e.g. "./src/styles/brand.css"';

/**
 * The text of a team's CSS files, in the order given, each read as the content is: only from
 * inside the project (no link out of it), only a regular file of at most 1 MB. A file that cannot
 * be used stops the config with what to write instead.
 */
export function readCustomCss(projectRoot: string, files: readonly string[]): { text: string; paths: string[] } {
  const boundary = boundaryAt(projectRoot, 'the project');
  const texts: string[] = [];
  const paths: string[] = [];
  for (const file of files) {
    const refuse = (why: string) => new Error(`statusmark() in astro.config.mjs: customCss "${file}" ${why}; ${EXAMPLE}`);
    const path = normalize(file);
    if (isAbsolute(file) || path.startsWith('../') || !path.toLowerCase().endsWith('.css')) {
      throw refuse('is not the path of a .css file inside the project');
    }
    const read = readFileIn(boundary, path);
    if (!read) throw refuse('is not there');
    if ('problem' in read) throw refuse(`cannot be used: ${read.problem.message}`);
    texts.push(read.text);
    paths.push(join(projectRoot, path));
  }
  return { text: texts.join('\n'), paths };
}

/**
 * The Vite plugin behind `virtual:statusmark/custom-css`: the team's CSS as one string, after the
 * site's own stylesheet, so a team's rule wins over ours. Under `npm run dev` a change to one of
 * the files reloads it.
 */
export function customCssModule(projectRoot: string, files: readonly string[]): Plugin {
  return {
    name: 'statusmark:custom-css',
    resolveId: (id) => (id === CUSTOM_CSS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { text, paths } = readCustomCss(projectRoot, files);
      for (const path of paths) this.addWatchFile(path);
      return `export default ${JSON.stringify(text)};\n`;
    },
  };
}
