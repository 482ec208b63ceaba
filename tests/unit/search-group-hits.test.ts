import { describe, expect, it } from 'vitest';
import { GroupHitsBuilder, GroupHitsCache, GroupMatches, SlotScratch, type GroupHits } from '../../src/search/group-hits.js';

const FIELDS = ['title', 'text'];

function group(hits: Array<[id: number, score: number, credit: number, terms: string[], fields: string[]]>): GroupHits {
  const builder = new GroupHitsBuilder(hits.length, FIELDS);
  hits.forEach(([id, score, credit, terms, fields], i) => builder.set(i, { id, score, credit, terms, match: Object.fromEntries(terms.map((term) => [term, fields])) }));
  return builder.hits;
}

describe('merging the hits of word groups', () => {
  const first = group([
    [7, 3, 1, ['mesh'], ['title']],
    [2, 1, 0.5, ['mesh'], ['text']],
  ]);
  const second = group([
    [5, 4, 1, ['kubecon'], ['text']],
    [2, 2, 1, ['kubecon', 'kube'], ['title']],
  ]);
  const merged = new GroupMatches([first, second], FIELDS, new SlotScratch(10));

  it('numbers documents in the order the groups met them: the first group in MiniSearch order, then the new ones of the next', () => {
    expect([...merged.docs]).toEqual([7, 2, 5]);
  });

  it('keeps each group’s score and credit per document, zero where the group did not match', () => {
    expect([...merged.scores]).toEqual([3, 0, 1, 2, 0, 4]);
    expect([...merged.credits]).toEqual([1, 0, 0.5, 1, 0, 1]);
  });

  it('sums the coverage, unites the fields and lists the matched terms group by group', () => {
    expect(merged.coverage(1)).toBe(0.5 / 2 + 1 / 2);
    expect(merged.matchedIn(1, 'title') && merged.matchedIn(1, 'text')).toBe(true);
    expect(merged.matchedIn(0, 'text')).toBe(false);
    expect(merged.terms(1)).toEqual(['mesh', 'kubecon', 'kube']);
  });

  it('starts afresh for the next question on the same scratch space', () => {
    const slots = new SlotScratch(10);
    new GroupMatches([first], FIELDS, slots);
    expect([...new GroupMatches([second], FIELDS, slots).docs]).toEqual([5, 2]);
  });
});

describe('the cache of group hits', () => {
  it('searches once per group and gives the same hits again', () => {
    const cache = new GroupHitsCache(1_000);
    let searches = 0;
    const search = () => {
      searches += 1;
      return group([[1, 1, 1, ['a'], ['text']]]);
    };
    expect(cache.get('a', search)).toBe(cache.get('a', search));
    expect(searches).toBe(1);
  });

  it('lets the least recently used groups go when it is over its budget', () => {
    // Room for one group of 1,000 hits.
    const cache = new GroupHitsCache(1_000, 1);
    const big = (id: number) => () => group(Array.from({ length: 600 }, (_, i) => [i, id, 1, ['w'], ['text']] as [number, number, number, string[], string[]]));
    const a = cache.get('a', big(1));
    cache.get('b', big(2));
    let searched = false;
    const again = cache.get('a', () => {
      searched = true;
      return a;
    });
    expect(searched).toBe(true);
    expect(again).toBe(a);
  });
});
