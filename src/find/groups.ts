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
    const matched = new Set(hit.queryTerms);
    const credit = Math.max(...group.alternatives.map((terms) => terms.filter((term) => matched.has(term)).length / terms.length));
    hits.set(hit.id as number, {
      score: (hit.score / Math.max(1, hit.queryTerms.length)) * credit,
      credit,
      terms: hit.terms,
      ...(withFields ? { fields: new Set(Object.values(hit.match).flat()) } : {}),
    });
  }
  return hits;
}
