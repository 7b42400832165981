/**
 * Runs in the deploy workflow after `npm run build` and before the deploy:
 *  - writes `dist/statusmark-deploy.json` (the fingerprint of what the page says);
 *  - fetches the live site's fingerprint and sets the step output `deploy=true|false`, so a
 *    scheduled rebuild that would publish the same page skips the deploy;
 *  - saves the live site's `feed.json` (the previous deploy's) to `--previous-feed`, for
 *    `statusmark notify` after the deploy.
 *
 * Env: GITHUB_EVENT_NAME (`schedule` may skip), GITHUB_SHA, GITHUB_OUTPUT, STATUS_LIVE_URL (where
 * the page is live, if not at `url` of the config), STATUS_DIR, STATUS_NOW.
 * Options: --dist <dir> (default dist), --previous-feed <file> (default .statusmark/previous-feed.json).
 * A live site that cannot be reached is not an error: the deploy goes ahead and nothing is announced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { DEPLOY_STATE_FILE, deployState, shouldDeploy } from '../core/publish/deploy-state.ts';
import { readSiteModel } from '../core/pipeline.ts';
import { siteRoot } from '../core/site/site-links.ts';
import { annotate, print, setOutput } from './workflow.ts';

async function fetchJson(url: string): Promise<{ ok: true; data: unknown } | { ok: false; why: string }> {
  try {
    const res = await fetch(url, { headers: { 'cache-control': 'no-cache' }, signal: AbortSignal.timeout(15_000) });
    if (!res.ok) return { ok: false, why: `${res.status} ${res.statusText}` };
    return { ok: true, data: await res.json() };
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  }
}

export async function runDeployPlan(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { dist: { type: 'string', default: 'dist' }, 'previous-feed': { type: 'string', default: '.statusmark/previous-feed.json' } },
  });
  const now = nowFromEnv(env);
  const model = readSiteModel(contentRootFromEnv(env), now);
  const state = deployState(model, env.GITHUB_SHA ?? 'local');
  writeFileSync(join(values.dist, DEPLOY_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);

  const live = (env.STATUS_LIVE_URL?.trim() || siteRoot(model.site)).replace(/\/?$/, '/');
  const [liveState, liveFeed] = await Promise.all([
    fetchJson(new URL(DEPLOY_STATE_FILE, live).href),
    fetchJson(new URL('feed.json', live).href),
  ]);

  const decision = shouldDeploy(state, liveState.ok ? liveState.data : undefined, env.GITHUB_EVENT_NAME === 'schedule');
  print(`deploy: ${decision.deploy} (${decision.reason})`);
  setOutput(env, 'deploy', String(decision.deploy));

  const out = values['previous-feed'];
  mkdirSync(dirname(out), { recursive: true });
  if (liveFeed.ok) {
    writeFileSync(out, JSON.stringify(liveFeed.data));
  } else {
    writeFileSync(out, JSON.stringify({ unavailable: liveFeed.why }));
    annotate(
      'notice',
      `could not read the live feed at ${live}feed.json (${liveFeed.why}); if this is the first deploy that is expected, and no notifications are sent this time`,
    );
  }
  return 0;
}
