/** MiniSearch's cap on a fuzzy search's edit distance (its default `maxFuzzy`). */
const MAX_FUZZY = 6;
/** Words whose near terms are remembered before the memo starts over. */
const RECENT_KEPT = 500;

/** Whether `terms` is in the order `Array#sort` gives (UTF-16 code units). */
function isSorted(terms: readonly string[]): boolean {
  for (let at = 1; at < terms.length; at += 1) if ((terms[at - 1] as string) > (terms[at] as string)) return false;
  return true;
}

/**
 * The index terms within a typo of a word, found the way MiniSearch's `fuzzy` search finds them,
 * but over the terms a typo search can reach only: those that are not runs of Chinese characters.
 * A word searched for typos is Latin and five letters or more (`mayBeMisspelt`), never within a
 * typo of a Chinese term, yet the Chinese bigrams are four fifths of the index's terms, and
 * MiniSearch's fuzzy walk over the whole index visited every one of them: at 1x it allocated half
 * of all the memory answering took, and a two-edit walk cost 12 ms.
 *
 * The walk is MiniSearch's own (`SearchableMap.fuzzyGet`: one row of a Levenshtein matrix per
 * letter, in a band as wide as the distance allowed, a branch left as soon as no cell of its row is
 * within it) over the sorted terms instead of a radix tree: a term reuses the rows of the letters it
 * shares with the one before it, and the terms a dead branch begins are skipped together. A radix
 * tree of these terms held a Map per node, 1 MB at 1x that every process kept after its first typo.
 */
export class NearTerms {
  /** The terms, sorted, so that the terms a prefix begins stand together. */
  readonly #terms: readonly string[];
  /** Recent words' near terms: the passages' typo search of a word is followed by the talks' of the same word. */
  readonly #recent = new Map<string, ReadonlyMap<string, number>>();

  constructor(terms: readonly string[]) {
    this.#terms = isSorted(terms) ? terms : [...terms].sort();
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

  #find(word: string, share: number): Map<string, number> {
    const near = new Map<string, number>();
    const distance = Math.min(MAX_FUZZY, Math.round(word.length * share));
    if (!distance) return near;
    // Row i is the distances of the term's first i letters to each prefix of `word`; a term longer
    // than the word by more than `distance` is never near. Cells outside the band stay "too far".
    const width = word.length + 1;
    const rows = word.length + distance + 1;
    const matrix = new Uint8Array(rows * width).fill(distance + 1);
    for (let j = 0; j < width; j += 1) matrix[j] = j;
    for (let i = 1; i < rows; i += 1) matrix[i * width] = i;
    const terms = this.#terms;
    let previous = '';
    /** How many letters of `previous` have their rows filled in. */
    let filled = 0;
    for (let at = 0; at < terms.length; at += 1) {
      const term = terms[at] as string;
      let i = 0;
      while (i < filled && i < term.length && term.charCodeAt(i) === previous.charCodeAt(i)) i += 1;
      const last = Math.min(term.length, rows - 1);
      let dead = false;
      for (; i < last && !dead; i += 1) dead = fillRow(matrix, word, i + 1, term.charCodeAt(i), distance) > distance;
      previous = term;
      filled = i;
      if (dead) {
        // Every term that begins with the letters read so far is as far: skip them.
        const prefix = term.slice(0, i);
        while (at + 1 < terms.length && (terms[at + 1] as string).startsWith(prefix)) at += 1;
        continue;
      }
      if (term.length >= rows) continue;
      const edits = matrix[term.length * width + word.length] as number;
      if (edits <= distance && edits > 0 && !term.startsWith(word)) near.set(term, edits);
    }
    return near;
  }
}

/** Fills row `i` of the matrix for the letter `char`, as MiniSearch's fuzzy walk does, and returns the row's least distance. */
function fillRow(matrix: Uint8Array, word: string, i: number, char: number, distance: number): number {
  const width = word.length + 1;
  const row = i * width;
  const above = row - width;
  let least = matrix[row] as number;
  const last = Math.min(width - 1, i + distance);
  for (let j = Math.max(0, i - distance - 1); j < last; j += 1) {
    const replace = (matrix[above + j] as number) + (char === word.charCodeAt(j) ? 0 : 1);
    const remove = (matrix[above + j + 1] as number) + 1;
    const insert = (matrix[row + j] as number) + 1;
    const cell = Math.min(replace, remove, insert);
    matrix[row + j + 1] = cell;
    if (cell < least) least = cell;
  }
  return least;
}
