import { describe, expect, it } from 'vitest';
import { buildWorkload, misspell, seededRandom } from '../../src/bench/workload.js';

const workload = buildWorkload();
const share = (predicate: (query: (typeof workload)[number]) => boolean) => workload.filter(predicate).length / workload.length;

describe('the benchmark workload', () => {
  it('has at least 500 queries, the same ones in the same order every time', () => {
    expect(workload.length).toBeGreaterThanOrEqual(500);
    expect(buildWorkload()).toEqual(workload);
    expect(buildWorkload({ seed: 7 }).map((query) => query.text)).not.toEqual(workload.map((query) => query.text));
  });

  it('asks in English and in Chinese, with one to six words in each', () => {
    expect(share((query) => query.lang === 'en')).toBeCloseTo(0.6, 2);
    for (const lang of ['en', 'zh'] as const) {
      const counts = new Set(workload.filter((query) => query.lang === lang).map((query) => query.wordCount));
      expect([...counts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    }
    const chinese = workload.filter((query) => query.lang === 'zh');
    expect(chinese.every((query) => /\p{Script=Han}/u.test(query.words) || query.noMatch || query.typo)).toBe(true);
    const english = workload.filter((query) => query.lang === 'en');
    expect(english.every((query) => query.words.split(' ').length === query.wordCount)).toBe(true);
  });

  it('has typos, filters and questions that cannot match, each in a tenth of the queries or more', () => {
    expect(share((query) => query.typo)).toBeGreaterThanOrEqual(0.1);
    expect(share((query) => query.filters.length > 0 && !query.noMatch)).toBeGreaterThanOrEqual(0.1);
    expect(share((query) => query.noMatch)).toBeGreaterThanOrEqual(0.1);
    const filters = new Set(workload.flatMap((query) => query.filters.map((filter) => filter.split(':')[0])));
    expect([...filters].sort()).toEqual(['event', 'lang', 'year']);
    expect(workload.some((query) => query.text.includes('event:"istio day"'))).toBe(true);
  });

  it('gives the baselines the free words alone and our engine the words with their filters', () => {
    for (const query of workload) {
      expect(query.words).not.toMatch(/\b(lang|year|event):/);
      expect(query.text).toBe([query.words, ...query.filters].join(' '));
    }
  });

  it('makes no-match questions of words no post can contain, or of a year before the posts', () => {
    for (const query of workload.filter((candidate) => candidate.noMatch)) {
      const madeUp = /^[bcdfghjklmnpqrstvwxz ]+$/.test(query.words) || /^[龘靐齉麤爩籱灪齾龖厵 ]+$/u.test(query.words);
      expect(madeUp || query.filters.includes('year:2009')).toBe(true);
    }
  });

  it('misspells a word by one slip: never the same word, never more than one letter longer or shorter', () => {
    const random = seededRandom(1);
    for (const word of ['kubecon', 'ambient', 'security', 'waypoint', 'steering']) {
      for (let i = 0; i < 20; i += 1) {
        const slipped = misspell(word, random);
        expect(slipped).not.toBe(word);
        expect(Math.abs(slipped.length - word.length)).toBeLessThanOrEqual(1);
      }
    }
  });
});
