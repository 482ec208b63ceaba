import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** Nothing after KubeCon Europe 2026 is announced on this day. */
const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('下一站 said of a kind of event', () => {
  it('asks for the next one to come, as "next stop" does; said of a past one, what followed it', () => {
    expect(line('istio day 下一站是哪')).toMatch(/^尚未公布新的活动；最近一场：Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大/);
    expect(line('kubecon 的下一站呢')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
    expect(line('巴黎那场 istio day 的下一站')).toMatch(/^Istio Day North America 2024：2024 年 11 月 12 日/);
  });
});
