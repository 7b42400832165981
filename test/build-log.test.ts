import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { countRoutes } from '../src/integrations/build-log.ts';

/** Astro's events around generating routes, as `astro build` sends them (colours as in a terminal). */
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
const heading: AstroLoggerMessage = {
  label: 'SKIP_FORMAT',
  level: 'info',
  message: '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
  newLine: true,
};
const routeStart = (path: string): AstroLoggerMessage => ({
  label: null,
  level: 'info',
  message: `  \u001b[34m├─\u001b[39m ${dim(path)}`,
  newLine: false,
});
const routeEnd = (ms: number): AstroLoggerMessage => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` ${dim(`(+${ms}ms)`)} `,
  newLine: true,
});
const completed: AstroLoggerMessage = { label: null, level: 'info', message: '\u001b[32m✓ Completed in 1.32s.\n\u001b[39m', newLine: true };

/** Runs events through countRoutes with a clock the events move on; returns what reached the real destination. */
function run(events: Array<AstroLoggerMessage | { at: number }>, every: number): AstroLoggerMessage[] {
  const written: AstroLoggerMessage[] = [];
  let clock = 0;
  const log = countRoutes({ write: (e) => written.push(e) }, { every, now: () => clock });
  for (const e of events) {
    if ('at' in e) clock = e.at;
    else log.write(e);
  }
  return written;
}

const said = (message: string): AstroLoggerMessage => ({ label: 'build', level: 'info', message, newLine: true });

describe('the build log counts routes instead of listing them', () => {
  it('says every few seconds how many routes are done, and at the end how many there were', () => {
    const events: Array<AstroLoggerMessage | { at: number }> = [heading];
    // Four at a time, as with build.concurrency 4: starts run ahead of ends.
    for (let i = 0; i < 4; i++) events.push(routeStart(`/incidents/${i}/index.html`));
    for (let i = 0; i < 2500; i++) {
      events.push({ at: i * 4 }, routeEnd(4));
      if (i + 4 < 2500) events.push(routeStart(`/incidents/${i + 4}/index.html`));
    }
    events.push(completed);
    expect(run(events, 4000)).toEqual([
      heading,
      said('1,001 routes so far'),
      said('2,001 routes so far'),
      said('2,500 routes generated'),
      completed,
    ]);
  });

  it('passes warnings and errors on where they happen, and everything outside the routes untouched', () => {
    const warning: AstroLoggerMessage = {
      label: 'build',
      level: 'warn',
      message: 'Skipping src/pages/x.astro because a file with the same name exists in the public folder: x/index.html',
      newLine: true,
    };
    const before: AstroLoggerMessage = { label: 'build', level: 'info', message: 'Rearranging server assets...', newLine: true };
    const after: AstroLoggerMessage = { label: 'statusmark-pagefind', level: 'info', message: 'search index written', newLine: true };
    expect(
      run([before, heading, routeStart('/a.json'), routeStart('/b.json'), warning, routeEnd(3), routeEnd(9), completed, after], 5000),
    ).toEqual([before, heading, warning, said('2 routes generated'), completed, after]);
  });

  it('says "route" for one, and counts the routes an incremental build copied from its cache', () => {
    const copied = (word: string): AstroLoggerMessage => ({
      label: 'SKIP_FORMAT',
      level: 'info',
      message: ` \u001b[32m(${word})\u001b[39m`,
      newLine: true,
    });
    expect(run([routeStart('/index.html'), routeEnd(3), completed], 5000)).toEqual([said('1 route generated'), completed]);
    expect(
      run(
        [
          routeStart('/a/index.html'),
          copied('cached'),
          routeStart('/b/index.html'),
          copied('restored'),
          routeStart('/'),
          routeEnd(5),
          completed,
        ],
        5000,
      ),
    ).toEqual([said('3 routes generated, 2 copied from the last build'), completed]);
  });

  it('names the output folder, not the staging folder beside it that Astro writes to', () => {
    const staging: AstroLoggerMessage = {
      label: 'build',
      level: 'info',
      message: 'directory: /work/acme/.dist.staging-4242/',
      newLine: true,
    };
    const plain: AstroLoggerMessage = { label: 'build', level: 'info', message: 'directory: /work/acme/dist/', newLine: true };
    expect(run([staging, plain], 5000)).toEqual([
      { ...staging, message: 'directory: /work/acme/dist/ (written beside it first, and put in place when the build succeeds)' },
      plain,
    ]);
  });
});
