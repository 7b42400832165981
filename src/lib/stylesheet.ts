import { createHash } from 'node:crypto';
import customCss from 'virtual:statusmark/custom-css';
import siteCss from '../styles/site.css?raw';

/** Ours, then the team's own (statusmark()'s `customCss`), so a team's rule wins over ours. */
const css = customCss ? `${siteCss}\n${customCss}` : siteCss;

/**
 * The one stylesheet. The home page inlines it, so the banner paints with the first bytes even on
 * a bad network; every other page links it as one small file named by its content, which browsers
 * keep across pages (and 10,000 incident pages don't each carry 7 KB of CSS).
 */
export const SITE_CSS = css;
export const SITE_CSS_PATH = `assets/site-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
