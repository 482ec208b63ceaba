import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * "How many" said of the registration words themselves ("how many signups", "how many registrations") counts people
 * who registered: the user gets the number the posts give, not the event's registration link.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('how many signups', () => {
  it.each(['how many signups did istiocon 2021 get', 'istiocon 2021, how many sign-ups'])('%s is a count', (question) => {
    expect(understand(question).ask).toBe('how-many');
    const answer = engine.answer(question, { now });
    expect(`${answer.direct?.text ?? ''} ${answer.results[0]?.text ?? ''}`).toMatch(/4,000/);
  });

  it('keeps the registration link for "where do signups happen"', () => {
    expect(understand('where do signups for istiocon 2021 happen').ask).toBe('register');
  });
});
