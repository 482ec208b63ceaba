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
 * again with MiniSearch's fuzzy and prefix search, and with two neighbouring letters swapped. Hits
 * come in the order MiniSearch ranked them.
 */
export function searchGroup(index: PassageIndex | TalkIndex, group: WordGroup, { typos, filter, withFields = false }: GroupSearch): GroupHit[] {
  const words = [...new Set(group.alternatives.flat())];
  const found = new Map<number, Found>();
  const add = (results: SearchResult[], wordOf: (term: string) => string) => {
    for (const hit of results) {
      let entry = found.get(hit.id as number);
      if (!entry) found.set(hit.id as number, (entry = { sum: 0, words: [], terms: [], fields: [] }));
      entry.sum += hit.score / Math.max(1, hit.queryTerms.length);
      for (const term of hit.queryTerms) entry.words.push(wordOf(term));
      entry.terms.push(...hit.terms);
      if (withFields) entry.fields.push(...Object.values(hit.match).flat());
    }
  };
  const exact: SearchOptions = { fuzzy: false, prefix: false, ...(filter ? { filter } : {}) };
  add(index.search({ combineWith: 'OR', queries: words }, exact), (term) => term);
  const matched = new Set<string>();
  for (const entry of found.values()) for (const word of entry.words) matched.add(word);
  const misspelt = typos > 0 ? words.filter((word) => mayBeMisspelt(word) && !matched.has(word)) : [];
  if (misspelt.length) {
    const wordOf = new Map<string, string>();
    const queries: Query[] = misspelt.flatMap((word) => {
      const swapped = transpositions(word);
      for (const term of [word, ...swapped]) wordOf.set(term, word);
      return [{ queries: [word], fuzzy: typos, prefix: true }, { queries: swapped, boostTerm: swapWeight }];
    });
    add(index.search({ combineWith: 'OR', queries }, exact), (term) => wordOf.get(term) ?? term);
  }
  // Hits of a group share a few lists of terms: one array each, not one per hit (the cache keeps them).
  const shared = new Map<string, string[]>();
  const hits: GroupHit[] = [];
  for (const [id, entry] of found) {
    const credit = creditOf(group.alternatives, entry.words);
    const terms = [...new Set(entry.terms)];
    const key = terms.join(' ');
    let sharedTerms = shared.get(key);
    if (!sharedTerms) shared.set(key, (sharedTerms = terms));
    const hit: GroupHit = { id, score: entry.sum * credit, credit, terms: sharedTerms };
    if (withFields) hit.fields = new Set(entry.fields);
    hits.push(hit);
  }
  return hits;
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
