/**
 * "when did the steering committee introduce izzy": news that is no event, told with its day in the first passage of a
 * post about a later event (the book launch), is dated by that sentence, in either language, not left without a line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('news dated by the sentence that tells it', () => {
  it('quotes the sentence that gives the day the mascot was introduced', () => {
    expect(engine.answer('when did the steering committee introduce izzy').direct?.text).toMatch(/On 8 March 2024 the Istio Steering Committee introduced Izzy/);
    expect(engine.answer('指导委员会哪天发布了 izzy').direct?.text).toMatch(/2024 年 3 月 8 日，Istio 指导委员会发布了 Izzy/);
  });
});
