/**
 * A "when" or "where" question that names a series with no year ("istio day europe when"), or a year of two editions,
 * stands for several editions: the line names them together, newest first, and an ordinal picks one (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the line of a series named without a year', () => {
  it('dates each of its editions, newest first, in either language', () => {
    const zh = engine.answer('北美的 istio day 一般几号办').direct?.text ?? '';
    expect(zh).toMatch(/^Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大；Istio Day North America 2024：2024 年 11 月 12 日/u);
    expect(engine.answer('dates of kubecon in amsterdam?').direct?.text).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam; KubeCon \+ CloudNativeCon Europe 2023: /);
  });

  it('names their venues when asked where', () => {
    expect(engine.answer('istio day europe, where is it held').direct?.text).toMatch(/ExCeL London; Istio Day Europe 2024: 19 March 2024, Paris/);
  });

  it('names both editions a year holds when no region picks one', () => {
    // Two Istio Days were held in 2025: neither alone is the one asked, and no line was given.
    expect(engine.answer('where was the istio day of 2025 held').direct?.text).toMatch(
      /^Istio Day North America 2025: 10 November 2025, Atlanta; Istio Day Europe 2025: 1 April 2025, ExCeL London$/,
    );
    expect(engine.answer('2024 年的 istio day 是几号').direct?.text).toMatch(/^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城；Istio Day Europe 2024：2024 年 3 月 19 日，巴黎$/u);
  });

  it('gives the one edition an ordinal counts to, and none for a year or a topic named', () => {
    expect(engine.answer('第二届 istiocon 是哪几天').direct?.text).toBe('IstioCon 2022：2022 年 4 月 25 日至 29 日');
    expect(engine.answer('when was the third istio day').direct?.text).toMatch(/^Istio Day Europe 2024: 19 March 2024/);
    expect(engine.answer('istio day europe 2024 when').direct?.text).toMatch(/^Istio Day Europe 2024: 19 March 2024, Paris$/);
  });
});
