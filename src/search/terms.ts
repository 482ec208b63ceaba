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
   * its distance, in term order. Walks the sorted terms as a trie — the terms below a prefix are
   * one stretch of the list — keeping one row of edit distances per prefix character. A prefix
   * that is out of reach ends its stretch; a prefix exactly at the limit continues only with the
   * characters the query has near that position; a first character whose terms are all too short
   * to come within reach is skipped whole.
   */
  near(query: string, maxDistance: number): Array<{ id: number; distance: number }> {
    const found: Array<{ id: number; distance: number }> = [];
    const width = query.length + 1;
    const longest = query.length + maxDistance;
    const far = maxDistance + 1;
    const codes = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
    // Row i: distances between the first i characters of the current prefix and each prefix of the query.
    const rows = new Uint16Array((longest + 1) * width).fill(far);
    for (let j = 0; j <= Math.min(maxDistance, query.length); j += 1) rows[j] = j;

    /** Fills row `i` for prefix character `char`; returns the row's smallest distance. */
    const fill = (i: number, char: number): number => {
      const row = i * width;
      const above = row - width;
      const low = Math.max(0, i - maxDistance);
      const high = Math.min(query.length, i + maxDistance);
      let best = far;
      for (let j = low; j <= high; j += 1) {
        let value = i;
        if (j > 0) {
          const replace = (rows[above + j - 1] as number) + (char === codes[j - 1] ? 0 : 1);
          const remove = j <= i - 1 + maxDistance ? (rows[above + j] as number) + 1 : far;
          const insert = j > low ? (rows[row + j - 1] as number) + 1 : far;
          value = Math.min(replace, remove, insert, far);
        }
        rows[row + j] = value;
        if (value < best) best = value;
      }
      return best;
    };

    /** Terms [from, to) share their first `depth` characters, whose row is filled and has `best` as its minimum. */
    const expand = (from: number, to: number, depth: number, best: number): void => {
      let at = from;
      if (this.#length(at) === depth) {
        const distance = depth + maxDistance >= query.length ? (rows[depth * width + query.length] as number) : far;
        if (distance <= maxDistance) found.push({ id: at, distance });
        at += 1;
      }
      if (depth === longest) return;
      // At the limit, only a character the query has nearby keeps the distance from growing.
      const only =
        best === maxDistance
          ? [...new Set(codes.slice(Math.max(0, depth - maxDistance), Math.min(query.length, depth + 1 + maxDistance)))].sort((a, b) => a - b)
          : null;
      while (at < to) {
        const char = this.#charAt(at, depth);
        if (only && !only.includes(char)) {
          const next = only.find((code) => code > char);
          if (next === undefined) return;
          at = this.#firstWithCharAt(at, to, depth, next);
          continue;
        }
        const end = this.#firstWithCharAt(at, to, depth, char + 1);
        const childBest = fill(depth + 1, char);
        if (childBest <= maxDistance) expand(at, end, depth + 1, childBest);
        at = end;
      }
    };

    for (const { from, to, longestTerm } of this.#firstCharacterBlocks()) {
      if (longestTerm + maxDistance < query.length) continue;
      const best = fill(1, this.#charAt(from, 0));
      if (best <= maxDistance) expand(from, to, 1, best);
    }
    return found;
  }

  #length(id: number): number {
    return (this.#starts[id + 1] as number) - (this.#starts[id] as number) - 1;
  }

  /** Character `depth` of term `id` (-1 past its end). */
  #charAt(id: number, depth: number): number {
    return depth < this.#length(id) ? this.#text.charCodeAt((this.#starts[id] as number) + depth) : -1;
  }

  /** In [from, to), whose terms share `depth` characters and are longer, the first whose character `depth` is ≥ `char`. */
  #firstWithCharAt(from: number, to: number, depth: number, char: number): number {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#charAt(middle, depth) < char) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #blocks: Array<{ from: number; to: number; longestTerm: number }> | undefined;

  /** The stretches of terms that share a first character, with their longest term; found once. */
  #firstCharacterBlocks(): Array<{ from: number; to: number; longestTerm: number }> {
    if (!this.#blocks) {
      const blocks: Array<{ from: number; to: number; longestTerm: number }> = [];
      for (let id = 0; id < this.size; id += 1) {
        const char = this.#charAt(id, 0);
        const last = blocks[blocks.length - 1];
        if (last && this.#charAt(last.from, 0) === char) {
          last.to = id + 1;
          last.longestTerm = Math.max(last.longestTerm, this.#length(id));
        } else {
          blocks.push({ from: id, to: id + 1, longestTerm: this.#length(id) });
        }
      }
      this.#blocks = blocks;
    }
    return this.#blocks;
  }
}
