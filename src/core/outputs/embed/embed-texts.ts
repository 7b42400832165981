import type { Translator } from '../../i18n/translator.ts';

/**
 * Every word the embed banner (`/embed.js`) shows a reader that is not content, in the site's
 * language: the banner takes them from `embed.json`, so the script itself carries no text. The
 * status words are the site's own (content/statuses.ts).
 */
export function embedTexts({ t }: Translator) {
  return {
    /** The name of the banner's region, for screen readers: where it stands among the host page's landmarks. */
    region: t('embed.region'),
    /** The accessible name of the button that hides the banner until the page is loaded again. */
    dismiss: t('embed.dismiss'),
  };
}

export type EmbedTexts = ReturnType<typeof embedTexts>;
