import { createHash } from 'node:crypto';
import customCss from 'virtual:statusmark/custom-css';
import siteCss from '../styles/site.css?raw';
import { withoutComments } from './css-comments.ts';

/** Ours (without the comments written for us), then the team's own (statusmark()'s `customCss`, as written), so a team's rule wins over ours. */
const ours = withoutComments(siteCss);
const css = customCss ? `${ours}\n${customCss}` : ours;

/**
 * The one stylesheet. The home page inlines it, so the banner paints with the first bytes even on
 * a bad network; every other page links it as one small file named by its content, which browsers
 * keep across pages (and 10,000 incident pages don't each carry 7 KB of CSS).
 */
export const SITE_CSS = css;
export const SITE_CSS_PATH = `assets/site-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
