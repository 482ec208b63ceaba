/** An event's page that only one language's posts link serves the other language's questions too (istio.io's posts and ours). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { corpusEngine } from '../helpers/istio-corpus.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await corpusEngine('istio-first');
}, 120_000);

describe('a registration page the Chinese posts do not link', () => {
  it('is given to a Chinese question from the English posts, not the event page in its place', () => {
    const line = engine.answer('阿姆斯特丹 istio day 怎么报名').direct;
    expect(line?.text).toBe('Istio Day Europe 2023 的报名（已于 2023 年 4 月 18 日举办，活动已结束）');
    expect(line?.url).toMatch(/kubecon-cloudnativecon-europe\/register\/$/);
  });
});
