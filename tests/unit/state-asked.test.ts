/**
 * The state of a US city an event was held in, asked ("在哪个州", "which state"): the line names the state beside the city as
 * the posts write it ("Salt Lake City, Utah", "犹他州盐湖城"); asked nothing of the state, the city alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { cityInState } from '../../src/domain/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const line = (question: string): string | undefined => engine.answer(question).direct?.text;

describe('the state an event was held in', () => {
  it('is named beside the city when asked, in Chinese and English', () => {
    expect(line('2024 北美 istio day 办在哪个州')).toBe('Istio Day North America 2024：2024 年 11 月 12 日，犹他州盐湖城');
    expect(line('亚特兰大那场 istio day 是哪个州')).toBe('Istio Day North America 2025：2025 年 11 月 10 日，佐治亚州亚特兰大');
    expect(line('where was the 2025 north american istio day held, which state?')).toBe('Istio Day North America 2025: 10 November 2025, Atlanta, Georgia');
  });

  it('is not named when only the place is asked, nor for a city no post gives a state', () => {
    expect(line('北美 istio day 2024 在哪个城市')).toBe('Istio Day North America 2024：2024 年 11 月 12 日，盐湖城');
    expect(cityInState('Chicago', 'zh')).toBeNull();
    expect(cityInState('Salt Lake City', 'en')).toBe('Salt Lake City, Utah');
  });
});
