/** One timed `astro build` in a fresh process, so its peak memory is its own. Prints JSON. */
import module from 'node:module';

// As the `astro` command (what `npm run build` runs) does outside CI: V8 keeps compiled code of
// Astro, Vite and Rolldown on disk, which saves about a second of module loading per build.
if (!process.env.CI) module.enableCompileCache?.();
const { build } = await import('astro');

// The cache folder, when given, holds the incremental build's cache (else node_modules/.astro/).
const [outDir, cacheDir] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.threadCpuUsage();
await build({ root: process.cwd(), outDir, logLevel: 'error', ...(cacheDir ? { cacheDir } : {}) });
const ms = performance.now() - t0;
// The main thread renders every page: its CPU time is the build's critical path, and it is
// steadier than wall time on a shared machine.
const cpu = process.threadCpuUsage(cpu0);
console.log(JSON.stringify({ ms, mainThreadMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
