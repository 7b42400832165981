/** One timed `astro build` in a fresh process, so its peak memory is its own. Prints JSON. */
import { build } from 'astro';

const [outDir] = process.argv.slice(2);
const t0 = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
