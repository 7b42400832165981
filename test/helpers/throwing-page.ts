import type { APIRoute, GetStaticPaths } from 'astro';

/** The route of failing-build.config.mjs (FAILING_BUILD=page): `/throws/1.txt` … `/throws/8.txt`, of which the last throws. */
export const PAGES = 8;
export const THROWN = 'this page throws while it renders, as the test asks';

export const getStaticPaths = (() => Array.from({ length: PAGES }, (_, i) => ({ params: { n: String(i + 1) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (params.n === String(PAGES)) throw new Error(THROWN);
  return new Response(`page ${params.n}\n`);
};
