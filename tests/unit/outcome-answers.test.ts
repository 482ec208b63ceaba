import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import type { Corpus } from '../../src/find/index.js';

/** A call for candidates (2031, 2032) and the results of 2031, in en and zh. */
const GOVERNANCE = fileURLToPath(new URL('../fixtures/governance', import.meta.url));

let corpus: Corpus;
let engine: Answerer;
beforeAll(async () => {
  corpus = await buildCorpus({ contentDirs: [GOVERNANCE] });
  engine = Answerer.fromCorpus(corpus);
});

describe('who won or was elected', () => {
  it('ranks the results post that names the winners above the call for candidates', () => {
    const answer = engine.answer('who won the 2031 steering election');
    expect(answer.results[0]?.postUrl).toMatch(/steering-election-results/);
    expect(answer.results[0]?.text).toContain('Marta Olsen');
  });

  it('answers with a line quoting who the results post says was elected, with its link', () => {
    const answer = engine.answer('who was elected to the steering committee in 2031');
    expect(answer.direct?.text).toMatch(/^2031 Steering Committee Election Results: .*Marta Olsen.*Kenji Arai/);
    expect(answer.direct?.url).toMatch(/\/blog\/2031\/steering-election-results\/$/);
    expect(answer.direct?.lang).toBe('en');
  });

  it('answers a Chinese question from the Chinese post, in Chinese', () => {
    const answer = engine.answer('2031 年 指导委员会 谁当选');
    expect(answer.direct).toMatchObject({ lang: 'zh' });
    expect(answer.direct?.text).toMatch(/^2031 年指导委员会选举结果：.*当选.*Marta Olsen/);
    expect(answer.direct?.url).toContain('/zh/blog/2031/steering-election-results/');
  });

  it('answers "who got in" with the results post when it ranks first, though no word of the question says elected', () => {
    const answer = engine.answer('who got in to the toc in 2031');
    expect(answer.direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair.*Tomas Berg/);
  });

  it('answers "the latest election" with the results of the newest election, not those of one before it', () => {
    expect(engine.answer('latest toc election').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
    // The 2032 election has opened and has no results yet: the 2031 results are no answer.
    expect(engine.answer('latest steering election').direct).toBeUndefined();
  });

  it('answers "the latest election" with who was elected when its first passage says it', () => {
    expect(engine.answer('最新的 指导委员会 选举').direct?.text).toMatch(/^2031 年指导委员会选举结果：.*Marta Olsen/);
  });

  it('gives no line when no post of the year asked about names who was elected', () => {
    const answer = engine.answer('who won the 2032 steering election', { limit: 10 });
    expect(answer.results.some((result) => result.postUrl.includes('/2032/steering-election/'))).toBe(true);
    // The 2031 results are not the 2032 ones: no line rather than the wrong year's names.
    expect(answer.direct).toBeUndefined();
  });

  it('gives no line to a question that does not ask who won', () => {
    expect(engine.answer('steering election 2031 voters').direct).toBeUndefined();
  });
});
