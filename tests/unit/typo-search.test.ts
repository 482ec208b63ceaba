import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Query } from 'minisearch';
import { searchGroup, type GroupHits } from '../../src/find/groups.js';
import { NearTerms } from '../../src/find/near-terms.js';
import type { Indexes } from '../../src/find/index.js';
import { transpositions } from '../../src/find/typos.js';
import { shippedIndexes } from '../helpers/engine.js';

/** Mistyped words: a swap the posts hold ("istoicon"), dropped letters, a swap and a wrong letter, and one near nothing. */
const TYPED = ['istoicon', 'sponsr', 'deafult', 'obsrvability', 'qwzxvplorbt'];
const SHARE = 0.2;

let indexes: Indexes;
beforeAll(async () => {
  ({ indexes } = await shippedIndexes());
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every term of a MiniSearch query, however nested (its wildcard, a symbol, has none). */
const termsOf = (query: Query): string[] => {
  if (typeof query === 'string') return [query];
  return typeof query === 'symbol' ? [] : query.queries.flatMap(termsOf);
};

/** The same near terms, but taking every term for one the index holds and begins: the typo search as it was before. */
class EveryTerm extends NearTerms {
  override holds(): boolean {
    return true;
  }
  override completes(): boolean {
    return true;
  }
}

const hitsOf = (word: string, near: NearTerms): GroupHits => searchGroup(indexes.passageIndex, { word, alternatives: [[word]] }, { typos: SHARE, near }).hits;

describe('a typo search asks MiniSearch only for terms that can match', () => {
  it.each(TYPED)('"%s": the same hits, scores and matched terms as searching every swapped spelling and the prefix', (word) => {
    const kept = hitsOf(word, new NearTerms(indexes.typoTerms));
    const every = hitsOf(word, new EveryTerm(indexes.typoTerms));
    expect([...kept.ids]).toEqual([...every.ids]);
    expect([...kept.scores]).toEqual([...every.scores]);
    expect([...kept.credits]).toEqual([...every.credits]);
    expect(kept.ids.map((_, at) => kept.termsOf(at).length)).toEqual(every.ids.map((_, at) => every.termsOf(at).length));
    for (let at = 0; at < kept.length; at += 1) expect(kept.termsOf(at)).toEqual(every.termsOf(at));
  });

  it('searches a swapped spelling as the index stems it ("meetign" is "meeting", held as "meet")', () => {
    const search = vi.spyOn(indexes.passageIndex, 'search');
    const hits = hitsOf('meetign', new NearTerms(indexes.typoTerms));
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(search.mock.calls.flatMap(([query]) => termsOf(query))).has('meet')).toBe(true);
  });

  it('searches a swapped spelling the posts hold, and none they do not', () => {
    const search = vi.spyOn(indexes.passageIndex, 'search');
    const hits = hitsOf('istoicon', new NearTerms(indexes.typoTerms));
    expect(hits.length).toBeGreaterThan(0);
    const searched = new Set(search.mock.calls.flatMap(([query]) => termsOf(query)));
    expect(searched.has('istiocon')).toBe(true);
    const absent = transpositions('istoicon').filter((term) => !indexes.typoTerms.includes(term));
    expect(absent.length).toBeGreaterThan(3);
    expect(absent.filter((term) => searched.has(term))).toEqual([]);
  });

  it('makes no second search for a made-up word that nothing is near, swapped or begun by', () => {
    const search = vi.spyOn(indexes.passageIndex, 'search');
    const hits = hitsOf('qwzxvplorbt', new NearTerms(indexes.typoTerms));
    expect(hits.length).toBe(0);
    expect(search).toHaveBeenCalledTimes(1);
  });
});
