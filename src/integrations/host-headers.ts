import { renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { wantsColor } from '../core/diagnostics/reporters/color.ts';
import { formatHuman } from '../core/diagnostics/reporters/human.ts';
import { HEADERS_FILE, hostHeadersFile } from '../core/outputs/host-headers.ts';
import type { BuildModel } from './build-model.ts';
import { refuseBuild } from './refuse.ts';

/**
 * Writes `_headers` (core/outputs/host-headers.ts) at the root of the output, with the rules of the
 * team's own `public/_headers` after the build's. It is worked out when the build starts, from the
 * model contentModel (listed before) hands over, so a team rule that clashes refuses the build
 * before anything is written; and written when the build is done, before stagedOutput (listed
 * after) puts the output in place. A new file renamed over the copy of public/_headers, never a
 * write into it: a file of the output may share its data with the incremental cache.
 */
export function hostHeaders(model: BuildModel): AstroIntegration {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let outDir: URL | undefined;
  let text: string | undefined;
  return {
    name: 'statusmark-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        outDir = config.outDir;
      },
      'astro:build:start': async ({ logger }) => {
        const team = join(publicDir, HEADERS_FILE);
        const shown = relative(root, team).split(sep).join('/');
        const result = await hostHeadersFile(model.model, team, shown);
        if ('findings' in result) {
          const findings = formatHuman(result.findings, { color: wantsColor(process.stderr, process.env) });
          const n = result.findings.length;
          return refuseBuild({ findings, reason: `${shown} has ${n} ${n === 1 ? 'error' : 'errors'} (listed above)` }, outDir!, logger);
        }
        text = result.text;
      },
      'astro:build:done': ({ dir }) => {
        if (text === undefined) return;
        const file = join(fileURLToPath(dir), HEADERS_FILE);
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
      },
    },
  };
}
