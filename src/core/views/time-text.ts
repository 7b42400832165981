/**
 * The words a page uses about time that the reader's browser keeps true: each sentence in parts, with
 * the times (which the page script re-prints in the reader's zone) between them.
 */

/** "The next update is late; the last update was 52 minutes ago." */
export const LATE_UPDATE = { before: 'The next update is late; the last update was ', after: '.' } as const;

/** "Last updated 14:05 UTC (3 hours ago). This page may be out of date." */
export const STALE_PAGE = { before: 'Last updated ', between: ' (', after: '). This page may be out of date.' } as const;

/** "as of 14:05 UTC": beside what a page without JavaScript can only say as of its build. */
export function asOf(time: string): string {
  return `as of ${time}`;
}
