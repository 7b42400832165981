/** `statusmark init` and `statusmark upgrade`, for the statusmark bin. */
export { runInit } from './init.ts';
export { runUpgrade } from './upgrade.ts';
