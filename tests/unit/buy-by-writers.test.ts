/**
 * "buy the book by <its writers>": the writers' names rank the passage on their giveaway of it first; asked to buy, the
 * sentence of that post that says where the book is sold (the CNCF store) answers, and a free copy asked still the giveaway.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('buying a book named by its writers', () => {
  it('quotes where the post says it is sold, and shows that passage first', () => {
    for (const q of ['purchase the lin sun and faseela k book', 'can i buy the book faseela and lin sun wrote']) {
      const answer = engine.answer(q);
      expect(answer.direct?.text, q).toMatch(/CNCF online store/);
      expect(answer.results[0]?.text, q).toMatch(/CNCF online store/);
    }
  });

  it('still quotes the giveaway when a free copy is asked', () => {
    expect(engine.answer('where to get a free copy of the book by faseela and lin sun').direct?.text).toMatch(/gave away free copies/);
  });
});
