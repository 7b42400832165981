import { isAbsolute, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { z } from 'astro/zod';
import { readFileIn } from '../core/content/files/file-read.ts';
import { boundaryAt } from '../core/content/files/file-tree.ts';
import { suggest } from '../core/shared/suggest.ts';

/**
 * The components a team may replace with statusmark()'s `components` option, each with its props in
 * src/components/props.ts and a row in the README. Time is not among them: the script in
 * Base.astro rewrites its markup in the reader's zone, so that markup is a contract, not a design.
 */
export const OVERRIDABLE = [
  'Banner',
  'Footer',
  'Header',
  'IncidentCard',
  'IncidentList',
  'Pager',
  'Pill',
  'Subscribe',
  'Timeline',
  'UptimeBar',
] as const;
export type OverridableComponent = (typeof OVERRIDABLE)[number];

/** The pages and components import `virtual:statusmark/components/<Name>`, never the file itself, so an override reaches every use. */
export const COMPONENT_MODULE_PREFIX = 'virtual:statusmark/components/';

const EXAMPLE_PATH = '"./src/components/MyHeader.astro"';

function unknownNames(keys: readonly string[]): string {
  const named = keys.map((key) => {
    const guess = suggest(key, OVERRIDABLE);
    return guess ? `"${key}" (did you mean "${guess}"?)` : `"${key}"`;
  });
  return `has no ${named.join(', ')}; the components you can override are: ${OVERRIDABLE.join(', ')}`;
}

const overridePath = z.string({ error: `must be the path of an .astro file in the project, e.g. ${EXAMPLE_PATH}` }).optional();

/** statusmark()'s `components`: which components to replace, and with which .astro file of the project. */
export const ComponentsOption = z.strictObject(
  Object.fromEntries(OVERRIDABLE.map((name) => [name, overridePath])) as Record<OverridableComponent, typeof overridePath>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownNames(issue.keys)
        : `must name each component to override and its .astro file, e.g. { Header: ${EXAMPLE_PATH} }`,
  },
);
export type ComponentsOption = z.output<typeof ComponentsOption>;

/**
 * Each component's file: the team's override, found inside the project (no link out of it, a
 * regular file), or the default in src/components/. An override that cannot be used stops the
 * config with what to write instead.
 */
export function componentFiles(projectRoot: string, overrides: ComponentsOption): Record<OverridableComponent, string> {
  const boundary = boundaryAt(projectRoot, 'the project');
  const files = {} as Record<OverridableComponent, string>;
  for (const name of OVERRIDABLE) {
    const file = overrides[name];
    if (file === undefined) {
      files[name] = fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));
      continue;
    }
    const refuse = (why: string) =>
      new Error(
        `statusmark() in astro.config.mjs: components.${name} "${file}" ${why}; write the path of an .astro file in the project, e.g. ${EXAMPLE_PATH}`,
      );
    const path = normalize(file);
    if (isAbsolute(file) || path.startsWith('../') || path === '..' || !path.endsWith('.astro')) {
      throw refuse('is not the path of an .astro file inside the project');
    }
    const read = readFileIn(boundary, path);
    if (!read) throw refuse('is not there');
    if ('problem' in read) throw refuse(`cannot be used: ${read.problem.message}`);
    files[name] = join(projectRoot, path);
  }
  return files;
}

/**
 * The Vite plugin behind `virtual:statusmark/components/<Name>`: a module whose default export is
 * the team's override or our default. An override that wraps the default imports the file
 * (statusmark/components/<Name>.astro), not the virtual module, which would be itself.
 */
export function componentOverrides(files: Record<OverridableComponent, string>): Plugin {
  const fileOf = (id: string) => {
    if (!id.startsWith(COMPONENT_MODULE_PREFIX)) return undefined;
    const name = id.slice(COMPONENT_MODULE_PREFIX.length);
    return (OVERRIDABLE as readonly string[]).includes(name) ? files[name as OverridableComponent] : undefined;
  };
  return {
    name: 'statusmark:component-overrides',
    resolveId: (id) => (fileOf(id) === undefined ? undefined : `\0${id}`),
    load(id) {
      const file = id.startsWith('\0') ? fileOf(id.slice(1)) : undefined;
      return file === undefined ? undefined : `export { default } from ${JSON.stringify(file)};\n`;
    },
  };
}
