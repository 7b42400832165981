import type { APIRoute } from 'astro';
import { FEED_MEDIA_TYPES, feedFile } from '../core/outputs/feeds/index.ts';
import { siteModel } from '../lib/model.ts';

export const GET = (() =>
  new Response(feedFile(siteModel(), { kind: 'maintenance' }, 'json'), {
    headers: { 'Content-Type': FEED_MEDIA_TYPES.json },
  })) satisfies APIRoute;
