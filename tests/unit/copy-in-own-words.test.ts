import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * A Chinese question typing the English words of a talk's title: the Chinese post tells that talk in its own words,
 * so its passage holds none of them. The user sees that passage first, not the event's overview.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a Chinese question typing an English title', () => {
  it.each([
    ['上海 enhancing certificate', /由 Chaomeng Zhang/],
    ['北京 pitfalls envoy', /Envoy 原理介绍/],
    ['北京 accelerating network', /eBPF/],
  ])('%s shows the Chinese passage telling the talk first', (question, told) => {
    const answer = engine.answer(question, { now });
    expect(answer.results[0]?.lang).toBe('zh');
    expect(answer.results[0]?.text).toMatch(told);
  });

  it('keeps the passage of the talk when its speaker also gave another talk there', () => {
    const answer = engine.answer('阿姆斯特丹 faster development environments', { now });
    expect(answer.results[0]?.text).toMatch(/更快的 Istio 开发环境/);
  });

  it('leaves an English question to the English passages', () => {
    const answer = engine.answer('enhancing certificate management shanghai', { now });
    expect(answer.results[0]?.lang).toBe('en');
  });
});
