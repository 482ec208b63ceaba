import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/** The `talks` command naming an organisation whose name holds a short word ("io" of Solo.io): its talks, not an event's. */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('talks <organisation>', () => {
  it('lists the talks of the organisation, whatever event a word of its name might name', () => {
    for (const question of ['talks by solo.io', 'talks from solo.io']) {
      const answer = engine.answer(question);
      expect(answer.direct?.text, question).toMatch(/^Talks by Solo\.io at /);
      expect(answer.talks.length, question).toBeGreaterThan(3);
    }
  });
});
