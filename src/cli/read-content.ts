import { loadContentRoot } from '../core/content/load.ts';
import { ContentError } from '../core/pipeline.ts';
import { contentRootFromEnv } from '../core/shared/env.ts';
import { buildSiteModel, type SiteModel } from '../core/site/site.ts';
import { annotate } from './workflow.ts';

/**
 * The content for the timekeeper and the watchdog, read once (a push starts a new run for new content), and its site
 * model at any time. The policy and style rules are not run: one the config makes an error can start failing at the
 * very change waited for (`policy-update-overdue: error`), and the deploy's check reports it; the watchdog must still
 * be started, and must still remind the owners. Errors in the content itself stop both.
 */
export function readContent(env: NodeJS.ProcessEnv): ((now: Date) => SiteModel) | undefined {
  const content = loadContentRoot(contentRootFromEnv(env));
  const { loaded } = content;
  if (!loaded || content.diagnostics.some((d) => d.severity === 'error')) {
    annotate('error', new ContentError(content.diagnostics).message);
    return undefined;
  }
  return (now) => buildSiteModel({ ...content, loaded }, now);
}
