import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate to a misspelt word, if it is close enough to be a plausible typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(
    word.toLowerCase(),
    candidates.map((c) => c.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (distance(word.toLowerCase(), best) > limit) return undefined;
  return candidates.find((c) => c.toLowerCase() === best);
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = suggest(word, candidates);
  return guess ? `; did you mean "${guess}"?` : '';
}

export function listOf(words: readonly string[]): string {
  return words.map((w) => `\`${w}\``).join(', ');
}
