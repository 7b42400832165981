import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroPrerenderer } from 'astro';

/** Where Astro keeps an incremental build's list of keys and its copies of the pages, in its `cacheDir` (astro/dist/core/build/incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
export const ASTRO_PAGES = 'dist';
/** How many links are made at once: enough to keep the file system busy, few enough not to crowd the event loop. */
const AT_ONCE = 64;

/** Astro's record of the last build: per route file, per path, the key and the output file it wrote. */
export interface Manifest {
  routes?: Record<string, { paths?: Record<string, { cacheKey?: string; outputFile?: string }> }>;
}

export interface LinkedPagesOptions {
  /** Astro's cache folder. */
  cacheDir: string;
  /** The folder the build writes to (the staging folder, see staged-output.ts). */
  outDir: string;
  /** The site's base path, e.g. `/` or `/status/`. */
  base: string;
}

/** The last build's list, and which of its pages are linked into the output so far. */
export interface LastBuild {
  manifest: Manifest | undefined;
  linked: Set<string>;
}

/**
 * Links every page the last build listed into the output, before this build knows its keys: so
 * the links are made while Vite bundles the pages (which leaves the main thread idle) instead of
 * after. The prerenderer then removes each link whose page's key changed, or whose path this
 * build no longer has, before any page is generated; so the same pages are linked as if only the
 * unchanged ones had been, and Astro never sees another. Call it once Astro has emptied the output
 * folder (`astro:build:setup`).
 */
export async function linkLastBuild({ cacheDir, outDir }: Pick<LinkedPagesOptions, 'cacheDir' | 'outDir'>): Promise<LastBuild> {
  const manifest = readManifest(join(cacheDir, ASTRO_MANIFEST));
  // Copies no list accounts for could be written into unseen: without a list, none stay.
  if (!manifest) rmSync(join(cacheDir, ASTRO_PAGES), { recursive: true, force: true });
  const files = new Set<string>();
  for (const entry of Object.values(manifest?.routes ?? {}))
    for (const last of Object.values(entry.paths ?? {})) if (last.outputFile) files.add(last.outputFile);
  const linked = await linkAll(
    [...files],
    (file) => join(cacheDir, ASTRO_PAGES, file),
    (file) => join(outDir, file),
  );
  return { manifest, linked };
}

/**
 * Astro's incremental build copies each page it skips out of its cache (`restoreOutputFile`), a
 * copy per page; unless the page is in the output folder already, which Astro takes as done. So
 * before the pages are generated, this prerenderer sees to it that a hard link to the cached copy
 * stands where Astro would copy it for each page whose key is the last build's, and nothing for
 * any other page (`lastBuild`, started earlier, has linked them all: see linkLastBuild): one link
 * instead of a copy, the same bytes either way. A page Astro renders after all (its code changed)
 * is written with `writeFile`, in place, into its output file and its cached copy: into the very
 * file the published output shares with the cache (a page linked in an earlier build is one file
 * under three names). So before a page renders, its name in the output and its cached copy are
 * removed, and Astro writes new files, never into one a published output holds; a render this
 * cannot place among the paths stops the build before anything is written.
 */
export function linkedPagesPrerenderer(
  inner: AstroPrerenderer,
  options: LinkedPagesOptions,
  lastBuild: () => Promise<LastBuild> = () => linkLastBuild(options),
): AstroPrerenderer {
  const { cacheDir, outDir, base } = options;
  const cached = (file: string) => join(cacheDir, ASTRO_PAGES, file);
  // Every path of this build, as pathKey gives it, so that no render goes unaccounted for.
  const known = new Set<string>();
  // Per path (as pathKey gives it, for any route file): the output file the last build wrote for it.
  const lastFiles = new Map<string, string>();
  return {
    ...inner,
    name: `${inner.name} (unchanged pages linked from the incremental cache)`,
    async getStaticPaths() {
      const all = await inner.getStaticPaths();
      const { manifest: previous, linked } = await lastBuild();
      for (const entry of Object.values(previous?.routes ?? {}))
        for (const [pathname, last] of Object.entries(entry.paths ?? {}))
          if (last.outputFile) lastFiles.set(pathKey('', pathname), last.outputFile);
      const unchanged = new Set<string>();
      for (const { pathname, route, cacheKey } of all) {
        known.add(pathKey(route.component, pathname));
        const last = previous?.routes?.[route.component]?.paths?.[pathname];
        if (cacheKey !== undefined && last?.outputFile && last.cacheKey === cacheKey) unchanged.add(last.outputFile);
      }
      // Only the unchanged pages stay linked; a page whose cached copy is gone is not linked: Astro renders it.
      const stale = [...linked].filter((file) => !unchanged.has(file));
      await Promise.all(stale.map((file) => rm(join(outDir, file), { force: true })));
      await removeEmptyFolders(outDir, stale);
      return all;
    },
    async render(request, renderOptions) {
      const { component, type } = renderOptions.routeData;
      const path = pathOfUrl(new URL(request.url).pathname, base, type === 'page');
      if (!known.has(pathKey(component, path))) {
        throw new Error(
          `the incremental build cannot tell which page ${request.url} is, so it cannot make sure the published pages stay untouched; build with --force, or with statusmark({ incremental: false })`,
        );
      }
      // Its cached copy may be a published page's file (linked by an earlier build), whether or not it is linked here.
      const file = lastFiles.get(pathKey('', path));
      if (file) await Promise.all([rm(join(outDir, file), { force: true }), rm(cached(file), { force: true })]);
      return inner.render(request, renderOptions);
    },
  };
}

/** A path as getStaticPaths names it (`/incidents/x`, `/`) and as a request's URL does (`/base/incidents/x/`), alike. */
function pathKey(component: string, path: string): string {
  return `${component}\0${path.replace(/^\/+|\/+$/g, '')}`;
}

/** The path of a URL without the site's base (and for a page, without the `.html` ending of `build.format: 'file'`). */
export function pathOfUrl(urlPath: string, base: string, page: boolean): string {
  const decoded = decodeURI(urlPath);
  const prefix = base.replace(/\/+$/, '');
  const inside = prefix && decoded.startsWith(`${prefix}/`) ? decoded.slice(prefix.length) : decoded === prefix ? '/' : decoded;
  return page ? inside.replace(/(?:\/index)?\.html$/, '') : inside;
}

function readManifest(file: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return manifest !== null && typeof manifest === 'object' ? manifest : undefined;
  } catch {
    return undefined; // no last build (or an unreadable list): nothing to link, Astro renders every page
  }
}

/** Hard-links each file from `from(file)` to `to(file)`, those it can; resolves to those it did. */
async function linkAll(files: string[], from: (f: string) => string, to: (f: string) => string): Promise<Set<string>> {
  const linked = new Set<string>();
  const folders = new Map<string, Promise<unknown>>();
  const made = (folder: string) => {
    let done = folders.get(folder);
    if (!done) {
      done = mkdir(folder, { recursive: true });
      folders.set(folder, done);
    }
    return done;
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      try {
        await made(dirname(to(file)));
        await link(from(file), to(file));
        linked.add(file);
      } catch {
        // missing from the cache, or on another file system: Astro copies or renders it instead
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return linked;
}

/**
 * The folders the removed links leave empty: a page the last build had and this one does not
 * (another content root, an incident deleted) must not leave its folder in the output. A page
 * rendered after all writes its folder again.
 */
async function removeEmptyFolders(outDir: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of removed) for (let dir = dirname(file); dir !== '.' && dir !== '/'; dir = dirname(dir)) folders.add(dir);
  // Deepest first, one at a time, so a parent is tried only after its children are gone.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(join(outDir, dir)).catch(() => undefined);
  }
}
