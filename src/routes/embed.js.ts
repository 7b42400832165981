import type { APIRoute } from 'astro';
import script from 'virtual:statusmark/embed-script';

export const GET = (() => new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })) satisfies APIRoute;
