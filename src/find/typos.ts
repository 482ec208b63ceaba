import { LRUCache } from 'lru-cache';
import type { PassageIndex } from '../store/index.js';

/**
 * Typo tolerance only where it can help: words the index does not know, long enough to misspell,
 * not numbers, not Chinese (whose bigrams have no spelling). For MiniSearch's `fuzzy` and `prefix`.
 * A word is known when an exact search finds it; the answer is remembered for recent words.
 */
export function typoTolerance(index: PassageIndex, share: number): (term: string) => number | false {
  const known = new LRUCache<string, boolean>({ max: 10_000 });
  const isKnown = (term: string): boolean => {
    let found = known.get(term);
    if (found === undefined) known.set(term, (found = index.search(term, { prefix: false, fuzzy: false }).length > 0));
    return found;
  };
  return (term) => {
    if (share <= 0 || term.length < 5 || /^[\d.]+$/.test(term) || /\p{Script=Han}/u.test(term) || isKnown(term)) return false;
    return share;
  };
}
