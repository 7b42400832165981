import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteModel } from '../core/site/site.ts';
import { snapshotSiteModel } from '../core/site/site-model-snapshot.ts';

/**
 * How the site model reaches the pages, the one way:
 *
 * - `astro build`: the content integration (content.ts) reads and checks the content when the
 *   build starts, and refuses broken content before any page exists. It hands the model to this
 *   object, which astro.config.mjs makes once and gives to the integrations that need the model:
 *   the search index (pagefind.ts) takes it from here. The pages and endpoints run later, in the
 *   module graph Vite bundles for them; they import `virtual:statusmark/site-model` (through
 *   src/lib/model.ts), a module of the content integration's Vite plugin (site-model-module.ts),
 *   which reads the snapshot this object wrote: the same model, copied once, never the content again.
 * - `npm run dev`: that module reads the content itself; content-reload.ts forgets it when an
 *   incident or the config changes, so the next page shows the change.
 *
 * Caches live on the model (SiteModel.caches), so each copy has its own and drops them with it.
 */
export class BuildModel {
  private folder: string | undefined;
  private current: SiteModel | undefined;
  private readonly removeSnapshot = () => {
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
  };

  /**
   * Where the pages read the model from; written when the build starts, removed when it ends. In a
   * folder of its own that only this user may enter (mkdtemp), never a guessable name in the shared
   * temporary folder, where someone else's link could stand in its place.
   */
  get snapshotFile(): string {
    this.folder ??= mkdtempSync(join(tmpdir(), 'statusmark-site-model-'));
    return join(this.folder, 'site-model.v8');
  }

  /** The model of the build under way: from the content integration's build start until Vite bundles the pages. */
  get model(): SiteModel {
    if (!this.current)
      throw new Error('the site model is read when the build starts: list contentModel() before the integrations that use it');
    return this.current;
  }

  /** The build's model, read and checked: for the integrations now, for the pages in the snapshot. */
  hand(model: SiteModel): void {
    this.current = model;
    writeFileSync(this.snapshotFile, snapshotSiteModel(model));
    // A build that fails leaves nothing behind either.
    process.once('exit', this.removeSnapshot);
  }

  /**
   * Every integration has what it needs of the model (they read it at build start): from now on
   * only the pages' copy is used, so the build does not hold two.
   */
  release(): void {
    this.current = undefined;
  }

  /** The build is over: the model and its snapshot go. */
  drop(): void {
    this.release();
    this.removeSnapshot();
    process.off('exit', this.removeSnapshot);
  }
}
