import { beforeAll, describe, expect, it } from 'vitest';
import type { Indexes } from '../../src/find/index.js';
import { NearTerms } from '../../src/find/near-terms.js';
import { AS_INDEX_TERMS } from '../../src/store/index.js';
import { shippedIndexes } from '../helpers/engine.js';

/** Words as people mistype them (dropped, doubled, swapped or wrong letters), short and long, and one near nothing. */
const TYPED = ['kialli', 'contribfst', 'deafult', 'sponsr', 'istoicon', 'multiclustr', 'amsterdm', 'obsrvability', 'qwzxvplorbt'];
const SHARE = 0.2;

let indexes: Indexes;
beforeAll(async () => {
  ({ indexes } = await shippedIndexes());
});

/** The terms MiniSearch's own fuzzy search of `word` matches in both indexes, beyond the word and the terms it begins. */
function fuzzyMatched(word: string): string[] {
  const options = { ...AS_INDEX_TERMS, fuzzy: SHARE, prefix: false };
  const hits = [...indexes.passageIndex.search(word, options), ...indexes.talkIndex.search(word, options)];
  return [...new Set(hits.flatMap((hit) => hit.terms))].filter((term) => !term.startsWith(word)).sort();
}

describe('the terms near a misspelt word', () => {
  it.each(TYPED)('"%s": the terms MiniSearch’s fuzzy search over the whole index finds, without walking its Chinese terms', (word) => {
    const near = new NearTerms(indexes.typoTerms).of(word, SHARE);
    expect([...near.keys()].sort()).toEqual(fuzzyMatched(word));
  });

  it('are found among far fewer terms than the index holds: its Chinese bigrams are left out', () => {
    expect(indexes.typoTerms.some((term) => /\p{Script=Han}/u.test(term))).toBe(false);
    expect(indexes.typoTerms.length).toBeLessThan(indexes.passageIndex.termCount / 2);
  });

  it('are some for a typed word the posts hold a word near, none for a word too short to have a typo at this share', () => {
    const near = new NearTerms(indexes.typoTerms);
    expect(TYPED.filter((word) => near.of(word, SHARE).size > 0).length).toBeGreaterThanOrEqual(5);
    expect(near.of('io', SHARE).size).toBe(0);
  });
});
