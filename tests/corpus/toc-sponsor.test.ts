/**
 * A CNCF "TOC sponsor", asked in a Chinese chat in English words ("toc sponsor"): the Chinese posts render it 倡议者 (the
 * graduation post) or 项目辅导 (the incubation post), so the word group that joins them finds the sentence that names
 * them, quoted in the line (istio.io posts and the project's own).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

describe('a TOC sponsor is the 倡议者 or 项目辅导 of the Chinese posts', () => {
  it.each([
    ['istio 毕业那会儿的 toc sponsor 是哪两位', /TOC 倡议者 Emily Fox 和 Nikhita Raghunath/],
    ['istio 当年进 cncf 孵化的 toc sponsor 是谁', /TOC 项目辅导 Dave Zolotusky/],
  ])('%s', (question, said) => {
    expect(engine.answer(question).direct?.text).toMatch(said);
  });
});
