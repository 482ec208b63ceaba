/**
 * A Chinese character typed alone names no event whose name's word holds it: 加 ("plus") of "istio 加 k8gb" is not the 加
 * of 芝加哥 (Chicago), so no line about Chicago's slides; the city typed whole still names its Istio Day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a lone Chinese character and the events it names', () => {
  it('names none by being part of a city', () => {
    const answer = engine.answer('istio 加 wasm 的 ppt');
    expect(answer.direct?.text ?? '').not.toContain('Istio Day North America 2023');
    expect(answer.events.map((event) => event.name)).not.toContain('Istio Day North America 2023');
  });

  it('leaves the whole city naming its event', () => {
    expect(engine.answer('芝加哥 istio day 的 ppt').direct?.text).toContain('Istio Day North America 2023');
  });
});
