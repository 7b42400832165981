import type { APIRoute, GetStaticPaths } from 'astro';
import { API_MEDIA_TYPE, apiIncidentFile, apiIncidentFiles } from '../../../../core/outputs/api/index.ts';
import type { IncidentState } from '../../../../core/status/timeline.ts';
import { siteModel } from '../../../../lib/model.ts';

// No cacheKey: every file names the build's time (`page.updated_at`), so each build renders it.
export const getStaticPaths = (() =>
  apiIncidentFiles(siteModel()).map(({ id, state }) => ({ params: { id }, props: { state } }))) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(apiIncidentFile(siteModel(), (props as { state: IncidentState }).state), {
    headers: { 'Content-Type': API_MEDIA_TYPE },
  })) satisfies APIRoute;
