import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_MEDIA_TYPES, feedFile } from '../../../core/outputs/feeds/index.ts';
import { siteModel } from '../../../lib/model.ts';

export const getStaticPaths = (() => siteModel().site.config.components.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET = (({ params }) =>
  new Response(feedFile(siteModel(), { kind: 'component', component: String(params.id) }, 'json'), {
    headers: { 'Content-Type': FEED_MEDIA_TYPES.json },
  })) satisfies APIRoute;
