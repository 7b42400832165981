import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_CSS, SITE_CSS_PATH } from '../../lib/stylesheet.ts';

export const getStaticPaths = (() => [{ params: { file: SITE_CSS_PATH.slice('assets/'.length) } }]) satisfies GetStaticPaths;

export const GET = (() => new Response(SITE_CSS)) satisfies APIRoute;
