import { checkContent } from './checks/check.ts';
import { loadContentRoot, type ContentRoot, type LoadOptions } from './content/load.ts';
import { countBySeverity, type Diagnostic } from './diagnostics/diagnostics.ts';
import { formatHuman } from './diagnostics/reporters/human.ts';
import { buildSiteModel, type SiteModel } from './site/site.ts';

/**
 * The build's data flow, stage by stage: read and parse the content root once (content/), check
 * that same content at `now` with the rules configured as errors (checks/), then derive the site
 * model from it (site/, status/), which views and outputs render. `parsed` (the build's cache of
 * parsed files) changes how fast, never what.
 */
export function readSiteModel(root: string, now: Date, options: Pick<LoadOptions, 'parsed'> = {}): SiteModel {
  return siteModelOf(checkContent(loadContentRoot(root, options), { now, errorsOnly: true }), now);
}

/** The site model of content already read and checked at `now` (with the rules configured as errors); a ContentError if it has errors. */
export function siteModelOf(content: ContentRoot, now: Date): SiteModel {
  if (!content.loaded || content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
  return buildSiteModel({ ...content, loaded: content.loaded }, now);
}

/**
 * Content that may not be built: its errors, and the findings of any policy or style rule the
 * config makes an error (warnings never stop a build).
 */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const { errors } = countBySeverity(diagnostics);
    super(
      `the content has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built\n${formatHuman(diagnostics, { color: false })}`,
    );
    this.diagnostics = diagnostics;
    this.name = 'ContentError';
  }
}
