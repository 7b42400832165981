/**
 * The incremental build's links (integrations/linked-pages.ts): a page whose key is the last
 * build's is linked from Astro's cache into the output, so Astro does not copy it; a page that
 * renders after all never writes into a file the published output shares with the cache; and a
 * render it cannot place stops the build before anything is written.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import { linkLastBuild, linkedPagesPrerenderer, pathOfUrl } from '../src/integrations/linked-pages.ts';

const INCIDENT = 'src/routes/incidents/[id].astro';
const HOME = 'src/routes/index.astro';
const route = (component: string, type: RouteData['type'] = 'page') => ({ component, type }) as RouteData;

const PATHS: PathWithRoute[] = [
  { pathname: '/incidents/kept', route: route(INCIDENT), cacheKey: 'k1' },
  { pathname: '/incidents/edited', route: route(INCIDENT), cacheKey: 'k2-new' },
  { pathname: '/incidents/added', route: route(INCIDENT), cacheKey: 'k3' },
  { pathname: '/', route: route(HOME) },
];

/** Astro's cache after a build that wrote `kept`, `edited` and a page since deleted, and an output folder published from it. */
function lastBuild() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'statusmark-linked-cache-'));
  const outDir = mkdtempSync(join(tmpdir(), 'statusmark-linked-out-'));
  const paths: Record<string, { cacheKey: string; outputFile: string }> = {
    '/incidents/kept': { cacheKey: 'k1', outputFile: 'incidents/kept/index.html' },
    '/incidents/edited': { cacheKey: 'k2', outputFile: 'incidents/edited/index.html' },
    '/incidents/deleted': { cacheKey: 'k4', outputFile: 'incidents/deleted/index.html' },
  };
  for (const { outputFile } of Object.values(paths)) {
    mkdirSync(dirname(join(cacheDir, 'dist', outputFile)), { recursive: true });
    writeFileSync(join(cacheDir, 'dist', outputFile), `<p>${outputFile} as the last build wrote it</p>`);
  }
  writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { [INCIDENT]: { paths } } }));
  return { cacheDir, outDir };
}

/** Astro's default prerenderer, reduced to what the wrapper sees: the paths, and a render that says what it found. */
function fakeAstro(outDir: string, seen: string[]): AstroPrerenderer {
  return {
    name: 'astro',
    getStaticPaths: async () => PATHS,
    render: async (request) => {
      const file = join(outDir, new URL(request.url).pathname, 'index.html');
      seen.push(`${new URL(request.url).pathname} ${existsSync(file) ? 'found a file' : 'found no file'}`);
      return new Response('rendered');
    },
  };
}

describe('pages linked from the incremental cache', () => {
  it('links each page whose key is unchanged, and no other', async () => {
    const { cacheDir, outDir } = lastBuild();
    const prerenderer = linkedPagesPrerenderer(fakeAstro(outDir, []), { cacheDir, outDir, base: '/' });
    expect(await prerenderer.getStaticPaths()).toBe(PATHS);
    const kept = join(outDir, 'incidents/kept/index.html');
    expect(readFileSync(kept, 'utf8')).toBe('<p>incidents/kept/index.html as the last build wrote it</p>');
    expect(statSync(kept).ino).toBe(statSync(join(cacheDir, 'dist/incidents/kept/index.html')).ino);
    for (const page of ['edited', 'added', 'deleted']) expect(existsSync(join(outDir, `incidents/${page}/index.html`)), page).toBe(false);
  });

  it('links every page of the last build early, and keeps only the unchanged ones once the keys are known', async () => {
    const { cacheDir, outDir } = lastBuild();
    // As while Vite bundles: the keys of this build are not known yet.
    const early = await linkLastBuild({ cacheDir, outDir });
    expect([...early.linked].sort()).toEqual(['incidents/deleted/index.html', 'incidents/edited/index.html', 'incidents/kept/index.html']);
    expect(existsSync(join(outDir, 'incidents/deleted/index.html'))).toBe(true);
    const prerenderer = linkedPagesPrerenderer(fakeAstro(outDir, []), { cacheDir, outDir, base: '/' }, async () => early);
    await prerenderer.getStaticPaths();
    const left = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(left.map((e) => join(e.parentPath, e.name))).toEqual([join(outDir, 'incidents/kept/index.html')]);
    // The folders of the pages no longer linked go too: a deleted incident leaves no empty folder in the output.
    const folders = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => join(e.parentPath, e.name)).sort()).toEqual([join(outDir, 'incidents'), join(outDir, 'incidents/kept')]);
    expect(statSync(join(outDir, 'incidents/kept/index.html')).ino).toBe(statSync(join(cacheDir, 'dist/incidents/kept/index.html')).ino);
    // The cache keeps every copy: the edited page's is removed only when it renders.
    expect(existsSync(join(cacheDir, 'dist/incidents/edited/index.html'))).toBe(true);
  });

  it('removes both names of a linked page before it renders, so the published copy is never written into', async () => {
    const { cacheDir, outDir } = lastBuild();
    const published = join(mkdtempSync(join(tmpdir(), 'statusmark-linked-published-')), 'index.html');
    const seen: string[] = [];
    const prerenderer = linkedPagesPrerenderer(fakeAstro(outDir, seen), { cacheDir, outDir, base: '/' });
    await prerenderer.getStaticPaths();
    // What the last build published shares its file with the cache, as a linked page does.
    const cached = join(cacheDir, 'dist/incidents/kept/index.html');
    linkSync(cached, published);
    // The page's code changed, say: Astro renders it although its key is the same.
    await prerenderer.render(new Request('https://status.test.example/incidents/kept/'), { routeData: route(INCIDENT) });
    expect(seen).toEqual(['/incidents/kept/ found no file']);
    expect(existsSync(cached)).toBe(false);
    expect(readFileSync(published, 'utf8')).toBe('<p>incidents/kept/index.html as the last build wrote it</p>');
    // A page whose key changed is not linked, but its cached copy may be an earlier output's file too.
    const edited = join(cacheDir, 'dist/incidents/edited/index.html');
    const publishedEdited = join(dirname(published), 'edited.html');
    linkSync(edited, publishedEdited);
    await prerenderer.render(new Request('https://status.test.example/incidents/edited/'), { routeData: route(INCIDENT) });
    expect(existsSync(edited)).toBe(false);
    expect(readFileSync(publishedEdited, 'utf8')).toBe('<p>incidents/edited/index.html as the last build wrote it</p>');
    // A page that was not in the last build renders as it would without the wrapper.
    await prerenderer.render(new Request('https://status.test.example/'), { routeData: route(HOME) });
    expect(seen).toHaveLength(3);
  });

  it('empties the cached copies when the list of the last build is missing, as no list accounts for them', async () => {
    const { cacheDir, outDir } = lastBuild();
    rmSync(join(cacheDir, 'incremental-build.json'));
    await linkedPagesPrerenderer(fakeAstro(outDir, []), { cacheDir, outDir, base: '/' }).getStaticPaths();
    expect(existsSync(join(cacheDir, 'dist'))).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('stops the build on a render it cannot place among the paths', async () => {
    const { cacheDir, outDir } = lastBuild();
    const seen: string[] = [];
    const prerenderer = linkedPagesPrerenderer(fakeAstro(outDir, seen), { cacheDir, outDir, base: '/' });
    await prerenderer.getStaticPaths();
    await expect(
      prerenderer.render(new Request('https://status.test.example/incidents/unknown/'), { routeData: route(INCIDENT) }),
    ).rejects.toThrow(
      'the incremental build cannot tell which page https://status.test.example/incidents/unknown/ is, so it cannot make sure the published pages stay untouched; build with --force, or with statusmark({ incremental: false })',
    );
    expect(seen).toEqual([]);
  });

  it('reads a URL path as getStaticPaths names it, under any base', () => {
    expect(pathOfUrl('/incidents/kept/', '/', true)).toBe('/incidents/kept/');
    expect(pathOfUrl('/status/incidents/kept/', '/status/', true)).toBe('/incidents/kept/');
    expect(pathOfUrl('/status/', '/status', true)).toBe('/');
    expect(pathOfUrl('/status/incidents/kept.html', '/status/', true)).toBe('/incidents/kept');
    expect(pathOfUrl('/status/feed.json', '/status/', false)).toBe('/feed.json');
    expect(pathOfUrl('/incidents/caf%C3%A9/', '/', true)).toBe('/incidents/café/');
  });
});
