import { beforeAll, describe, expect, it } from 'vitest';
import { searchGroup } from '../../src/find/groups.js';
import { NearTerms } from '../../src/find/near-terms.js';
import type { Corpus, Indexes } from '../../src/find/index.js';
import { analyze, processTerm } from '../../src/store/index.js';
import { shippedIndexes } from '../helpers/engine.js';

/**
 * Words of the posts whose index term changes when stemmed a second time ("proposals" is "propos",
 * stemmed again "propo"; "attendees" is "attende", again "attend", another word's term).
 */
const RESTEMMED = ['proposals', 'attendees', 'committee'];

let corpus: Corpus;
let indexes: Indexes;
beforeAll(async () => {
  ({ corpus, indexes } = await shippedIndexes());
});

describe('the question’s words are searched as the index terms they already are', () => {
  for (const word of RESTEMMED) {
    it(`"${word}" finds every passage that says it, and matches its own term only`, () => {
      const [term] = analyze(word);
      if (term === undefined) throw new Error(`"${word}" has no index term`);
      // What makes the case: stemming the term again changes it.
      expect(processTerm(term)).not.toBe(term);
      const hits = searchGroup(indexes.passageIndex, { word, alternatives: [[term]] }, { typos: 0, near: new NearTerms(indexes.typoTerms) }).hits;
      const found = new Set(hits.ids);
      const saying = corpus.passages.flatMap((passage, id) => (analyze(passage.text).includes(term) ? [id] : []));
      expect(saying.length).toBeGreaterThan(0);
      expect(saying.filter((id) => !found.has(id))).toEqual([]);
      for (let at = 0; at < hits.length; at += 1) expect(hits.termsOf(at)).toEqual([term]);
    });
  }
});
