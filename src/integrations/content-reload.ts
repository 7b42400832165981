import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { forgetSiteModel } from './site-model-module.ts';

/**
 * `npm run dev`: incident files and the config are not modules Vite knows, so watch them here and
 * reload the browser when one changes (`root` is the content root). Pages then read a fresh model
 * (see build-model.ts).
 */
export function contentReload(root: string): AstroIntegration {
  return {
    name: 'statusmark-content-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const watched = [join(root, 'status.config.yaml'), join(root, 'incidents')];
        server.watcher.add(watched);
        const reload = (file: string) => {
          if (!watched.some((w) => file === w || file.startsWith(`${w}/`))) return;
          logger.info(`${file.slice(root.length + 1)} changed: reloading`);
          forgetSiteModel(server);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}
