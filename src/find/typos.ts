/**
 * Typo tolerance only where it can help: words the index does not know, long enough to misspell,
 * not numbers, not Chinese (whose bigrams have no spelling). For MiniSearch's `fuzzy` and `prefix`.
 */
export function typoTolerance(vocabulary: ReadonlySet<string>, share: number): (term: string) => number | false {
  return (term) => {
    if (share <= 0 || vocabulary.has(term) || term.length < 5 || /^[\d.]+$/.test(term) || /\p{Script=Han}/u.test(term)) return false;
    return share;
  };
}
