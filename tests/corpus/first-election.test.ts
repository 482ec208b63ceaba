/**
 * The first election of a governance body, asked with no year ("when was the first steering committee election",
 * "第一次指导委员会选举什么时候投票"): the body's first post answers (the 2020 charter that opened the Community Seats'
 * first vote), not the newest election's call, which ranks first otherwise; a post titled with both bodies ("Steering
 * and TOC updates") dates neither one's first election (istio.io posts and the project's own).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

describe('the first election of a body is answered from its first post', () => {
  it.each([
    ['when was the first steering committee election', /14 to 27 September/],
    ['第一次指导委员会选举什么时候投票', /9 月 14 日至 27 日/],
  ])('%s', (question, said) => {
    const answer = engine.answer(question);
    expect(answer.direct?.text).toMatch(said);
    expect(answer.results[0]?.url).toMatch(/\/blog\/2020\/steering-changes\//);
  });

  it('answers the first toc election from the toc’s own posts, not the steering committee’s first', () => {
    expect(engine.answer('toc 第一次选举什么时候').results[0]?.url).toMatch(/\/blog\/2024\/toc-charter-elections\//);
  });
});
