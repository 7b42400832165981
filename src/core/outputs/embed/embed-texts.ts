/**
 * Every word the embed banner (`/embed.js`) shows a reader that is not content: the banner takes
 * them from `embed.json`, so the script itself carries no text and a change of wording or language
 * is a change of this file. The status words are the site's own (content/statuses.ts).
 */
export const EMBED_TEXTS = {
  /** The name of the banner's region, for screen readers: where it stands among the host page's landmarks. */
  region: 'Service status',
  /** The accessible name of the button that hides the banner until the page is loaded again. */
  dismiss: 'Dismiss service status',
  /** Stands before a maintenance's status, where an incident shows its worst effect: "Maintenance · In progress". */
  maintenance: 'Maintenance',
} as const;

export type EmbedTexts = { readonly [K in keyof typeof EMBED_TEXTS]: string };
