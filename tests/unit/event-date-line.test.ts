/** The line of a "when" or "where" question about one event gives its dates and place, unless what is asked is its call's (shipped index). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the event date line', () => {
  it('names the event\'s date for a question about the event', () => {
    expect(engine.answer('when did the chicago istio day take place').direct?.text).toMatch(/^Istio Day North America 2023: 6 November 2023/);
  });

  it('gives no line when the date or place asked is of its call for proposals, not of the event', () => {
    expect(engine.answer('when were the chicago istio day speakers notified').direct).toBeUndefined();
    expect(engine.answer('芝加哥 istio day 2023 的提交地址在哪').direct).toBeUndefined();
  });

  it('gives no line when what is asked is where to download a file of the event, not where it was', () => {
    expect(engine.answer('where is the first istiocon recap report available to download').direct).toBeUndefined();
    expect(engine.answer('where was the first istiocon held').direct?.text).toMatch(/^IstioCon 2021: 22 February 2021, online/);
  });
});
