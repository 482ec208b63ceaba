/**
 * 上上届 ("the one before the last") said of a series with its region ("上上届欧洲 istio day", "上上次 kubecon 北美站") is the
 * edition of that region before its latest, as "istio day na before last" is, not the event of any region held before
 * the latest of that region. Today (6 December 2026, shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('上上届 with a region', () => {
  it('is the edition of that region before its latest', () => {
    expect(lineOf('北美的 istio day 上上届是在哪')).toMatch(/^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城/);
    expect(lineOf('上上届欧洲 istio day 几号')).toMatch(/^Istio Day Europe 2024：2024 年 3 月 19 日/);
  });

  it('is said 再上一届 too, with a region or without', () => {
    expect(lineOf('再上一届北美站 istio day 在哪个城市')).toMatch(/^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城/);
    expect(lineOf('再上一次的 istio day 是哪天')).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日，伦敦/);
  });

  it('without a region stays the event held before the latest of any region', () => {
    expect(lineOf('上上届的 istio day 在哪个城市')).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日，伦敦/);
  });
});
