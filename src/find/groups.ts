import type { Query, SearchOptions, SearchResult } from 'minisearch';
import { AS_INDEX_TERMS, processTerm, type PassageIndex, type TalkIndex } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';
import type { NearTerms } from './near-terms.js';
import { fuzzyWeight, mayBeMisspelt, swapWeight, transpositions } from './typos.js';

export interface GroupSearch {
  /** Typo tolerance: edit distance as a share of a word's length, 0 for none. */
  typos: number;
  /** The index terms within a typo of a word (MiniSearch's fuzzy matching, over the terms a typo can reach). */
  near: NearTerms;
  /** MiniSearch's `filter`, when the hits depend on one (talks under a question's event and years). */
  filter?: SearchOptions['filter'];
  /** MiniSearch's `boostDocument`: a hit's weight that holds whatever the question (passages: `bannerWeight`); none weighs all 1. */
  boost?: (id: number) => number;
  /** Fields whose matches each hit marks (talks: whether a word matched the title or the speakers). */
  marked?: readonly string[];
  /**
   * Whether a typo search of a word that matched nothing here may find something (talks: not when
   * the passages, which hold every talk's title and speakers, hold the word as spelled or found
   * nothing near it; without this, most words of a question were fuzzy-searched again in the talks).
   */
  mayBeTypo?: (word: string) => boolean;
}

/**
 * Searches one word group — a word and every way of saying it — as one OR query, so that a word
 * said several ways (ambient, Ambient 网格) counts once: MiniSearch multiplies a hit's score by the
 * number of query terms it matched, which is undone here, and the group is credited by how much of
 * its best alternative matched. Words that matched nothing exactly and may be misspelt are searched
 * again with MiniSearch's prefix search, with the terms near them weighted as its fuzzy search
 * weighs them, and with two neighbouring letters swapped.
 */
export function searchGroup(index: PassageIndex | TalkIndex, group: WordGroup, { typos, near, filter, boost, marked = [], mayBeTypo }: GroupSearch): SearchedGroup {
  const words = [...new Set(group.alternatives.flat())];
  // The words are index terms already (`src/understand` made them): searched as they are.
  const exact: SearchOptions = { ...AS_INDEX_TERMS, fuzzy: false, prefix: false, ...(filter ? { filter } : {}), ...(boost ? { boostDocument: boost } : {}) };
  const results = index.search({ combineWith: 'OR', queries: words }, exact);
  const matched = new Set(results.flatMap((hit) => hit.queryTerms));
  // A word the question's reading already took for the word it misspells needs no typo search of its own.
  const misspelt = typos > 0 && group.meant === undefined ? words.filter((word) => mayBeMisspelt(word) && !matched.has(word) && (mayBeTypo?.(word) ?? true)) : [];
  // The usual case: one search.
  if (!misspelt.length) return collect(group, results, matched, misspelt, marked, null);
  // The words again, with the typo searches beside them: MiniSearch sums what each found of a
  // document. A near or swapped term is searched as itself, and stands for the word it was made from.
  const sources = new Map<string, string[]>();
  const standsFor = (term: string, word: string): void => {
    let list = sources.get(term);
    if (!list) sources.set(term, (list = words.includes(term) ? [term] : []));
    if (!list.includes(word)) list.push(word);
  };
  // Only what can match: a swapped spelling no index holds, a prefix nothing begins with and an empty
  // list of near terms add no hit and no score, yet every term MiniSearch searches leaves it garbage
  // the collector promotes (about half of what the typo searches of the bench's workload left).
  const typoQueries: Query[] = misspelt.flatMap((word) => {
    // Swapped back, a word is stemmed as the index holds it: "gettnig" is "getting", held as "get".
    const swapped = [...new Set(transpositions(word).map((term) => processTerm(term) ?? term))].filter((term) => term !== word && near.holds(term));
    const fuzzy = near.of(word, typos);
    for (const term of [...swapped, ...fuzzy.keys()]) standsFor(term, word);
    return [
      ...(near.completes(word) ? [{ queries: [word], prefix: true }] : []),
      ...(fuzzy.size ? [{ queries: [...fuzzy.keys()], boostTerm: (term: string) => fuzzyWeight(term, fuzzy.get(term) ?? 0) }] : []),
      ...(swapped.length ? [{ queries: swapped, boostTerm: swapWeight }] : []),
    ];
  });
  // Nothing near, swapped or begun by the misspelt words: the typo search would find what the first did.
  if (!typoQueries.length) return collect(group, results, matched, misspelt, marked, null);
  const all = index.search({ combineWith: 'OR', queries: [{ queries: words }, ...typoQueries] }, exact);
  return collect(group, all, matched, misspelt, marked, (term) => sources.get(term) ?? [term]);
}

/** Whether a hit matched any word in one of the `marked` fields. */
const marks = (hit: SearchResult, marked: readonly string[]): boolean => marked.length > 0 && Object.values(hit.match).some((fields) => fields.some((field) => marked.includes(field)));

/**
 * How the index holds a word searched: as spelled, only through a typo search, not even that
 * ('absent': nothing is near it), or not at all with no typo search tried (short words, Chinese).
 */
export type Spelling = 'spelled' | 'near' | 'absent' | 'unmatched';

/** A group's hits, and how the index holds each of its words. */
export interface SearchedGroup {
  hits: GroupHits;
  spellings: ReadonlyMap<string, Spelling>;
}

/**
 * The hits of `group`, each scaled by the share of the group it matched. MiniSearch multiplies a
 * hit's score by the number of query terms it matched, which is undone here; `wordsOf` gives the
 * question's words a matched query term stands for (a near or swapped spelling counts as the word it
 * was made from), null when each term is the word.
 */
function collect(
  group: WordGroup,
  results: readonly SearchResult[],
  matched: ReadonlySet<string>,
  misspelt: readonly string[],
  marked: readonly string[],
  wordsOf: ((term: string) => readonly string[]) | null,
): SearchedGroup {
  // Nothing per hit beyond the arrays: a group's results (thousands of objects at 10x) stay alive
  // while this runs, and what it allocates meanwhile makes the collector keep them longer.
  const found = new Set<string>();
  const hits = results.length ? new GroupHits(results.length) : NO_HITS;
  const lists = new Map<string, number>();
  results.forEach((hit, at) => {
    const words = wordsOf ? hit.queryTerms.flatMap(wordsOf) : hit.queryTerms;
    for (const word of words) found.add(word);
    const credit = creditOf(group.alternatives, words);
    const key = hit.terms.length === 1 ? (hit.terms[0] as string) : hit.terms.join(' ');
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = hits.terms.push(hit.terms) - 1));
    hits.ids[at] = hit.id as number;
    hits.scores[at] = (hit.score / Math.max(1, hit.queryTerms.length)) * credit;
    hits.credits[at] = credit;
    hits.termsAt[at] = list;
    hits.marked[at] = marks(hit, marked) ? 1 : 0;
  });
  const spellingOf = (word: string): Spelling => {
    if (matched.has(word)) return 'spelled';
    if (found.has(word)) return 'near';
    return misspelt.includes(word) ? 'absent' : 'unmatched';
  };
  return { hits, spellings: new Map(group.alternatives.flat().map((word) => [word, spellingOf(word)])) };
}

/**
 * One word group's hits, in the order MiniSearch ranked them, as parallel arrays: the passage
 * cache keeps many groups of thousands of hits, and a hit costs 25 bytes here instead of an object.
 */
export class GroupHits {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  readonly credits: Float64Array;
  /** Each hit's position in `terms`: hits of a group share a few lists of matched terms. */
  readonly termsAt: Uint32Array;
  readonly terms: string[][] = [];
  /** 1 where the hit matched in one of the fields the search marks (see `GroupSearch.marked`). */
  readonly marked: Uint8Array;

  constructor(size: number) {
    this.ids = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.credits = new Float64Array(size);
    this.termsAt = new Uint32Array(size);
    this.marked = new Uint8Array(size);
  }

  get length(): number {
    return this.ids.length;
  }

  /** The index terms hit `at` matched. */
  termsOf(at: number): string[] {
    return this.terms[this.termsAt[at] as number] ?? [];
  }
}

/**
 * The hits of every group that matched nothing, one for all: most groups the caches keep are such
 * (Chinese words the index holds as other bigrams, made-up and misspelt words, talks under a filter),
 * and an empty set of arrays costs as much as a small one.
 */
const NO_HITS = new GroupHits(0);

/** The share of the best alternative that a hit matched. */
function creditOf(alternatives: readonly string[][], matched: readonly string[]): number {
  let credit = 0;
  for (const terms of alternatives) {
    let count = 0;
    for (const term of terms) if (matched.includes(term)) count += 1;
    credit = Math.max(credit, count / terms.length);
  }
  return credit;
}

/** A group's cache key, its alternatives written out once per group object: understand hands out one object per word. */
const KEYS = new WeakMap<WordGroup, string>();
export function keyOf(group: WordGroup): string {
  let key = KEYS.get(group);
  if (key === undefined) KEYS.set(group, (key = JSON.stringify(group.alternatives)));
  return key;
}
