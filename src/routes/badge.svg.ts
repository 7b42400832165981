import type { APIRoute } from 'astro';
import { BADGE_MEDIA_TYPE, overallBadge } from '../core/outputs/badge.ts';
import { siteModel } from '../lib/model.ts';

export const GET = (() => new Response(overallBadge(siteModel()), { headers: { 'Content-Type': BADGE_MEDIA_TYPE } })) satisfies APIRoute;
