import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch's cap on a fuzzy search's edit distance (its default `maxFuzzy`). */
const MAX_FUZZY = 6;
/** Words whose near terms are remembered before the memo starts over. */
const RECENT_KEPT = 500;

/**
 * The index terms within a typo of a word, found the way MiniSearch's `fuzzy` search finds them
 * (its own `SearchableMap.fuzzyGet`), but over the terms a typo search can reach only: those that
 * are not runs of Chinese characters. A word searched for typos is Latin and five letters or more
 * (`mayBeMisspelt`), never within a typo of a Chinese term, yet the Chinese bigrams are four fifths
 * of the index's terms, and MiniSearch's fuzzy walk over the whole index visited every one of them:
 * at 1x it allocated half of all the memory answering took, and a two-edit walk cost 12 ms.
 */
export class NearTerms {
  /** The terms until the first typo search builds the map from them. */
  #terms: readonly string[];
  /** Built on the first typo search: a process that is only asked spelled words never needs it. */
  #map: SearchableMap | null = null;
  /** Recent words' near terms: the passages' typo search of a word is followed by the talks' of the same word. */
  readonly #recent = new Map<string, ReadonlyMap<string, number>>();

  constructor(terms: readonly string[]) {
    this.#terms = terms;
  }

  /**
   * The terms a fuzzy search of `word` with typos as `share` of its length would add, with their
   * edit distance: without the word itself and the terms it begins, which its exact and prefix
   * searches find (MiniSearch scores those as prefix matches, not as typos).
   */
  of(word: string, share: number): ReadonlyMap<string, number> {
    const key = `${share} ${word}`;
    let near = this.#recent.get(key);
    if (!near) {
      if (this.#recent.size >= RECENT_KEPT) this.#recent.clear();
      this.#recent.set(key, (near = this.#find(word, share)));
    }
    return near;
  }

  /** Whether `term` is one of the terms a typo search can reach: one that is not, no index holds. */
  holds(term: string): boolean {
    return this.#searchable().has(term);
  }

  /** Whether any of those terms begins with `word` (or is it): what a prefix search of it can find. */
  completes(word: string): boolean {
    return !this.#searchable().atPrefix(word).keys().next().done;
  }

  #find(word: string, share: number): Map<string, number> {
    const near = new Map<string, number>();
    const distance = Math.min(MAX_FUZZY, Math.round(word.length * share));
    if (!distance) return near;
    for (const [term, [, edits]] of this.#searchable().fuzzyGet(word, distance)) if (edits > 0 && !term.startsWith(word)) near.set(term, edits);
    return near;
  }

  #searchable(): SearchableMap {
    if (!this.#map) {
      this.#map = SearchableMap.from<null>(this.#terms.map((term) => [term, null]));
      this.#terms = [];
    }
    return this.#map;
  }
}
