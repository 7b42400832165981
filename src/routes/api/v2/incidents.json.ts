import type { APIRoute } from 'astro';
import { API_MEDIA_TYPE, apiFile } from '../../../core/outputs/api/index.ts';
import { siteModel } from '../../../lib/model.ts';

export const GET = (() =>
  new Response(apiFile(siteModel(), 'incidents'), { headers: { 'Content-Type': API_MEDIA_TYPE } })) satisfies APIRoute;
