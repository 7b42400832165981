import { resolve } from 'node:path';
import { parseTime, type TimeResult } from './time.ts';

/** The two knobs every command honours (PRODUCT.md): STATUS_DIR and STATUS_NOW. */
export function contentRootFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.STATUS_DIR || '.');
}

const WHAT_IS_WRONG: Record<Extract<TimeResult, { ok: false }>['reason'], string> = {
  'not-a-time': 'is not a time',
  'no-zone': 'has no time zone',
  invalid: 'is not a real date and time',
};

/**
 * STATUS_NOW, read the way times in incident files are read (`2026-11-20T14:05:00Z`,
 * `2026-11-20 14:05 UTC`, `…+01:00`), or the clock when it is unset. A date that does not
 * exist is refused rather than rolled over into the next month, as `Date` would.
 */
export function nowFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const text = env.STATUS_NOW;
  if (!text) return new Date();
  const time = parseTime(text);
  if (!time.ok) {
    throw new Error(
      `STATUS_NOW="${text}" ${WHAT_IS_WRONG[time.reason]}; write an ISO time with its zone, e.g. STATUS_NOW=2026-11-20T14:05:00Z`,
    );
  }
  return time.date;
}
