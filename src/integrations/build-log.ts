/**
 * The log destination of every `astro` command (astro.config.mjs `logger`): Astro's own node
 * logger, except for the line it prints per generated route. Astro writes each of those in two
 * parts, the path when a route starts and its time when it ends; with several routes rendering at
 * once (`build.concurrency`) the parts of different routes run into each other, and a large site
 * prints one line per page. Here the routes are counted instead: a line every few seconds says
 * how many are done, and one at the end how many there were.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';
import { publishedFolder } from './output-swap.ts';

export interface RouteCountOptions {
  /** How often, in milliseconds, a line says how far the routes are. */
  every?: number;
  now?: () => number;
}

const PROGRESS_EVERY_MS = 5000;

/** `  ├─ /incidents/x/index.html`, written without its line end when a route starts rendering. */
const isRouteStart = (e: AstroLoggerMessage) => e.label === null && !e.newLine && /^\s*├─ /.test(stripVTControlCharacters(e.message));
/** ` (+12ms)`, ` (cached)`, ` (restored)`: the end of that line, when the route is written. */
const isRouteEnd = (e: AstroLoggerMessage) =>
  e.label === 'SKIP_FORMAT' && /^ \((?:\+[\d.]+m?s|cached|restored)\)/.test(stripVTControlCharacters(e.message));

/**
 * Astro names the folder it writes to, which is the staging folder beside the output (see
 * staged-output.ts); the reader wants to know where the site will be.
 */
function stagedDirectory(event: AstroLoggerMessage): string | undefined {
  if (event.label !== 'build') return undefined;
  const dir = /^directory: (.+?)\/?$/.exec(stripVTControlCharacters(event.message))?.[1];
  if (!dir) return undefined;
  const output = publishedFolder(dir);
  return output === dir ? undefined : `directory: ${output}/ (written beside it first, and put in place when the build succeeds)`;
}

/** Astro's log, written to `out`, with its lines per route replaced by a count. */
export function countRoutes(
  out: AstroLoggerDestination,
  { every = PROGRESS_EVERY_MS, now = () => performance.now() }: RouteCountOptions = {},
): AstroLoggerDestination {
  let done: number | undefined; // routes written so far; undefined outside the generation of routes
  let copied = 0; // of them, copied from the last build by an incremental build (incremental-cache.ts)
  let saidAt = 0;
  const say = (message: string) => out.write({ label: 'build', level: 'info', message, newLine: true });
  const routes = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'route' : 'routes'}`;
  return {
    write(event) {
      if (isRouteStart(event)) {
        if (done === undefined) [done, copied, saidAt] = [0, 0, now()];
        return;
      }
      if (done !== undefined && isRouteEnd(event)) {
        done++;
        if (/^ \((?:cached|restored)\)/.test(stripVTControlCharacters(event.message))) copied++;
        if (now() - saidAt >= every) {
          say(`${routes(done)} so far`);
          saidAt = now();
        }
        return;
      }
      const staged = stagedDirectory(event);
      if (staged) {
        out.write({ ...event, message: staged });
        return;
      }
      // Astro's next line of its own ("✓ Completed in …") closes the routes.
      if (done !== undefined && event.label === null && event.level === 'info') {
        say(`${routes(done)} generated${copied ? `, ${copied.toLocaleString('en-US')} copied from the last build` : ''}`);
        done = undefined;
      }
      out.write(event);
    },
    flush: () => out.flush?.(),
    close: () => out.close?.(),
  };
}

export default function buildLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  return countRoutes(nodeLogger(config));
}
