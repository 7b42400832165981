import type { APIRoute, GetStaticPaths } from 'astro';
import { BADGE_MEDIA_TYPE, componentBadge } from '../../../core/outputs/badge.ts';
import { siteModel } from '../../../lib/model.ts';

export const getStaticPaths = (() => siteModel().site.config.components.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET = (({ params }) =>
  new Response(componentBadge(siteModel(), String(params.id)), { headers: { 'Content-Type': BADGE_MEDIA_TYPE } })) satisfies APIRoute;
