/**
 * Whether a kind of event is held any more ("istiocon 还有吗", "any more istio days?"): a user notices the answer line saying
 * no next one is announced and naming the latest, where a plain search gave no line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const line = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('is it held any more', () => {
  it('names the latest of the kind, in Chinese and in English', () => {
    expect(line('istiocon 现在还有吗')).toMatch(/IstioCon China 2023/);
    expect(line('还有没有 istio day 啊')).toMatch(/Istio Day North America 2025/);
    expect(line('do they still do istiocon')).toMatch(/IstioCon China 2023/);
    expect(line('any more istio days planned?')).toMatch(/Istio Day North America 2025/);
  });

  it('leaves a question about one event named by its city to that event', () => {
    expect(understand('巴黎 istio day 还有别的录像吗').time).toBeNull();
  });
});
