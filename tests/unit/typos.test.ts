import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { Finder } from '../../src/find/index.js';
import { shippedIndexes } from '../helpers/engine.js';

/**
 * Questions as people mistype them (a letter dropped, doubled, swapped or wrong), each beside the
 * question it means. Written from the words of the posts (events, cities, project terms).
 */
const IN_VOCABULARY: readonly [typed: string, meant: string][] = [
  ['multiclustr failover', 'multicluster failover'],
  ['sidecarles', 'sidecarless'],
  ['amsterdm', 'amsterdam'],
  ['chciago', 'chicago'],
  ['atlnta istio day', 'atlanta istio day'],
  ['graduaton', 'graduation'],
  ['kubecon chicgo', 'kubecon chicago'],
  ['istoicon 2022', 'istiocon 2022'],
  ['contribfst', 'contribfest'],
  ['istio day sponsr', 'istio day sponsor'],
];
/** Misspelled words the vocabulary (src/domain) does not hold: only the index's typo tolerance reads them. */
const OUTSIDE_VOCABULARY: readonly [typed: string, meant: string][] = [
  ['ambient mesh deafult', 'ambient mesh default'],
  ['kialli', 'kiali'],
  ['skyscannr istio', 'skyscanner istio'],
  ['salesforse', 'salesforce'],
];
const MISSPELLED = [...IN_VOCABULARY, ...OUTSIDE_VOCABULARY];

let on: Answerer;
let off: Answerer;
beforeAll(async () => {
  const { corpus, indexes } = await shippedIndexes();
  on = new Answerer(corpus, new Finder(corpus, indexes));
  off = new Answerer(corpus, new Finder(corpus, indexes, { typos: 0 }));
});

/** Whether the first post the misspelled question finds is one of the first three the well-spelled one finds. */
const finds = (engine: Answerer, typed: string, meant: string): boolean => {
  const wanted = on.answer(meant).results.map((result) => result.postUrl);
  const first = engine.answer(typed).results[0]?.postUrl;
  return first !== undefined && wanted.includes(first);
};

/** Whether the misspelled question reaches, anywhere in its first three, the post the well-spelled one finds first. */
const reaches = (engine: Answerer, typed: string, meant: string): boolean => {
  const wanted = on.answer(meant).results[0]?.postUrl;
  return wanted !== undefined && engine.answer(typed).results.map((result) => result.postUrl).includes(wanted);
};

describe('misspelled questions', () => {
  it.each(MISSPELLED)('"%s" finds what "%s" finds', (typed, meant) => {
    expect(finds(on, typed, meant)).toBe(true);
  });

  it('need the typo tolerance for words the vocabulary does not hold: without it, none of them finds its post', () => {
    expect(OUTSIDE_VOCABULARY.filter(([typed, meant]) => reaches(off, typed, meant))).toEqual([]);
    expect(OUTSIDE_VOCABULARY.filter(([typed, meant]) => reaches(on, typed, meant)).length).toBeGreaterThanOrEqual(OUTSIDE_VOCABULARY.length - 1);
  });

  it('read a misspelled word of the vocabulary as that word, even without the typo tolerance', () => {
    expect(IN_VOCABULARY.filter(([typed, meant]) => !finds(off, typed, meant))).toEqual([]);
  });

});
