import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildEmbedScript } from '../../src/integrations/embed-script.ts';

/** `/embed.js` goes into every page of a team's app: at most 3 KB gzipped (README, "Embed the status in your app"). */
export const EMBED_SCRIPT_BUDGET = 3 * 1024;

/** What a reader of the team's app downloads for the banner: the script as built, raw and compressed as hosts serve it. */
export async function embedScriptFigures(): Promise<{ raw: number; gzipped: number; brotli: number }> {
  const code = Buffer.from((await buildEmbedScript()).code);
  return { raw: code.length, gzipped: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

export function describeEmbedScript({ raw, gzipped, brotli }: Awaited<ReturnType<typeof embedScriptFigures>>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  return `embed.js ${kb(gzipped)} gzipped (budget ${kb(EMBED_SCRIPT_BUDGET)}), ${kb(brotli)} brotli, ${kb(raw)} raw`;
}
