/**
 * A module of Statusmark's own that Node loads (a worker, Astro's logger), beside `from`: the `.ts`
 * source when Statusmark runs from src/ in its repository, the built `.js` when it runs from the
 * published package's lib/, because Node does not strip types under node_modules.
 */
export function ownModule(relative: string, from: string): URL {
  const url = new URL(relative, from);
  return from.endsWith('.js') ? new URL(url.href.replace(/\.ts$/, '.js')) : url;
}
