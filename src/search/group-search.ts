import type { InvertedIndex } from './postings.js';

/**
 * Searches word groups the way the engine used to through MiniSearch — each group as one
 * `{ combineWith: 'OR', queries: terms }` search with prefix and fuzzy matching for the terms
 * `fuzziness` allows — and returns, per matched document, what it read from MiniSearch's results:
 * the group's score (MiniSearch's score divided by its term count, times the group's credit), the
 * credit (share of the best alternative matched), the coverage, the matched index terms, and
 * MiniSearch's result order for ties. Scores are summed in MiniSearch's order so they are equal
 * to the bit; only documents and per-document sums live in typed arrays, never an object per hit.
 */

/** MiniSearch's default search options, which the engine always used. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

/** One thing a question is about (see words.ts), every way of saying it as index terms. */
export interface GroupQuery {
  alternatives: readonly (readonly string[])[];
}

export interface GroupSearchOptions {
  /** Weight per field name; fields not named weigh 1. */
  boost: Readonly<Record<string, number>>;
  /** A term's fuzzy setting (as MiniSearch's `fuzzy`), or false; prefix search goes with fuzzy search. */
  fuzziness: (term: string) => number | false;
  /** Turns a query string into index terms, as the index did its documents. */
  analyze: (text: string) => string[];
}

/** A term of the index matched for a query term, with the weight MiniSearch gives that kind of match. */
interface Derived {
  id: number;
  weight: number;
}

/** The matches of all groups, per document. Positions (`u`) index `docs`. */
export class GroupMatches {
  /** Matched documents, ascending. */
  readonly docs: Uint32Array;
  readonly groupCount: number;
  /** Per position then group (u × groupCount + g): the group's score of the document, 0 where it did not match. */
  readonly scores: Float64Array;
  /** Per position then group: share of the group matched, 0 to 1. */
  readonly credits: Float64Array;
  readonly #coverage: Float64Array;
  readonly #fields: Uint32Array;
  readonly #fieldNames: readonly string[];
  /** For MiniSearch's order of ties: the first group that matched, its raw result score, and its insertion rank there. */
  readonly #firstGroup: Uint16Array;
  readonly #firstScore: Float64Array;
  readonly #firstRank: Uint32Array;
  readonly #termsOf: (doc: number) => string[];

  constructor(
    docs: Uint32Array,
    shape: { groupCount: number; fieldNames: readonly string[] },
    arrays: {
      scores: Float64Array;
      credits: Float64Array;
      coverage: Float64Array;
      fields: Uint32Array;
      firstGroup: Uint16Array;
      firstScore: Float64Array;
      firstRank: Uint32Array;
    },
    termsOf: (doc: number) => string[],
  ) {
    this.docs = docs;
    this.groupCount = shape.groupCount;
    this.#fieldNames = shape.fieldNames;
    this.scores = arrays.scores;
    this.credits = arrays.credits;
    this.#coverage = arrays.coverage;
    this.#fields = arrays.fields;
    this.#firstGroup = arrays.firstGroup;
    this.#firstScore = arrays.firstScore;
    this.#firstRank = arrays.firstRank;
    this.#termsOf = termsOf;
  }

  get size(): number {
    return this.docs.length;
  }

  score(u: number, group: number): number {
    return this.scores[u * this.groupCount + group] ?? 0;
  }

  credit(u: number, group: number): number {
    return this.credits[u * this.groupCount + group] ?? 0;
  }

  /** Sum over the groups of credit ÷ number of groups. */
  coverage(u: number): number {
    return this.#coverage[u] ?? 0;
  }

  /** Whether any term of any group matched in this field of the document. */
  matchedIn(u: number, field: string): boolean {
    const bit = this.#fieldNames.indexOf(field);
    return bit >= 0 && ((this.#fields[u] ?? 0) & (1 << bit)) !== 0;
  }

  /**
   * Whether `u` came before `v` in the engine's merge of MiniSearch's per-group results: by the
   * first group each matched, then that group's score (higher first), then MiniSearch's insertion
   * order. A stable sort by score keeps this order among equal scores.
   */
  before(u: number, v: number): boolean {
    const gu = this.#firstGroup[u] ?? 0;
    const gv = this.#firstGroup[v] ?? 0;
    if (gu !== gv) return gu < gv;
    const su = this.#firstScore[u] ?? 0;
    const sv = this.#firstScore[v] ?? 0;
    if (su !== sv) return su > sv;
    return (this.#firstRank[u] ?? 0) < (this.#firstRank[v] ?? 0);
  }

  /** The index terms the document matched, over all groups (for emphasis). */
  terms(u: number): string[] {
    return this.#termsOf(this.docs[u] ?? 0);
  }
}

/** One group's matches, in document order. */
interface GroupResult {
  docs: Uint32Array;
  scores: Float64Array;
  credits: Float64Array;
  /** MiniSearch's result score (sum × matched terms), which orders ties. */
  hitScores: Float64Array;
  /** Order of first insertion into MiniSearch's result map. */
  ranks: Uint32Array;
  /** Bits of the fields any term matched in. */
  fields: Uint32Array;
  derived: number[];
}

/** Bytes a group result holds per matched document. */
const RESULT_BYTES = 36;

/**
 * Results of recent groups, least recently used first out. A word's matches depend only on the
 * word, the boosts and the index, and questions share their words ("istio", "kubecon"), so most
 * groups of a question were searched by an earlier one.
 */
class ResultCache {
  readonly #entries = new Map<string, GroupResult>();
  readonly #budget: number;
  #bytes = 0;

  constructor(budget: number) {
    this.#budget = budget;
  }

  get(key: string): GroupResult | undefined {
    const result = this.#entries.get(key);
    if (result) {
      this.#entries.delete(key);
      this.#entries.set(key, result);
    }
    return result;
  }

  set(key: string, result: GroupResult): void {
    const bytes = result.docs.length * RESULT_BYTES;
    if (bytes > this.#budget) return;
    this.#entries.set(key, result);
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#budget) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.docs.length * RESULT_BYTES;
    }
  }
}

/** Reusable per-document scratch space, so a search allocates in proportion to its matches. */
class Scratch {
  readonly sums: Float64Array[];
  readonly stamps: Int32Array[];
  readonly touched: Uint32Array[];
  counts = [0, 0, 0];
  /** Stamp of the group a document was last matched in, and its insertion rank there. */
  readonly inGroup: Int32Array;
  readonly ranks: Uint32Array;
  /** Fields (bits) in which any term of the group matched each document. */
  readonly fieldMasks: Uint32Array;
  /** A bitset of documents, for listing them in ascending order. */
  readonly seen: Uint32Array;
  /** Position of each matched document in the merged list. */
  readonly slots: Uint32Array;
  masks: Uint32Array;
  maskWords = 1;
  stamp = 0;

  constructor(size: number) {
    this.sums = [0, 1, 2].map(() => new Float64Array(size));
    this.stamps = [0, 1, 2].map(() => new Int32Array(size).fill(-1));
    this.touched = [0, 1, 2].map(() => new Uint32Array(size));
    this.inGroup = new Int32Array(size).fill(-1);
    this.ranks = new Uint32Array(size);
    this.fieldMasks = new Uint32Array(size);
    this.seen = new Uint32Array(Math.ceil(size / 32));
    this.slots = new Uint32Array(size);
    this.masks = new Uint32Array(size);
  }

  useMaskWords(words: number, size: number): void {
    if (words > this.maskWords) this.masks = new Uint32Array(size * words);
    this.maskWords = words;
  }
}

/** The three levels of MiniSearch's sums: one query term, one query string of the group, the group. */
const TERM = 0;
const STRING = 1;
const GROUP = 2;

/** Searches one inverted index; keep one per index, as it owns scratch space sized to it. */
export class GroupSearcher {
  readonly #index: InvertedIndex;
  readonly #scratch: Scratch;
  /** Room for the results of about eight words that match every document. */
  readonly #cache: ResultCache;
  #norms: Float64Array | undefined;

  constructor(index: InvertedIndex) {
    this.#index = index;
    this.#scratch = new Scratch(index.documentCount);
    this.#cache = new ResultCache(8 * RESULT_BYTES * Math.max(1_000, index.documentCount));
  }

  search(groups: readonly GroupQuery[], options: GroupSearchOptions): GroupMatches {
    const results = groups.map((group) => {
      // Everything a group's result depends on besides the index: its alternatives, the boosts, and how fuzzy each term is.
      const strings = [...new Set(group.alternatives.flat())];
      const terms = [...new Set(strings.flatMap((text) => options.analyze(text)))];
      const key = JSON.stringify([group.alternatives, this.#index.fields.map((field) => options.boost[field]), terms.map((term) => options.fuzziness(term))]);
      let result = this.#cache.get(key);
      if (!result) {
        result = this.#searchGroup(group, options);
        this.#cache.set(key, result);
      }
      return result;
    });
    return this.#merge(results);
  }

  /** Prefix matches, then fuzzy matches that are not prefix matches, as MiniSearch's `executeQuerySpec` takes them. */
  #derive(term: string, fuzziness: number | false): Derived[] {
    const terms = this.#index.terms;
    const derived: Derived[] = [];
    const exact = terms.find(term);
    if (exact >= 0) derived.push({ id: exact, weight: 1 });
    if (fuzziness === false) return derived;
    const prefixed = new Set<number>();
    for (const id of terms.extensions(term)) {
      const length = terms.term(id).length;
      prefixed.add(id);
      derived.push({ id, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)) });
    }
    const maxDistance = fuzziness < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzziness)) : fuzziness;
    if (maxDistance) {
      for (const { id, distance } of terms.near(term, maxDistance)) {
        if (!distance || prefixed.has(id)) continue;
        const length = terms.term(id).length;
        derived.push({ id, weight: (FUZZY_WEIGHT * length) / (length + distance) });
      }
    }
    return derived;
  }

  /** Per document and field, the length part of BM25's denominator, as MiniSearch computes it; found once. */
  #lengthNorms(): Float64Array {
    if (!this.#norms) {
      const { fields } = this.#index;
      const { documentCount, averageFieldLength, fieldLength } = this.#index.arrays;
      const norms = new Float64Array(documentCount * fields.length);
      for (let at = 0; at < norms.length; at += 1) {
        const average = averageFieldLength[at % fields.length] as number;
        norms[at] = BM25.k * (1 - BM25.b + (BM25.b * (fieldLength[at] as number)) / average);
      }
      this.#norms = norms;
    }
    return this.#norms;
  }

  #searchGroup(group: GroupQuery, options: GroupSearchOptions): GroupResult {
    const scratch = this.#scratch;
    const index = this.#index;
    const { fields } = index;
    const { documentCount, starts, documents, frequencies } = index.arrays;
    const norms = this.#lengthNorms();
    const fieldCount = fields.length;
    const boosts = fields.map((field) => (Object.prototype.hasOwnProperty.call(options.boost, field) ? options.boost[field] : undefined) || 1);
    // The group's query strings, and the distinct terms they analyze to (MiniSearch's queryTerms).
    const strings = [...new Set(group.alternatives.flat())];
    const analyzed = strings.map((text) => options.analyze(text));
    const sources = [...new Set(analyzed.flat())];
    const bitOf = new Map(sources.map((term, bit) => [term, bit]));
    const words = Math.max(1, Math.ceil(sources.length / 32));
    scratch.useMaskWords(words, documentCount);
    const { sums, stamps, touched, masks, ranks, inGroup, fieldMasks } = scratch;
    let rank = 0;
    const levelStamps = [0, 0, ++scratch.stamp];
    scratch.counts[GROUP] = 0;
    const derivedIds: number[] = [];

    /** Adds the sums of one level into the next (as MiniSearch's OR combination adds result scores) and clears it. */
    const flush = (from: number, to: number): void => {
      const source = sums[from] as Float64Array;
      const list = touched[from] as Uint32Array;
      const target = sums[to] as Float64Array;
      const targetStamps = stamps[to] as Int32Array;
      const targetList = touched[to] as Uint32Array;
      const stamp = levelStamps[to] as number;
      for (let i = 0; i < (scratch.counts[from] as number); i += 1) {
        const doc = list[i] as number;
        if (targetStamps[doc] !== stamp) {
          targetStamps[doc] = stamp;
          target[doc] = 0;
          targetList[scratch.counts[to]!++] = doc;
        }
        target[doc] = (target[doc] as number) + (source[doc] as number);
        source[doc] = 0;
      }
      scratch.counts[from] = 0;
    };

    // A level with a single part sums exactly what that part sums (0 + x is x): the part writes straight into it.
    const stringLevel = analyzed.length === 1 ? GROUP : STRING;
    for (const terms of analyzed) {
      levelStamps[STRING] = ++scratch.stamp;
      scratch.counts[STRING] = 0;
      const termLevel = terms.length === 1 ? stringLevel : TERM;
      for (const term of terms) {
        levelStamps[TERM] = ++scratch.stamp;
        scratch.counts[TERM] = 0;
        const bit = bitOf.get(term) ?? 0;
        const flag = 1 << (bit & 31);
        const maskAt = bit >>> 5;
        const groupStamp = levelStamps[GROUP] as number;
        const stamp = levelStamps[termLevel] as number;
        const levelSums = sums[termLevel] as Float64Array;
        const levelMarks = stamps[termLevel] as Int32Array;
        const levelList = touched[termLevel] as Uint32Array;
        let listed = scratch.counts[termLevel] as number;
        for (const { id, weight } of this.#derive(term, options.fuzziness(term))) {
          derivedIds.push(id);
          for (let field = 0; field < fieldCount; field += 1) {
            const from = starts[id * fieldCount + field] as number;
            const to = starts[id * fieldCount + field + 1] as number;
            const matching = to - from;
            if (!matching) continue;
            const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
            const factor = weight * (boosts[field] as number);
            const fieldBit = 1 << field;
            for (let p = from; p < to; p += 1) {
              const doc = documents[p] as number;
              const termFreq = frequencies[p] as number;
              const raw = invDocFreq * (BM25.d + (termFreq * (BM25.k + 1)) / (termFreq + (norms[doc * fieldCount + field] as number)));
              if (levelMarks[doc] !== stamp) {
                levelMarks[doc] = stamp;
                levelSums[doc] = 0;
                levelList[listed++] = doc;
              }
              if (inGroup[doc] !== groupStamp) {
                // First match of this document in the group: MiniSearch inserts it into its result map now.
                inGroup[doc] = groupStamp;
                ranks[doc] = rank++;
                fieldMasks[doc] = 0;
                for (let w = 0; w < words; w += 1) masks[doc * words + w] = 0;
              }
              masks[doc * words + maskAt] = (masks[doc * words + maskAt] as number) | flag;
              fieldMasks[doc] = (fieldMasks[doc] as number) | fieldBit;
              levelSums[doc] = (levelSums[doc] as number) + factor * raw;
            }
          }
        }
        scratch.counts[termLevel] = listed;
        if (termLevel === TERM) flush(TERM, stringLevel);
      }
      if (stringLevel === STRING) flush(STRING, GROUP);
    }
    return this.#collect(group, bitOf, words, derivedIds);
  }

  /** The group's documents in ascending order, with the values the engine reads; clears the scratch it used. */
  #collect(group: GroupQuery, bitOf: Map<string, number>, words: number, derived: number[]): GroupResult {
    const scratch = this.#scratch;
    const { sums, touched, masks, ranks, seen, fieldMasks } = scratch;
    const count = scratch.counts[GROUP] as number;
    const list = touched[GROUP] as Uint32Array;
    const groupSums = sums[GROUP] as Float64Array;
    for (let i = 0; i < count; i += 1) {
      const doc = list[i] as number;
      seen[doc >>> 5] = (seen[doc >>> 5] as number) | (1 << (doc & 31));
    }
    // Each alternative as the bits of its terms (-1: a term no query string analyzed to, which never matches).
    const alternatives = group.alternatives.map((terms) => terms.map((term) => bitOf.get(term) ?? -1));
    // Documents that matched the same terms have the same credit; one-word masks make a cheap key.
    const creditOf = new Map<number, number>();
    const has = (doc: number, bit: number) => bit >= 0 && ((masks[doc * words + (bit >>> 5)] as number) & (1 << (bit & 31))) !== 0;
    const creditFor = (doc: number) => Math.max(...alternatives.map((bits) => bits.filter((bit) => has(doc, bit)).length / bits.length));
    const docs = new Uint32Array(count);
    const scores = new Float64Array(count);
    const credits = new Float64Array(count);
    const hitScores = new Float64Array(count);
    const groupRanks = new Uint32Array(count);
    const fields = new Uint32Array(count);
    let at = 0;
    let lastMask = -1;
    let lastCredit = 0;
    for (let w = 0; w < seen.length && at < count; w += 1) {
      let bits = seen[w] as number;
      if (!bits) continue;
      seen[w] = 0;
      while (bits) {
        const low = bits & -bits;
        const doc = w * 32 + (31 - Math.clz32(low));
        bits ^= low;
        let matched = 0;
        let credit: number;
        if (words === 1) {
          const mask = masks[doc] as number;
          matched = popcount(mask);
          if (mask !== lastMask) {
            lastCredit = creditOf.get(mask) ?? creditFor(doc);
            creditOf.set(mask, lastCredit);
            lastMask = mask;
          }
          credit = lastCredit;
        } else {
          for (let k = 0; k < words; k += 1) matched += popcount(masks[doc * words + k] as number);
          credit = creditFor(doc);
        }
        const hitScore = (groupSums[doc] as number) * (matched || 1);
        docs[at] = doc;
        hitScores[at] = hitScore;
        scores[at] = (hitScore / Math.max(1, matched)) * credit;
        credits[at] = credit;
        groupRanks[at] = ranks[doc] as number;
        fields[at] = fieldMasks[doc] as number;
        groupSums[doc] = 0;
        at += 1;
      }
    }
    scratch.counts[GROUP] = 0;
    return { docs, scores, credits, hitScores, ranks: groupRanks, fields, derived };
  }

  #merge(results: GroupResult[]): GroupMatches {
    const groupCount = results.length;
    const derived = results.map((result) => [...new Set(result.derived)]);
    const termsOf = (doc: number) => this.#matchedTerms(doc, derived, results);
    const shape = { groupCount, fieldNames: this.#index.fields };
    const only = results[0];
    if (groupCount === 1 && only) {
      // One group is its own merge: its arrays are read as they are (credit ÷ 1 is the credit).
      const { docs, scores, credits, fields, hitScores, ranks } = only;
      return new GroupMatches(docs, shape, { scores, credits, coverage: credits, fields, firstGroup: new Uint16Array(docs.length), firstScore: hitScores, firstRank: ranks }, termsOf);
    }
    const { seen, slots } = this.#scratch;
    let total = 0;
    for (const result of results) {
      const docs = result.docs;
      total += docs.length;
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i] as number;
        seen[doc >>> 5] = (seen[doc >>> 5] as number) | (1 << (doc & 31));
      }
    }
    const union = listAndClear(seen, total);
    const size = union.length;
    for (let u = 0; u < size; u += 1) slots[union[u] as number] = u;
    const scores = new Float64Array(size * groupCount);
    const credits = new Float64Array(size * groupCount);
    const coverage = new Float64Array(size);
    const fields = new Uint32Array(size);
    const firstGroup = new Uint16Array(size).fill(0xffff);
    const firstScore = new Float64Array(size);
    const firstRank = new Uint32Array(size);
    results.forEach((result, g) => {
      for (let i = 0; i < result.docs.length; i += 1) {
        const u = slots[result.docs[i] as number] as number;
        scores[u * groupCount + g] = result.scores[i] as number;
        credits[u * groupCount + g] = result.credits[i] as number;
        coverage[u] = (coverage[u] as number) + (result.credits[i] as number) / groupCount;
        fields[u] = (fields[u] as number) | (result.fields[i] as number);
        if (firstGroup[u] === 0xffff) {
          firstGroup[u] = g;
          firstScore[u] = result.hitScores[i] as number;
          firstRank[u] = result.ranks[i] as number;
        }
      }
    });
    return new GroupMatches(union, shape, { scores, credits, coverage, fields, firstGroup, firstScore, firstRank }, termsOf);
  }

  /** The index terms of the groups' matches that the document contains, group by group (as the engine collected them). */
  #matchedTerms(doc: number, derived: number[][], results: GroupResult[]): string[] {
    const { starts, documents } = this.#index.arrays;
    const fieldCount = this.#index.fields.length;
    const terms: string[] = [];
    derived.forEach((ids, g) => {
      if (!includes(results[g]?.docs, doc)) return;
      for (const id of ids) {
        for (let field = 0; field < fieldCount; field += 1) {
          if (includes(documents, doc, starts[id * fieldCount + field], starts[id * fieldCount + field + 1])) {
            terms.push(this.#index.terms.term(id));
            break;
          }
        }
      }
    });
    return terms;
  }
}

function popcount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Binary search in an ascending stretch [from, to) of `values`. */
function includes(values: Uint32Array | undefined, value: number, from = 0, to = values?.length ?? 0): boolean {
  if (!values) return false;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low < to && values[low] === value;
}

/** The documents of a bitset, ascending, clearing it; `limit` is at least their number. */
function listAndClear(bits: Uint32Array, limit: number): Uint32Array {
  const out = new Uint32Array(limit);
  let size = 0;
  for (let w = 0; w < bits.length && size < limit; w += 1) {
    let word = bits[w] as number;
    if (!word) continue;
    bits[w] = 0;
    while (word) {
      const low = word & -word;
      out[size++] = w * 32 + (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return size === limit ? out : out.slice(0, size);
}
