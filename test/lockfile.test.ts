import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// `npm ci` (what CI and the README run) refuses a lock file in which an optional dependency has
// no entry, which happens when the registry lacks another platform's build. Fix: `npm run lockfile:stubs`.
it('package-lock.json has an entry for every optional dependency, so `npm ci` accepts it', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing = Object.values(lock.packages).flatMap((entry) =>
    Object.keys(entry.optionalDependencies ?? {}).filter((name) => !lock.packages[`node_modules/${name}`]),
  );
  expect(missing).toEqual([]);
});
