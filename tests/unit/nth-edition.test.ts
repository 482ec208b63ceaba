import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

describe('an edition named by its rank', () => {
  it('is read from an ordinal said right before a series the community holds (en and zh)', () => {
    expect(understand('talks of the third istio day').edition).toBe(3);
    expect(understand('the 2nd istio con').edition).toBe(2);
    expect(understand('第二届istiocon 的议题').edition).toBe(2);
    expect(understand('第4次 istio day').edition).toBe(4);
    // The ordinal is no word searched for.
    expect(understand('talks of the third istio day').words.groups.map(({ word }) => word)).not.toContain('third');
  });

  it('is not read from an ordinal counted from the end, of a day, or of something else', () => {
    expect(understand('倒数第二届 istiocon').edition).toBeNull();
    expect(understand('倒数 第二届 istiocon').edition).toBeNull();
    expect(understand('second to last istio day').edition).toBeNull();
    expect(understand('the second day of istiocon').edition).toBeNull();
    expect(understand('third most pulled image on docker hub').edition).toBeNull();
    expect(understand('第三次 kubecon').edition).toBeNull();
  });
});

describe('the answer about an edition named by its rank', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is that edition, counted by date from the first', () => {
    expect(engine.answer('when did the 2nd istio con happen').direct?.text).toMatch(/^IstioCon 2022: 25 to 29 April 2022/);
    expect(engine.answer('第三届 istio day 在哪个城市').direct?.text).toMatch(/^Istio Day Europe 2024：.*巴黎/);
    expect(engine.answer('who talked at the second istio day').direct?.text).toMatch(/^Speakers at Istio Day North America 2023:/);
  });

  it('counts among the region named, and looks after or before it', () => {
    expect(engine.answer('when was the second istio day in europe').direct?.text).toMatch(/^Istio Day Europe 2024: 19 March 2024, Paris/);
    expect(engine.answer('what followed the second istiocon').direct?.text).toMatch(/^IstioCon China 2023/);
    expect(engine.answer('what came before the third istio day').direct?.text).toMatch(/^Istio Day North America 2023/);
  });

  it('has no line for an edition past those the posts know', () => {
    expect(engine.answer('the fifth istiocon').direct).toBeUndefined();
    expect(engine.answer('when was the 9th istio day').direct).toBeUndefined();
  });
});
