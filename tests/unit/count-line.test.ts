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

  it('says nothing when the question names nothing it counts, or when no passage counts it', () => {
    expect(engine.answer('istiocon 2021 how many').direct).toBeUndefined();
    expect(engine.answer('how many giraffes came to istio day').direct).toBeUndefined();
  });
});
