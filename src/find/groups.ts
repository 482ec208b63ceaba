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
  const exact: SearchOptions = { fuzzy: false, prefix: false, ...(filter ? { filter } : {}) };
  const results = index.search({ combineWith: 'OR', queries: words }, exact);
  const matched = new Set(results.flatMap((hit) => hit.queryTerms));
  const misspelt = typos > 0 ? words.filter((word) => mayBeMisspelt(word) && !matched.has(word)) : [];
  const hits = new Hits(group, withFields);
  if (!misspelt.length) {
    // The usual case: one search, one hit per result.
    for (const hit of results) hits.add(hit.id as number, hit.score / Math.max(1, hit.queryTerms.length), hit.queryTerms, hit.terms, withFields ? fieldsOf(hit) : []);
    return hits.list;
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
  for (const [id, entry] of found) hits.add(id, entry.sum, entry.words, [...new Set(entry.terms)], entry.fields);
  return hits.list;
}

const fieldsOf = (hit: SearchResult): string[] => Object.values(hit.match).flat();

/** A group's hits as they are built: each scaled by the share of the group it matched. */
class Hits {
  readonly list: GroupHit[] = [];
  /** Hits of a group share a few lists of terms: one array each, not one per hit (the cache keeps them). */
  readonly #terms = new Map<string, string[]>();

  constructor(
    readonly group: WordGroup,
    readonly withFields: boolean,
  ) {}

  add(id: number, sum: number, words: readonly string[], terms: string[], fields: readonly string[]): void {
    const credit = creditOf(this.group.alternatives, words);
    const key = terms.join(' ');
    let shared = this.#terms.get(key);
    if (!shared) this.#terms.set(key, (shared = terms));
    const hit: GroupHit = { id, score: sum * credit, credit, terms: shared };
    if (this.withFields) hit.fields = new Set(fields);
    this.list.push(hit);
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
