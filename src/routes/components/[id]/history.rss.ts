import type { APIRoute, GetStaticPaths } from 'astro';
import { feedKey } from '../../../core/outputs/feeds/feed-key.ts';
import { FEED_MEDIA_TYPES, feedFile } from '../../../core/outputs/feeds/index.ts';
import { siteModel } from '../../../lib/model.ts';

// Copied from the last build by an incremental one while the feed's document is the same (see feed-key.ts).
export const getStaticPaths = (() => {
  const model = siteModel();
  return model.site.config.components.map((c) => ({
    params: { id: c.id },
    cacheKey: feedKey(model, { kind: 'component', component: c.id }),
  }));
}) satisfies GetStaticPaths;

export const GET = (({ params }) =>
  new Response(feedFile(siteModel(), { kind: 'component', component: String(params.id) }, 'rss'), {
    headers: { 'Content-Type': FEED_MEDIA_TYPES.rss },
  })) satisfies APIRoute;
