import type { APIRoute } from 'astro';
import { API_MEDIA_TYPE, apiIncidentIndexFile } from '../../../../core/outputs/api/index.ts';
import { siteModel } from '../../../../lib/model.ts';

export const GET = (() =>
  new Response(apiIncidentIndexFile(siteModel()), { headers: { 'Content-Type': API_MEDIA_TYPE } })) satisfies APIRoute;
