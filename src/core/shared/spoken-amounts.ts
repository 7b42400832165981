/**
 * Amounts of time as updates write them ("three hours", "half an hour", "30 min") and hours of a
 * 12-hour clock, for the rules and the status code that read when customers were told to expect news.
 */
import { HOUR, MINUTE } from './time.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  ten: 10,
  twelve: 12,
};

/** A regular expression source that captures an amount `spokenAmount` reads. */
export const SPOKEN_AMOUNT = String.raw`(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|eight|ten|twelve|half an)`;

/** "3", "2.5", "three", "an", "half an" as a number; undefined for a word it does not know. */
export const spokenAmount = (word: string): number | undefined =>
  /^\d+(?:\.\d+)?$/.test(word) ? Number(word) : /half/i.test(word) ? 0.5 : NUMBER_WORDS[word.toLowerCase()];

/** "hours", "h", "hrs" are hours; anything else the patterns allow ("minutes", "min") minutes. */
export const spokenUnit = (unit: string): number => (/^h/i.test(unit) ? HOUR : MINUTE);

/** 5 with "p" (5 PM) is 17; 12 with "a" (12 AM) is 0; without AM or PM the hour is as written. */
export function hour24(hour: number, half: string | undefined): number {
  if (!half) return hour;
  return (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
}
