import type { SearchOptions } from 'minisearch';
import type { PassageIndex, TalkIndex } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';

/** What one word group of a question scored on one document. */
export interface GroupHit {
  /** MiniSearch's score for the group, scaled by the share of the group matched. */
  score: number;
  /** Share of the group matched, 0 to 1: the best of its alternatives. */
  credit: number;
  /** The index terms the document matched. */
  terms: string[];
  /** The fields any term matched in (asked for by talks only: passages do not need them). */
  fields?: Set<string>;
}

/**
 * Searches one word group — a word and every way of saying it — as one OR query, so that a word
 * said several ways (ambient, Ambient 网格) counts once: MiniSearch multiplies a hit's score by the
 * number of query terms it matched, which is undone here, and the group is credited by how much of
 * its best alternative matched.
 */
export function searchGroup(index: PassageIndex | TalkIndex, group: WordGroup, options: SearchOptions, withFields = false): Map<number, GroupHit> {
  const hits = new Map<number, GroupHit>();
  const queries = [...new Set(group.alternatives.flat())];
  for (const hit of index.search({ combineWith: 'OR', queries }, options)) {
    const credit = creditOf(group.alternatives, hit.queryTerms);
    const found: GroupHit = { score: (hit.score / Math.max(1, hit.queryTerms.length)) * credit, credit, terms: hit.terms };
    if (withFields) found.fields = new Set(Object.values(hit.match).flat());
    hits.set(hit.id as number, found);
  }
  return hits;
}

/** The share of the best alternative that a hit matched; loops over the few query terms, no Set per hit. */
function creditOf(alternatives: readonly string[][], matched: readonly string[]): number {
  let credit = 0;
  for (const terms of alternatives) {
    let count = 0;
    for (const term of terms) if (matched.includes(term)) count += 1;
    credit = Math.max(credit, count / terms.length);
  }
  return credit;
}
