import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../src/search/terms.js';

/** Plain dynamic-programming edit distance: the definition `near` must agree with. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min((previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (previous[j] as number) + 1, (row[j - 1] as number) + 1);
    }
    previous = row;
  }
  return previous[b.length] as number;
}

const sorted = (terms: Iterable<string>) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'i', 'k', 's', 't', '网', '格', '1'), minLength: 1, maxLength: 9 });

describe('the term dictionary', () => {
  const terms = sorted(['ambient', 'ambi', 'kubecon', 'kube', 'kubectl', 'mesh', '网格', '服务']);
  const dictionary = TermDictionary.fromSorted(terms);

  it('finds a term by binary search and says when it has none', () => {
    expect(dictionary.find('kubecon')).toBe(terms.indexOf('kubecon'));
    expect(dictionary.has('网格')).toBe(true);
    expect(dictionary.has('kubeco')).toBe(false);
    expect(TermDictionary.fromSorted([]).has('anything')).toBe(false);
  });

  it('lists the longer terms that start with a prefix, in order', () => {
    expect(dictionary.extensions('kube').map((id) => dictionary.term(id))).toEqual(['kubecon', 'kubectl']);
    expect(dictionary.extensions('mesh')).toEqual([]);
  });

  it('survives being taken apart and put back together, as an index file does', () => {
    const { text, starts } = dictionary.parts;
    const copy = new TermDictionary(text, starts);
    expect(Array.from({ length: copy.size }, (_, id) => copy.term(id))).toEqual(terms);
  });

  it('finds exactly the terms within the edit distance, with that distance, in order', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.integer({ min: 1, max: 3 }), (list, query, limit) => {
        const all = sorted(list);
        const found = TermDictionary.fromSorted(all).near(query, limit);
        const expected = all.flatMap((term, id) => {
          const d = distance(term, query);
          return d <= limit ? [{ id, distance: d }] : [];
        });
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
