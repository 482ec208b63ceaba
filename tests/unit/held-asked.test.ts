/**
 * Whether an event has taken place, or took place somewhere, asked yes or no ("kubecon 欧洲 2026 开了没", "has istio day
 * europe happened yet"): a user notices the answer line giving its dates and city, where a plain search gave none.
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

describe('has it taken place', () => {
  it('is answered by the dates and the place, in Chinese', () => {
    expect(line('阿姆斯特丹的 kubecon 2026 开完了没')).toMatch(/2026 年 3 月 23 日至 26 日/);
    expect(line('istiocon 2022 已经举行过了吗')).toMatch(/2022 年 4 月 25 日至 29 日/);
    expect(line('2024 北美 istio day 是不是在盐湖城办的')).toMatch(/盐湖城/);
  });

  it('is answered by the dates and the place, in English', () => {
    expect(line('did the paris istio day take place yet')).toMatch(/19 March 2024, Paris/);
    expect(line('has the european istio day happened already')).toMatch(/1 April 2025, London/);
    expect(line('was kubecon eu 2023 held in amsterdam')).toMatch(/Amsterdam/);
  });

  it('answers a month guessed, yes or no, with the dates', () => {
    expect(line('盐湖城的 kubecon 是十一月吗')).toMatch(/2024 年 11 月 12 日至 15 日/);
    expect(line('istiocon 2022 是不是 4 月')).toMatch(/2022 年 4 月 25 日至 29 日/);
    expect(line('was the london istio day on april 1')).toMatch(/1 April 2025/);
  });

  it('answers a city guessed, yes or no, with the place', () => {
    expect(line('上海那个 istiocon 是在上海办的吧')).toMatch(/上海/);
    expect(line('2024 欧洲 kubecon 在巴黎吗')).toMatch(/2024 年 3 月 19 日至 22 日，巴黎/);
    expect(line('was the 2023 north america istio day in chicago')).toMatch(/6 November 2023, Chicago/);
  });

  it('is no date asked when nothing says an event is held', () => {
    expect(understand('ambient 是不是在 kubecon 上开源的').ask).not.toBe('when');
    expect(understand('ambient 开源了吗').ask).not.toBe('when');
  });
});
