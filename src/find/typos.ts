/**
 * Typo tolerance only where it can help: words long enough to misspell, not numbers, not Chinese
 * (whose bigrams have no spelling). Whether the index knows the word is decided by the search
 * itself (see `searchGroup`): only words that matched nothing exactly are searched again.
 */
export function mayBeMisspelt(term: string): boolean {
  return term.length >= 5 && !/^[\d.]+$/.test(term) && !/\p{Script=Han}/u.test(term);
}

/**
 * The word with two neighbouring letters swapped, every way: the commonest typo ("chciago"). An
 * edit distance counts a swap as two edits, which a typo share of 0.2 allows only from eight letters
 * on; searching these exactly is much cheaper than a fuzzy search two edits wide.
 */
export function transpositions(term: string): string[] {
  const swapped = new Set<string>();
  for (let i = 0; i + 1 < term.length; i += 1) {
    if (term[i] === term[i + 1]) continue;
    swapped.add(term.slice(0, i) + term.charAt(i + 1) + term.charAt(i) + term.slice(i + 2));
  }
  return [...swapped];
}

/** MiniSearch's weight of a fuzzy match (its default `weights.fuzzy`). */
const FUZZY_WEIGHT = 0.45;

/** What MiniSearch's fuzzy search weighs a match `distance` edits away by: its fuzzy weight × length ÷ (length + distance). */
export const fuzzyWeight = (term: string, distance: number): number => (FUZZY_WEIGHT * term.length) / (term.length + distance);

/**
 * What a hit through a swapped spelling counts: what MiniSearch gives a fuzzy match two edits away,
 * so a swap ranks like the typo it is and not like the word typed right.
 */
export const swapWeight = (term: string): number => fuzzyWeight(term, 2);
