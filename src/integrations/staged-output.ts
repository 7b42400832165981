import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearInterruptedSwaps, outputFolder, stagingFolder, swapIn, unswappableOutput } from './output-swap.ts';
import { refuseBuild } from './refuse.ts';
import { shownFolder } from './shown-path.ts';

/**
 * A build that fails for any reason leaves the previous output exactly as it was. `astro build`
 * empties its output folder first and writes into it as it goes, so here its `outDir` becomes a
 * staging folder next to the output (the later integrations' `astro:config:setup` and every hook
 * after it see that folder);
 * this integration's `astro:build:done` puts it in place once the integrations listed before it
 * have finished writing. List it after every integration that writes to the output. A failure
 * ends the process before that hook, and the staging folder is removed on the way out; one that a
 * killed build left is removed when the next build starts.
 */
export function stagedOutput(): AstroIntegration {
  let staged: { staging: string; output: string; leave: (code: number) => void } | undefined;
  return {
    name: 'statusmark-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const output = outputFolder(fileURLToPath(config.outDir));
        const unswappable = unswappableOutput(output, fileURLToPath(config.root));
        if (unswappable)
          return refuseBuild({ findings: unswappable, reason: 'the output folder cannot be replaced (see above)' }, output, logger);
        const staging = stagingFolder(output);
        try {
          for (const done of clearInterruptedSwaps(output)) logger.info(done);
          mkdirSync(staging, { recursive: true });
        } catch (error) {
          const findings =
            `the build cannot make ${shownFolder(staging)} (${(error as Error).message}): it builds there, next to ${shownFolder(output)}, ` +
            'then puts it in its place; give --outDir a folder inside one the build may write to';
          return refuseBuild({ findings, reason: 'there is nowhere to build (see above)' }, output, logger);
        }
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        const leave = (code: number) => {
          rmSync(staging, { recursive: true, force: true });
          // The event loop ran dry with the build unfinished: some step stopped without a word.
          if (code === 0) {
            logger.error(`the build stopped before it finished; nothing was published, ${shownFolder(output)} is as it was`);
            process.exitCode = 1;
          }
        };
        process.on('exit', leave);
        staged = { staging, output, leave };
      },
      'astro:build:done': async () => {
        if (!staged) return;
        await swapIn(staged.staging, staged.output);
        process.off('exit', staged.leave);
      },
    },
  };
}
