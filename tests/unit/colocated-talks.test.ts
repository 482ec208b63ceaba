import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * Talks on a topic asked of a KubeCon whose own sessions and tracks hold none on it, but whose co-located Istio Day
 * had one, list that talk: the Istio Day was part of that conference's week, and the user sees the talk, not an
 * overview passage.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('topic talks at a conference held at its co-located event', () => {
  it.each([
    ['kiali sessions at kubecon london', /Kiali/],
    ['any talk on autoscaling during kubecon na 2025', /Autoscaling/],
    ['亚特兰大 kubecon 有没有讲 autoscaling 的议题', /Autoscaling/],
  ])('%s lists the Istio Day talk', (question, title) => {
    const answer = engine.answer(question, { now });
    expect(answer.intent).toBe('talks');
    expect(answer.talks[0]?.title).toMatch(title);
    expect(answer.direct?.text).toMatch(/Istio Day/);
  });

  it('keeps the conference own talks first when they hold the topic', () => {
    const answer = engine.answer('ambient talks at kubecon atlanta 2025', { now });
    expect(answer.direct?.text).toMatch(/^Talks on ambient at KubeCon \+ CloudNativeCon North America 2025/);
  });

  it('lists the recordings of the co-located Istio Day for a conference whose own sessions have none', () => {
    const answer = engine.answer('recordings from kubecon chicago', { now });
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    for (const talk of answer.talks) {
      expect(talk.video).not.toBeNull();
      expect(talk.event).toBe('Istio Day North America 2023');
    }
  });

  it('leaves a film no talk is titled with to the passages', () => {
    const answer = engine.answer('kubecon chicago 2023 graduation congratulations video', { now });
    expect(answer.intent).toBe('search');
  });
});
