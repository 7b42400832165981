/**
 * When an update told customers the disruption would end: a stated duration ("will be down for up
 * to 30 minutes", "expected downtime: 1 hour", "a 10 hours recovery") or window ("between 11:30 UTC
 * and 13:30 UTC", "until 09:00 GMT+1"). Measured on the precision corpus, announcements and updates
 * say this far more often than "next update by": customers who were told when it ends know when to
 * expect news, so the cadence rules wait until then, as they do for a promised update or an ETA.
 */
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { Update } from '../../content/model.ts';
import { hour24, SPOKEN_AMOUNT, spokenAmount, spokenUnit } from '../../shared/spoken-amounts.ts';
import { DAY, HOUR, MINUTE } from '../../shared/time.ts';

const NUMBER = SPOKEN_AMOUNT;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|h)\b`;
/** Words that say the amount that follows is how long the disruption lasts. */
const LASTS = String.raw`\b(?:down|downtime|unavailable|unavailability|outage|disruption|window|maintenance|duration|brownout|recovery|resolution|restricted|disabled|take|last)\b`;
const QUALIFIER = String.raw`(?:up to|less than|under|about|around|approximately|almost|roughly|~|between)?\s*`;

/** "down for up to 30 minutes", "downtime of 1 to 6 hours", "Maintenance duration: 1h", "in about 2 hours". */
const AFTER_CUE = new RegExp(
  LASTS +
    String.raw`[^.!?\d]{0,40}?\b(?:for|of|during|in|within|:)\s*` +
    QUALIFIER +
    NUMBER +
    String.raw`(?:\s*(?:to|-|–|or)\s*` +
    NUMBER +
    String.raw`)?\s*` +
    UNIT,
  'i',
);
/** "a 10 hours recovery", "a 2-hour window". */
const BEFORE_CUE = new RegExp(
  NUMBER + String.raw`[\s-]*` + UNIT + String.raw`\s+(?:recovery|window|outage|downtime|maintenance|brownout)\b`,
  'i',
);
const CLOCK = String.raw`(\d{1,2})(?::|h)(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?`;
const ZONE = String.raw`\s*(UTC|GMT|Z)\s*([+-]\d{1,2})?`;
/** "between 11:30 UTC and 13:30 UTC", "between 11h30 and 14h30 UTC", "until 09:00:00 GMT+1". */
const WINDOW_END = new RegExp(String.raw`\b(?:between\s+${CLOCK}(?:${ZONE})?\s+and|until|till)\s+${CLOCK}${ZONE}`, 'i');

function clockAfter(update: Update, hour: number, minute: number, half: string | undefined, offsetHours: number): Date {
  const h = hour24(hour, half);
  const day = Date.UTC(update.at.getUTCFullYear(), update.at.getUTCMonth(), update.at.getUTCDate());
  let at = day + (h - offsetHours) * HOUR + minute * MINUTE;
  if (at < update.at.getTime()) at += DAY;
  return new Date(at);
}

/** The end of the disruption the update stated, if it stated one; the longest reading when it gave a range. */
export function statedEndBy(update: Update): Date | undefined {
  const text = markdownToText(update.markdown);
  const found: Date[] = [];
  const cued = AFTER_CUE.exec(text);
  if (cued) {
    const n = Math.max(spokenAmount(cued[1]!) ?? 0, spokenAmount(cued[2] ?? '') ?? 0);
    if (n > 0) found.push(new Date(update.at.getTime() + n * spokenUnit(cued[3]!)));
  }
  const before = BEFORE_CUE.exec(text);
  if (before) {
    const n = spokenAmount(before[1]!);
    if (n) found.push(new Date(update.at.getTime() + n * spokenUnit(before[2]!)));
  }
  const window = WINDOW_END.exec(text);
  if (window) {
    const [hour, minute, half, zone, offset] = window.slice(6, 11);
    if (zone) found.push(clockAfter(update, Number(hour), Number(minute), half, offset ? Number(offset) : 0));
  }
  return found.length ? new Date(Math.max(...found.map((d) => d.getTime()))) : undefined;
}
