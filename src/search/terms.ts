/**
 * The vocabulary of an index as one sorted string: exact, prefix and fuzzy look-ups by binary
 * search and a walk that shares work between neighbours, with no object per term. A million
 * terms cost two allocations and load in milliseconds.
 */

/** Terms never contain it: the tokenizer keeps letters, digits and marks only. */
const SEPARATOR = '\n';

export class TermDictionary {
  /** Every term in code-unit order, each followed by SEPARATOR. */
  readonly #text: string;
  /** Where term i starts in #text; one more entry than there are terms. */
  readonly #starts: Uint32Array;

  constructor(text: string, starts: Uint32Array) {
    this.#text = text;
    this.#starts = starts;
  }

  /** A dictionary of `terms`, which must be sorted (code-unit order) and distinct. */
  static fromSorted(terms: readonly string[]): TermDictionary {
    const starts = new Uint32Array(terms.length + 1);
    let at = 0;
    terms.forEach((term, i) => {
      starts[i] = at;
      at += term.length + 1;
    });
    starts[terms.length] = at;
    return new TermDictionary(terms.length ? `${terms.join(SEPARATOR)}${SEPARATOR}` : '', starts);
  }

  /** What `constructor` needs, for storing. */
  get parts(): { text: string; starts: Uint32Array } {
    return { text: this.#text, starts: this.#starts };
  }

  get size(): number {
    return this.#starts.length - 1;
  }

  term(id: number): string {
    return this.#text.slice(this.#starts[id], (this.#starts[id + 1] ?? 1) - 1);
  }

  /** First id whose term is ≥ `term` (size when none). */
  #lowerBound(term: string): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.term(middle) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Id of `term`, or -1. */
  find(term: string): number {
    const id = this.#lowerBound(term);
    return id < this.size && this.term(id) === term ? id : -1;
  }

  has(term: string): boolean {
    return this.find(term) >= 0;
  }

  /** Ids of the terms that start with `prefix` and are longer than it, in term order. */
  extensions(prefix: string): number[] {
    const ids: number[] = [];
    for (let id = this.#lowerBound(prefix); id < this.size; id += 1) {
      const term = this.term(id);
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length) ids.push(id);
    }
    return ids;
  }

  /**
   * Every term within `maxDistance` edits (insertions, deletions, substitutions) of `query`, with
   * its distance, in term order. Walks the sorted terms as a trie: a term reuses the rows of the
   * prefix it shares with the one before, only the diagonal band that can stay within reach is
   * computed, and a prefix already out of reach skips every term below it.
   */
  near(query: string, maxDistance: number): Array<{ id: number; distance: number }> {
    const text = this.#text;
    const starts = this.#starts;
    const found: Array<{ id: number; distance: number }> = [];
    const width = query.length + 1;
    const longest = query.length + maxDistance;
    const far = maxDistance + 1;
    // Row i: distances between the term's first i characters and each prefix of the query.
    const rows = new Uint16Array((longest + 1) * width).fill(far);
    for (let j = 0; j <= Math.min(maxDistance, query.length); j += 1) rows[j] = j;
    const codes = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
    let previousStart = 0;
    let previousLength = 0;
    let id = 0;
    while (id < this.size) {
      const start = starts[id] as number;
      const length = (starts[id + 1] as number) - start - 1;
      let shared = 0;
      const limit = Math.min(previousLength, length);
      while (shared < limit && text.charCodeAt(previousStart + shared) === text.charCodeAt(start + shared)) shared += 1;
      const depth = Math.min(length, longest);
      let outOfReach = 0;
      for (let i = shared + 1; i <= depth; i += 1) {
        const row = i * width;
        const above = row - width;
        const low = Math.max(0, i - maxDistance);
        const high = Math.min(query.length, i + maxDistance);
        const char = text.charCodeAt(start + i - 1);
        let best = far;
        for (let j = low; j <= high; j += 1) {
          let value: number;
          if (j === 0) value = i;
          else {
            const replace = (rows[above + j - 1] as number) + (char === codes[j - 1] ? 0 : 1);
            const remove = j <= i - 1 + maxDistance ? (rows[above + j] as number) + 1 : far;
            const insert = j > low ? (rows[row + j - 1] as number) + 1 : far;
            value = Math.min(replace, remove, insert, far);
          }
          rows[row + j] = value;
          if (value < best) best = value;
        }
        if (high < query.length) rows[row + high + 1] = far;
        if (low > 0) rows[row + low - 1] = far;
        if (best > maxDistance) {
          outOfReach = i;
          break;
        }
      }
      if (outOfReach) {
        // No term that starts with these characters can come back within reach.
        id = this.#afterPrefix(start, outOfReach, id);
        previousStart = start;
        previousLength = outOfReach - 1;
        continue;
      }
      if (length <= longest) {
        const distance = length + maxDistance >= query.length ? (rows[length * width + query.length] as number) : far;
        if (distance <= maxDistance) found.push({ id, distance });
      }
      previousStart = start;
      previousLength = depth;
      id += 1;
    }
    return found;
  }

  /** First id after `from` whose term does not start with the `length` characters at `start` of #text. */
  #afterPrefix(start: number, length: number, from: number): number {
    const text = this.#text;
    let low = from + 1;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = this.#starts[middle] as number;
      let same = (this.#starts[middle + 1] as number) - at - 1 >= length;
      for (let k = 0; same && k < length; k += 1) same = text.charCodeAt(at + k) === text.charCodeAt(start + k);
      if (same) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
