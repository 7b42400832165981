/**
 * Preloaded with `node --import`: counts how often each Markdown or YAML file is opened or read
 * whole, and writes the counts as JSON to $COUNT_READS_FILE when the process ends. The ES module
 * bindings of node:fs are updated to the wrapped functions (syncBuiltinESMExports), so code that
 * imports `openSync` by name is counted too.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const counts = {};
const count = (path) => {
  const p = String(path);
  if (/\.(md|ya?ml)$/.test(p)) counts[p] = (counts[p] ?? 0) + 1;
};
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    if (typeof path === 'string' || path instanceof URL) count(path);
    return original.call(this, path, ...rest);
  };
}
syncBuiltinESMExports();
const writeFileSync = fs.writeFileSync;
process.on('exit', () => writeFileSync(process.env.COUNT_READS_FILE, JSON.stringify(counts)));
