/**
 * A plain topic search shows first the passage telling a talk titled with the topic, not one that mentions the words
 * in passing (the London kiosk's "questions about … multi-cluster …, ambient mode"); shipped index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a topic search', () => {
  it.each([
    ['multicluster ambient', /^Istio Ambient Goes Multicluster/],
    ['multi cluster ambient', /^Istio Ambient Goes Multicluster/],
  ])('%s: the talk titled with the topic comes first', (q, title) => {
    expect(engine.answer(q).results[0]?.text).toMatch(title);
  });

  it('keeps the ranking of a search that no talk is titled with', () => {
    const answer = engine.answer('anything about the kiosk');
    expect(answer.results[0]?.text).toMatch(/kiosk/i);
  });
});
