/** "latest toc election winners": the newest election's results, not an older post ranked above them. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutcomeLines } from '../../src/answer/outcome-line.js';
import { Outcomes } from '../../src/facts/index.js';
import type { Corpus, RankedPassages } from '../../src/find/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((passage, index) => ({ passage, score: passages.length - index, terms: () => [] }));

describe('the results of the latest election', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/governance', import.meta.url))] });
  });
  const post = (path: string) => corpus.passages.filter((one) => one.lang === 'en' && one.postId.includes(path));

  it('quotes the newest results of the body named, though an older results post ranks first', () => {
    const lines = new OutcomeLines(corpus.passages, new Outcomes(corpus.passages));
    // The 2031 results rank first (their words match better); the 2032 vote is the latest.
    const olderFirst = rankedOf([...post('2031/toc-election-results'), ...post('2032/toc-election-results')]);
    expect(lines.answer(understand('most recent toc vote winners'), olderFirst)?.direct.text).toMatch(/^2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    const onlyOlder = rankedOf(post('2031/toc-election-results'));
    expect(lines.answer(understand('newest toc election results'), onlyOlder)?.direct.text).toMatch(/Ana Lima/);
  });

  it("gives no older election's results when the newest has none in either language", () => {
    const lines = new OutcomeLines(corpus.passages, new Outcomes(corpus.passages));
    const english = corpus.passages.filter((one) => one.lang === 'en');
    const onlyEnglish = new OutcomeLines(english, new Outcomes(english));
    // Without the Chinese posts, the 2032 Steering election has no results: 2031's are no answer.
    expect(onlyEnglish.answer(understand('latest steering election winners'), rankedOf(post('2031/steering-election-results')))).toBeUndefined();
    expect(lines.answer(understand('who was elected to the steering committee in 2031'), rankedOf(post('2031/steering-election-results')))?.direct.text).toMatch(/Marta Olsen/);
  });

  it('answers who won an election asked of no year with its newest results, not the older post ranked first', () => {
    const lines = new OutcomeLines(corpus.passages, new Outcomes(corpus.passages));
    const olderFirst = rankedOf([...post('2031/toc-election-results'), ...post('2032/toc-election-results')]);
    expect(lines.answer(understand('who won the toc vote'), olderFirst)?.direct.text).toMatch(/^2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    expect(lines.answer(understand('toc election results'), olderFirst)?.direct.text).toMatch(/Ana Lima/);
    // A candidate named says which election is meant: the ranking's, not the newest.
    expect(lines.answer(understand('toc election winners priya nair'), olderFirst)?.direct.text).toMatch(/^2031 .*Priya Nair/);
    // So does a year.
    expect(lines.answer(understand('who won the 2031 toc vote'), olderFirst)?.direct.text).toMatch(/^2031 .*Priya Nair/);
  });
});
