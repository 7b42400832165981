#!/usr/bin/env node
/**
 * `npm run lockfile:stubs` — run after `npm install` changes package-lock.json.
 *
 * Some registries (mirrors) lack the platform builds of a native package that this machine
 * does not use (e.g. `@astrojs/compiler-binding-darwin-arm64`). `npm install` then leaves them
 * out of the lock file, and `npm ci` refuses a lock file whose optional dependencies have no
 * entry. This adds an entry for each missing one, marked optional and limited to its platform
 * (read from its name), so `npm ci` skips it on other machines and installs it where it fits.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Entry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'sunos', 'win32', 'aix', 'netbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split('/').pop()!.split('-');
    const alias: Record<string, string> = { windows: 'win32', win: 'win32', macos: 'darwin' };
    const os = parts.map((p) => alias[p] ?? p).find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p));
    const libc = parts.includes('musl') ? ['musl'] : parts.includes('gnu') ? ['glibc'] : undefined;
    if (!cpu) continue; // not a platform build: leave it for npm to report
    lock.packages[key] = { version, optional: true, ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
    added.push(name);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `added lock entries for: ${added.join(', ')}` : 'package-lock.json needs no stubs');
