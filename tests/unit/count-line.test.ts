/** "How many …": the line quotes the sentence that gives a count of what is asked (shipped index). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the count line', () => {
  it('quotes the sentence that counts what the question counts, in en and zh, from the passage shown first', () => {
    const answer = engine.answer('how many people registered for the first istiocon');
    expect(answer.direct?.text).toMatch(/4,000 (people|registrants)/);
    expect(answer.results[0]?.text).toContain('4,000');
    expect(engine.answer('北京 meetup 有几家合作伙伴').direct?.text).toMatch(/六家|6 家|合作伙伴/);
  });

  it('counts the Chinese noun said before a measure word that ends the question, not whatever that measure word counts', () => {
    // "两位主席" also counts with 位: the contributors are what is counted.
    const answer = engine.answer('芝加哥 istio day 那次 贡献者 一共有多少位');
    expect(answer.direct?.text).toContain('前 20');
    expect(answer.direct?.text).not.toContain('两位主席');
  });

  it('says nothing when the question names nothing it counts, or when no passage counts it', () => {
    expect(engine.answer('istiocon 2021 how many').direct).toBeUndefined();
    expect(engine.answer('how many giraffes came to istio day').direct).toBeUndefined();
  });
});
