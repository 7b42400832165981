import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_SCRIPT_BUDGET, embedScriptFigures } from '../scripts/bench/embed-script.ts';
import { buildEmbedScript } from '../src/integrations/embed-script.ts';

describe('/embed.js as built', () => {
  it('weighs less than 3 KB gzipped, the budget of a script in every page of a team’s app', async () => {
    const { gzipped } = await embedScriptFigures();
    expect(EMBED_SCRIPT_BUDGET).toBe(3072);
    expect(gzipped).toBeLessThan(EMBED_SCRIPT_BUDGET);
  });

  it('is one minified classic script: it parses as a script (not a module) and imports nothing', async () => {
    const { code } = await buildEmbedScript();
    expect(() => new Script(code, { filename: 'embed.js' })).not.toThrow();
    // Minified: none of the source's comments or long names are left.
    expect(code).not.toContain('Only while the script first runs');
    expect(code).not.toContain('REFRESH_MS');
  });

  it('bundles src/embed/ alone: the core’s types it imports are erased and none of the core’s code comes along', async () => {
    const { inputs } = await buildEmbedScript();
    expect(inputs.map((i) => i.slice(process.cwd().length + 1)).sort()).toEqual(['src/embed/banner-style.ts', 'src/embed/embed.ts']);
  });
});
