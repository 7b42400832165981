import type { APIRoute } from 'astro';
import { API_MEDIA_TYPE } from '../core/outputs/api/index.ts';
import { embedFile } from '../core/outputs/embed/index.ts';
import { siteModel } from '../lib/model.ts';

export const GET = (() => new Response(embedFile(siteModel()), { headers: { 'Content-Type': API_MEDIA_TYPE } })) satisfies APIRoute;
