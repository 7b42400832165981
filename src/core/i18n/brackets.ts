import type { Translator } from './translator.ts';

/**
 * The page language's own brackets, as its catalog writes them around a status: "(" and ")" in most
 * languages, "（" and "）" in Japanese and Chinese. A phrase that follows a full sentence ("as of
 * 14:30 UTC" after the late notice) goes in them rather than after the full stop in lower case.
 */
export function bracketsOf(tr: Translator): { before: string; after: string } {
  const parts = tr.parts('facts.status_in_brackets', ['status']);
  const slot = parts.findIndex((p) => typeof p !== 'string');
  const text = (list: typeof parts) => list.filter((p) => typeof p === 'string').join('');
  return { before: text(parts.slice(0, slot)), after: text(parts.slice(slot + 1)) };
}
