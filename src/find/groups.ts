import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { PassageIndex, TalkIndex } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';
import { mayBeMisspelt, swapWeight, transpositions } from './typos.js';

/** What one word group of a question scored on one document. */
export interface GroupHit {
  /** The document's id in its index. */
  id: number;
  /** MiniSearch's score for the group, scaled by the share of the group matched. */
  score: number;
  /** Share of the group matched, 0 to 1: the best of its alternatives. */
  credit: number;
  /** The index terms the document matched. */
  terms: string[];
  /** The fields any term matched in (asked for by talks only: passages do not need them). */
  fields?: Set<string>;
}

export interface GroupSearch {
  /** Typo tolerance: edit distance as a share of a word's length, 0 for none. */
  typos: number;
  /** MiniSearch's `filter`, when the hits depend on one (talks under a question's event and years). */
  filter?: SearchOptions['filter'];
  /** Whether hits say which fields matched. */
  withFields?: boolean;
}

/** A document's sum over the group's words, before it is scaled by the share matched. */
interface Found {
  sum: number;
  /** The question's words it matched (a swapped spelling counts as the word it was made from). */
  words: string[];
  terms: string[];
  fields: string[];
}

/**
 * Searches one word group — a word and every way of saying it — as one OR query, so that a word
 * said several ways (ambient, Ambient 网格) counts once: MiniSearch multiplies a hit's score by the
 * number of query terms it matched, which is undone here, and the group is credited by how much of
 * its best alternative matched. Words that matched nothing exactly and may be misspelt are searched
 * again with MiniSearch's fuzzy and prefix search, and with two neighbouring letters swapped.
 */
export function searchGroup(index: PassageIndex | TalkIndex, group: WordGroup, { typos, filter, withFields = false }: GroupSearch): GroupHits {
  const words = [...new Set(group.alternatives.flat())];
  const exact: SearchOptions = { fuzzy: false, prefix: false, ...(filter ? { filter } : {}) };
  const results = index.search({ combineWith: 'OR', queries: words }, exact);
  const matched = new Set(results.flatMap((hit) => hit.queryTerms));
  const misspelt = typos > 0 ? words.filter((word) => mayBeMisspelt(word) && !matched.has(word)) : [];
  if (!misspelt.length) {
    // The usual case: one search, one hit per result.
    return collect(group, results.length, (add) => {
      for (const hit of results) add(hit.id as number, hit.score / Math.max(1, hit.queryTerms.length), hit.queryTerms, hit.terms, withFields ? fieldsOf(hit) : null);
    });
  }
  const wordOf = new Map<string, string>();
  const queries: Query[] = misspelt.flatMap((word) => {
    const swapped = transpositions(word);
    for (const term of [word, ...swapped]) wordOf.set(term, word);
    return [{ queries: [word], fuzzy: typos, prefix: true }, { queries: swapped, boostTerm: swapWeight }];
  });
  // A document found both ways sums what each search found of it.
  const found = new Map<number, Found>();
  for (const hit of [...results, ...index.search({ combineWith: 'OR', queries }, exact)]) {
    let entry = found.get(hit.id as number);
    if (!entry) found.set(hit.id as number, (entry = { sum: 0, words: [], terms: [], fields: [] }));
    entry.sum += hit.score / Math.max(1, hit.queryTerms.length);
    entry.words.push(...hit.queryTerms.map((term) => wordOf.get(term) ?? term));
    entry.terms.push(...hit.terms);
    if (withFields) entry.fields.push(...fieldsOf(hit));
  }
  return collect(group, found.size, (add) => {
    for (const [id, entry] of found) add(id, entry.sum, entry.words, [...new Set(entry.terms)], withFields ? entry.fields : null);
  });
}

const fieldsOf = (hit: SearchResult): string[] => Object.values(hit.match).flat();

type Add = (id: number, sum: number, words: readonly string[], terms: string[], fields: readonly string[] | null) => void;

/** `size` hits of `group`, as `fill` adds them: each scaled by the share of the group it matched. */
function collect(group: WordGroup, size: number, fill: (add: Add) => void): GroupHits {
  const hits = new GroupHits(size);
  const lists = new Map<string, number>();
  let at = 0;
  fill((id, sum, words, terms, fields) => {
    const credit = creditOf(group.alternatives, words);
    const key = terms.join(' ');
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = hits.terms.push(terms) - 1));
    hits.ids[at] = id;
    hits.scores[at] = sum * credit;
    hits.credits[at] = credit;
    hits.termsAt[at] = list;
    if (fields) hits.fields[at] = new Set(fields);
    at += 1;
  });
  return hits;
}

/**
 * One word group's hits, in the order MiniSearch ranked them, as parallel arrays: the passage
 * cache keeps many groups of thousands of hits, and a hit costs 24 bytes here instead of an object.
 */
export class GroupHits {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  readonly credits: Float64Array;
  /** Each hit's position in `terms`: hits of a group share a few lists of matched terms. */
  readonly termsAt: Uint32Array;
  readonly terms: string[][] = [];
  /** The fields each hit matched in, when asked for (talks). */
  readonly fields: Set<string>[] = [];

  constructor(size: number) {
    this.ids = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.credits = new Float64Array(size);
    this.termsAt = new Uint32Array(size);
  }

  get length(): number {
    return this.ids.length;
  }

  /** The index terms hit `at` matched. */
  termsOf(at: number): string[] {
    return this.terms[this.termsAt[at] as number] ?? [];
  }

  /** Hit `at` as an object (talks read a few of them by id). */
  hit(at: number): GroupHit {
    const fields = this.fields[at];
    return { id: this.ids[at] as number, score: this.scores[at] as number, credit: this.credits[at] as number, terms: this.termsOf(at), ...(fields ? { fields } : {}) };
  }
}

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
