/** Companies the posts name in English, asked by the names Chinese readers give them (贝莱德, 沃达丰): shipped index. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a company named in Chinese where the posts write its English name', () => {
  it('picks the talks its people gave', () => {
    expect(engine.answer('贝莱德的多集群演讲').direct?.text).toMatch(/BlackRock.*Navigating the maze of multi-cluster Istio/u);
  });

  it('finds the passage that names it first', () => {
    expect(engine.answer('沃达丰的主题演讲').results[0]?.text).toMatch(/Vodafone/);
  });
});
