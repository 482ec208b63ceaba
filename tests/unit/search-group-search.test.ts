import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { GroupSearcher, type GroupQuery } from '../../src/search/group-search.js';
import { InvertedIndex } from '../../src/search/postings.js';
import { analyze, processTerm } from '../../src/search/schema.js';
import { tokenize } from '../../src/search/tokenize.js';

const FIELDS = ['title', 'text'];
const BOOST = { title: 2, text: 1 };

/**
 * What the engine read from MiniSearch before GroupSearcher replaced it: each group searched as
 * one OR query over its terms, scores divided by the number of matched terms and multiplied by
 * the share of the best alternative matched, merged per document in result order.
 */
function reference(documents: string[][], groups: GroupQuery[], fuzziness: (term: string) => number | false) {
  const index = new MiniSearch<{ id: number; title: string; text: string }>({ fields: FIELDS, storeFields: [], tokenize, processTerm });
  index.addAll(documents.map(([title = '', text = ''], id) => ({ id, title, text })));
  const merged = new Map<number, { scores: number[]; credits: number[]; coverage: number; terms: Set<string>; fields: Set<string> }>();
  groups.forEach((group, g) => {
    const hits = index.search(
      { combineWith: 'OR', queries: [...new Set(group.alternatives.flat())] },
      { boost: BOOST, fuzzy: (term) => fuzziness(term), prefix: (term) => fuzziness(term) !== false },
    );
    for (const hit of hits) {
      const matched = new Set(hit.queryTerms);
      const credit = Math.max(...group.alternatives.map((terms) => terms.filter((term) => matched.has(term)).length / terms.length));
      let entry = merged.get(hit.id as number);
      if (!entry) {
        entry = { scores: groups.map(() => 0), credits: groups.map(() => 0), coverage: 0, terms: new Set(), fields: new Set() };
        merged.set(hit.id as number, entry);
      }
      entry.scores[g] = (hit.score / Math.max(1, hit.queryTerms.length)) * credit;
      entry.credits[g] = credit;
      entry.coverage += credit / groups.length;
      for (const term of hit.terms) entry.terms.add(term);
      for (const fields of Object.values(hit.match)) for (const field of fields) entry.fields.add(field);
    }
  });
  return merged;
}

function compare(documents: string[][], groups: GroupQuery[], fuzziness: (term: string) => number | false, exact: boolean) {
  const expected = reference(documents, groups, fuzziness);
  const searcher = new GroupSearcher(InvertedIndex.build(FIELDS, documents, tokenize, processTerm));
  // Twice: the second answer comes from the cache of group results.
  for (const found of [searcher.search(groups, { boost: BOOST, fuzziness, analyze }), searcher.search(groups, { boost: BOOST, fuzziness, analyze })]) {
    expect([...found.docs]).toEqual([...expected.keys()].sort((a, b) => a - b));
    found.docs.forEach((doc, u) => {
      const entry = expected.get(doc);
      if (!entry) throw new Error(`unexpected document ${doc}`);
      groups.forEach((_, g) => {
        if (exact) expect(found.score(u, g)).toBe(entry.scores[g]);
        else expect(found.score(u, g)).toBeCloseTo(entry.scores[g] as number, 9);
        expect(found.credit(u, g)).toBe(entry.credits[g]);
      });
      expect(found.coverage(u)).toBe(entry.coverage);
      expect(new Set(found.terms(u))).toEqual(entry.terms);
      for (const field of FIELDS) expect(found.matchedIn(u, field)).toBe(entry.fields.has(field));
    });
    if (exact) {
      // MiniSearch's merged result order is what a stable sort keeps among equal scores.
      const order = [...expected.keys()].map((doc) => found.docs.indexOf(doc));
      for (let i = 1; i < order.length; i += 1) expect(found.before(order[i - 1] as number, order[i] as number)).toBe(true);
    }
  }
}

const VOCABULARY = ['istio', 'ambient', 'mesh', 'meshes', 'kubecon', 'extensions', 'talk', 'talks', 'the', 'video', '服务网格', '网格', 'day', 'days', 'cluster', 'multi-cluster'];
const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((words) => words.join(' '));
const documents = fc.array(fc.tuple(text, text).map(([title, body]) => [title, body]), { minLength: 1, maxLength: 25 });
const alternative = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }).map((words) => analyze(words.join(' ')));
const groups = fc.array(fc.record({ alternatives: fc.array(alternative, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 });

describe('GroupSearcher', () => {
  it('reads the same scores, credits, coverage, fields, terms and result order as MiniSearch, to the bit', () => {
    fc.assert(
      fc.property(documents, groups, (docs, query) => compare(docs, query, () => false, true)),
      { numRuns: 200 },
    );
  });

  it('matches misspelt and shortened words as MiniSearch does, to within rounding', () => {
    const typos = fc.array(fc.record({ alternatives: fc.constantFrom([['istoi']], [['ambien']], [['kubecn'], ['meshs']], [['exten']], [['clustr', 'istio']]) }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(documents, typos, (docs, query) => compare(docs, query, (term) => (term.length >= 5 && !VOCABULARY.includes(term) ? 0.2 : false), false)),
      { numRuns: 200 },
    );
  });
});
