import { beforeAll, describe, expect, it } from 'vitest';
import { Finder, type Corpus, type Indexes } from '../../src/find/index.js';
import { transpositions } from '../../src/find/typos.js';
import { understand } from '../../src/understand/index.js';
import { shippedIndexes } from '../helpers/engine.js';

let corpus: Corpus;
let indexes: Indexes;
beforeAll(async () => {
  ({ corpus, indexes } = await shippedIndexes());
});

/** Questions of every shape: topics, filters, years, places, wants, Chinese, typos, nothing to find. */
const QUESTIONS = [
  'ambient',
  'istio day paris slides',
  'kubecon 2024 video',
  'latest istio day',
  'ambient lang:zh',
  'year:2019 istiocon',
  'event:"istio day" ambient',
  'event:kubecon year:2009 ambient',
  '"service mesh" multicluster',
  '伦敦 Istio Day 幻灯片',
  'chciago',
  'contribfst',
  'qwzxv plorbt',
];

/** How many searches of `index` ran while `run` ran, and how many of them had a typo search nested (its prefix search of the word). */
function countSearches(index: Indexes['talkIndex'] | Indexes['passageIndex'], run: () => void): { all: number; typo: number; results: number } {
  const counts = { all: 0, typo: 0, results: 0 };
  const search = index.search.bind(index);
  index.search = ((query, options) => {
    counts.all += 1;
    if (JSON.stringify(query).includes('"prefix":true')) counts.typo += 1;
    const results = search(query, options);
    counts.results += results.length;
    return results;
  });
  try {
    run();
  } finally {
    index.search = search;
  }
  return counts;
}

const ranking = (finder: Finder, text: string) => finder.passages(understand(text)).slice().map(({ passage, score }) => `${passage.id} ${score.toFixed(6)}`);

describe('the find stage', () => {
  it('says a question finds something exactly when its ranking is not empty', () => {
    const finder = new Finder(corpus, indexes);
    for (const text of QUESTIONS) expect([text, finder.finds(understand(text))]).toEqual([text, finder.passages(understand(text)).length > 0]);
    expect(QUESTIONS.filter((text) => !finder.finds(understand(text)))).toEqual(['year:2019 istiocon', 'event:kubecon year:2009 ambient', 'qwzxv plorbt']);
  });

  it('ranks a question the same whatever was asked before it (hits are cached per word, weighed per question)', () => {
    const warm = new Finder(corpus, indexes);
    for (const text of QUESTIONS) ranking(warm, text);
    for (const text of [...QUESTIONS].reverse()) expect([text, ranking(warm, text)]).toEqual([text, ranking(new Finder(corpus, indexes), text)]);
  });

  it('pages through the same ranking it counts: every page is the slice of the whole, and the count is what the pages hold', () => {
    const finder = new Finder(corpus, indexes);
    const id = ({ passage }: { passage: { id: string } }) => passage.id;
    for (const text of [...QUESTIONS, 'istio', 'istio kubecon', 'service mesh', '服务 网格']) {
      const ranked = finder.passages(understand(text));
      const whole = ranked.slice().map(id);
      expect([text, whole.length]).toEqual([text, ranked.length]);
      const pages = [];
      for (let start = 0; start < ranked.length; start += 3) pages.push(...ranked.slice(start, start + 3).map(id));
      expect([text, pages]).toEqual([text, whole]);
      expect(new Set(whole).size).toBe(whole.length);
    }
  });

  it('reaches a word typed with two neighbouring letters swapped, ranked below the word spelled right', () => {
    const finder = new Finder(corpus, indexes);
    const right = finder.passages(understand('envoy')).slice(0, 1);
    const swapped = finder.passages(understand('evnoy')).slice(0, 1);
    expect(swapped[0]?.passage.id).toBe(right[0]?.passage.id);
    expect(swapped[0]?.score).toBeLessThan(right[0]?.score ?? 0);
    expect(new Finder(corpus, indexes, { typos: 0 }).passages(understand('evnoy')).length).toBe(0);
  });

  it('offers completions only for a word the index does not hold as typed, not when a filter found nothing', () => {
    const finder = new Finder(corpus, indexes);
    expect(finder.didYouMean(understand('contribfe'))).toContain('contribfest');
    expect(finder.didYouMean(understand('year:2009 contribfest'))).toEqual([]);
  });

  it('does not walk the vocabulary for completions of a word the typo search found nothing near', () => {
    const finder = new Finder(corpus, indexes);
    const walks = { count: 0 };
    const autoSuggest = indexes.passageIndex.autoSuggest.bind(indexes.passageIndex);
    indexes.passageIndex.autoSuggest = ((...args: Parameters<typeof autoSuggest>) => {
      walks.count += 1;
      return autoSuggest(...args);
    });
    try {
      finder.passages(understand('qwzxvplorbt'));
      expect(finder.didYouMean(understand('qwzxvplorbt'))).toEqual([]);
      expect(walks.count).toBe(0);
      finder.passages(understand('靐龘厵 year:2009'));
      expect(finder.didYouMean(understand('靐龘厵 year:2009'))).toEqual([]);
      expect(walks.count).toBe(0);
      finder.passages(understand('contribfe'));
      finder.didYouMean(understand('contribfe'));
      expect(walks.count).toBe(1);
    } finally {
      indexes.passageIndex.autoSuggest = autoSuggest;
    }
  });

  it('finds a talk by a misspelt speaker name, and searches the talks for no typo the passages have nothing near', () => {
    const finder = new Finder(corpus, indexes);
    const [talk] = corpus.talks.filter((one) => one.speakers.some((name) => name.split(' ')[0]!.length >= 6));
    const first = talk!.speakers.find((name) => name.split(' ')[0]!.length >= 6)!.split(' ')[0]!;
    const slip = first.slice(0, 2) + first[3] + first[2] + first.slice(4);
    finder.passages(understand(slip));
    expect(finder.talks(understand(slip)).map((one) => one.id)).toContain(talk!.id);
    const searches = countSearches(indexes.talkIndex, () => {
      finder.passages(understand('qwzxvplorbt'));
      finder.talks(understand('qwzxvplorbt'));
    });
    expect(searches.typo).toBe(0);
  });

  it('ranks a question with a word the reading corrects ("ambeint") exactly like the question spelled right', () => {
    const finder = new Finder(corpus, indexes);
    expect(understand('ambeint support on windows').words.groups.map((group) => group.word)).toContain('ambient');
    expect(ranking(finder, 'ambeint support on windows')).toEqual(ranking(finder, 'ambient support on windows'));
    // One search serves both: the misspelt word adds nothing the passages hold, so the hits of
    // "ambient" are not searched again (only whether the passages hold "ambeint" is looked up).
    const fresh = new Finder(corpus, indexes);
    fresh.passages(understand('ambient support on windows'));
    expect(countSearches(indexes.passageIndex, () => fresh.passages(understand('ambeint support on windows'))).results).toBe(0);
    // A misspelt city names the city, as the question spelled right does.
    expect(understand('istio day amsterdm').entities.cities).toEqual(['Amsterdam']);
    expect(ranking(finder, 'istio day amsterdm')).toEqual(ranking(finder, 'istio day amsterdam'));
  });

  it('spells every swap of neighbouring letters once', () => {
    expect(transpositions('abca')).toEqual(['baca', 'acba', 'abac']);
    expect(transpositions('aab')).toEqual(['aba']);
  });
});
