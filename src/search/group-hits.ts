/**
 * MiniSearch's results for the word groups of a question, kept as flat arrays: one group's hits
 * in MiniSearch's order (cached, since questions share their words), and the merge of a
 * question's groups per document. Scores are MiniSearch's; nothing here scores.
 */

/** One group's hits, in MiniSearch's order: best first, ties as MiniSearch returned them. */
export interface GroupHits {
  ids: Uint32Array;
  /** What the engine makes of each hit's score (per group, 0 when it did not match). */
  scores: Float64Array;
  /** Share of the group matched, 0 to 1. */
  credits: Float64Array;
  /** Bits (in the index's field order) of the fields any term matched in. */
  fields: Uint32Array;
  /** For each hit, which entry of `termLists` holds the index terms it matched. */
  terms: Uint32Array;
  termLists: string[][];
}

/** Fills a GroupHits hit by hit, sharing equal term lists. */
export class GroupHitsBuilder {
  readonly #hits: GroupHits;
  readonly #fields: readonly string[];
  readonly #lists = new Map<string, number>();

  constructor(count: number, fields: readonly string[]) {
    this.#fields = fields;
    this.#hits = {
      ids: new Uint32Array(count),
      scores: new Float64Array(count),
      credits: new Float64Array(count),
      fields: new Uint32Array(count),
      terms: new Uint32Array(count),
      termLists: [],
    };
  }

  /** Hit number `i`: its document, score and credit, the terms it matched and MiniSearch's `match` (term → fields). */
  set(i: number, hit: { id: number; score: number; credit: number; terms: string[]; match: Record<string, string[]> }): void {
    const hits = this.#hits;
    hits.ids[i] = hit.id;
    hits.scores[i] = hit.score;
    hits.credits[i] = hit.credit;
    let bits = 0;
    for (const fields of Object.values(hit.match)) for (const field of fields) bits |= 1 << this.#fields.indexOf(field);
    hits.fields[i] = bits;
    const key = hit.terms.join('\u0000');
    let list = this.#lists.get(key);
    if (list === undefined) {
      list = hits.termLists.push(hit.terms) - 1;
      this.#lists.set(key, list);
    }
    hits.terms[i] = list;
  }

  get hits(): GroupHits {
    return this.#hits;
  }
}

/** Bytes a cached group holds per hit. */
const HIT_BYTES = 32;
/** Most bytes the cache holds, whatever the size of the index. */
const MAX_BUDGET = 64 * 1_048_576;

/**
 * Recent groups' hits, least recently used out first, within a byte budget. A group's hits depend
 * only on its words, the boosts and the index, and questions repeat their words ("istio",
 * "kubecon"), so most groups of a question were searched by an earlier one.
 */
export class GroupHitsCache {
  readonly #entries = new Map<string, GroupHits>();
  readonly #budget: number;
  #bytes = 0;

  /**
   * Room for about `groups` groups that match every one of `documents` documents (at most 64 MB).
   * Thirty-two keep the words a stream of questions repeats: with eight, a varied stream evicted
   * most groups before they came back.
   */
  constructor(documents: number, groups = 32) {
    this.#budget = Math.min(MAX_BUDGET, groups * HIT_BYTES * Math.max(1_000, documents));
  }

  /** The cached hits for `key`, or those `search` finds (then cached). */
  get(key: string, search: () => GroupHits): GroupHits {
    const cached = this.#entries.get(key);
    if (cached) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const hits = search();
    const bytes = hits.ids.length * HIT_BYTES;
    if (bytes <= this.#budget) {
      this.#entries.set(key, hits);
      this.#bytes += bytes;
      for (const [oldest, entry] of this.#entries) {
        if (this.#bytes <= this.#budget) break;
        this.#entries.delete(oldest);
        this.#bytes -= entry.ids.length * HIT_BYTES;
      }
    }
    return hits;
  }
}

/**
 * The groups' hits per document. Positions (`u`) follow the order in which the engine met the
 * documents — the first group's hits in MiniSearch's order, then each later group's new ones —
 * so among equal scores, a lower position ranks first, as a stable sort of that order would.
 */
export class GroupMatches {
  /** Document ids by position. */
  readonly docs: Uint32Array;
  readonly groupCount: number;
  /** Position × groupCount + group: the group's score of the document, 0 where it did not match. */
  readonly scores: Float64Array;
  /** Position × groupCount + group: share of the group matched. */
  readonly credits: Float64Array;
  readonly #coverage: Float64Array;
  readonly #fields: Uint32Array;
  readonly #fieldNames: readonly string[];
  /** Position × groupCount + group: the hit's number in that group, -1 where it did not match. */
  readonly #hitOf: Int32Array;
  readonly #groups: readonly GroupHits[];

  constructor(groups: readonly GroupHits[], fieldNames: readonly string[], slots: SlotScratch) {
    const groupCount = groups.length;
    const total = groups.reduce((sum, hits) => sum + hits.ids.length, 0);
    const docs = new Uint32Array(total);
    const stamp = slots.next();
    let size = 0;
    for (const hits of groups) {
      for (let i = 0; i < hits.ids.length; i += 1) {
        const doc = hits.ids[i] as number;
        if (slots.stamps[doc] !== stamp) {
          slots.stamps[doc] = stamp;
          slots.slots[doc] = size;
          docs[size++] = doc;
        }
      }
    }
    this.docs = docs.subarray(0, size);
    this.groupCount = groupCount;
    this.#groups = groups;
    this.#fieldNames = fieldNames;
    this.scores = new Float64Array(size * groupCount);
    this.credits = new Float64Array(size * groupCount);
    this.#coverage = new Float64Array(size);
    this.#fields = new Uint32Array(size);
    this.#hitOf = new Int32Array(size * groupCount).fill(-1);
    groups.forEach((hits, g) => {
      for (let i = 0; i < hits.ids.length; i += 1) {
        const u = slots.slots[hits.ids[i] as number] as number;
        const at = u * groupCount + g;
        this.scores[at] = hits.scores[i] as number;
        this.credits[at] = hits.credits[i] as number;
        this.#hitOf[at] = i;
        this.#coverage[u] = (this.#coverage[u] as number) + (hits.credits[i] as number) / groupCount;
        this.#fields[u] = (this.#fields[u] as number) | (hits.fields[i] as number);
      }
    });
  }

  get size(): number {
    return this.docs.length;
  }

  /** Sum over the groups, in order, of credit ÷ number of groups. */
  coverage(u: number): number {
    return this.#coverage[u] ?? 0;
  }

  /** Whether any term of any group matched in this field of the document. */
  matchedIn(u: number, field: string): boolean {
    const bit = this.#fieldNames.indexOf(field);
    return bit >= 0 && ((this.#fields[u] ?? 0) & (1 << bit)) !== 0;
  }

  /** The index terms the document matched, group by group. */
  terms(u: number): string[] {
    return this.#groups.flatMap((hits, g) => {
      const i = this.#hitOf[u * this.groupCount + g] ?? -1;
      return i < 0 ? [] : (hits.termLists[hits.terms[i] as number] ?? []);
    });
  }
}

/** Per document, which position it has in the merge being built; stamps spare clearing it. */
export class SlotScratch {
  readonly stamps: Uint32Array;
  readonly slots: Uint32Array;
  #stamp = 0;

  constructor(documents: number) {
    this.stamps = new Uint32Array(documents);
    this.slots = new Uint32Array(documents);
  }

  next(): number {
    this.#stamp += 1;
    return this.#stamp;
  }
}
