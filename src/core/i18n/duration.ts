import type { Translator } from './translator.ts';

const MINUTE = 60_000;

/** How long something lasted, in the page's language: "45 min", "2 h 5 min", "3 days 4 h" (en). */
export function durationText(t: Translator, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE));
  if (minutes < 60) return t.t('duration.minutes', { count: minutes });
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const [larger, smaller] =
    days > 0
      ? [t.t('duration.days', { count: days }), hours > 0 ? t.t('duration.hours', { count: hours }) : '']
      : [t.t('duration.hours', { count: hours }), rest > 0 ? t.t('duration.minutes', { count: rest }) : ''];
  return smaller ? t.t('duration.two_units', { larger, smaller }) : larger;
}
