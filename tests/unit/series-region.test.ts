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

describe('a region said as an adjective', () => {
  it('reads "european" as Europe, as "north american" is North America', () => {
    // The Istio Day just before London was Salt Lake City's; the European one before it was Paris's.
    expect(line('which european istio day came before the london one')).toBe('Istio Day Europe 2024: 19 March 2024, Paris');
    expect(line('the north american istio day held before salt lake city')).toMatch(/^Istio Day North America 2023: 6 November 2023, Chicago/);
    expect(line('most recent european kubecon')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(line('upcoming european istio day?')).toMatch(/^No upcoming event is announced; the latest: Istio Day Europe 2025: 1 April 2025, London/);
  });
});

describe('a region said beside the city of the event looked from', () => {
  it('asks for the edition of that region before or after it, in either word order', () => {
    // The Istio Day just before Salt Lake City was Paris's; of North America, Chicago's.
    expect(line('北美 istio day 盐湖城之前那届在哪')).toMatch(/^Istio Day North America 2023：2023 年 11 月 6 日，芝加哥/);
    expect(line('欧洲 istio day 伦敦的前一届')).toMatch(/^Istio Day Europe 2024：2024 年 3 月 19 日，巴黎/);
    expect(line('after salt lake city, which north american istio day came next')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
  });

  it('leaves the region to the event looked from when no city names it, or when what came next of any kind is asked', () => {
    expect(line('what came after kubecon eu 2025')).toMatch(/^KubeCon \+ CloudNativeCon North America 2025: /);
    expect(line('what came after kubecon eu london')).toMatch(/^KubeCon \+ CloudNativeCon North America 2025: /);
    expect(line('伦敦 kubecon eu 之后有什么活动')).toMatch(/^Istio Day North America 2025：/);
  });
});
