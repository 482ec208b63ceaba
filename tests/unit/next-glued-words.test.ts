import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** Days the questions are asked on: today (nothing announced after KubeCon Europe 2026), and days across the posts' years. */
const today = new Date('2026-12-06T09:00:00Z');
const line = (question: string, now = today): string | undefined => engine.answer(question, { now }).direct?.text;

describe('next and latest, said in words that were read as a topic', () => {
  it('reads 活动 glued to a particle or to 社区 as any event, not as a part of one to date', () => {
    expect(line('下一次istio活动是哪一天')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
    expect(line('istio 的下一届社区活动在什么时候')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
    expect(line('下一次istio活动是哪一天', new Date('2025-10-01T12:00:00Z'))).toMatch(/^下一场：Istio Day North America 2025：2025 年 11 月 10 日/);
  });

  it('reads one just over as the latest held', () => {
    const paris = new Date('2024-03-25T12:00:00Z');
    expect(line('where was the istio day that just ended', paris)).toBe('Istio Day Europe 2024: 19 March 2024, Paris (6 days ago)');
    expect(line('刚办完的 kubecon 是在哪个城市', paris)).toMatch(/^KubeCon \+ CloudNativeCon Europe 2024：2024 年 3 月 19 日至 22 日，巴黎/);
  });

  it('reads "lately" as the latest, and an event istio showed up at as any event', () => {
    expect(line('was there an istiocon lately')).toMatch(/^IstioCon China 2023: 26 September 2023, Shanghai/);
    expect(line('which event has istio shown up at most recently')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
  });

  it('reads a recap or a summary of the latest event as asking about that event', () => {
    expect(line('summary of the most recent istio event, please')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(engine.answer('summary of the most recent istio event, please', { now: today }).results[0]?.event).toBe('KubeCon + CloudNativeCon Europe 2026');
  });

  it('reads "I heard" as a way of asking, not a topic', () => {
    expect(line('i heard about an istio get-together coming soon - when?')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
  });

  it('reads "edition" as the event itself, and a city that hosted one as where it was held', () => {
    expect(line('when is the next edition of an istio event', new Date('2024-10-01T12:00:00Z'))).toMatch(/^Next: Istio Day North America 2024: 12 November 2024, Salt Lake City/);
    expect(line('what city hosted the most recent istio event')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    // "hosted" alone still asks who hosted it.
    expect(line('who hosted the latest istio day')).not.toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
  });
});

describe('the previous edition said of a city', () => {
  it('is the one held before the one there, with or without 的; said of a region it stays that region’s latest', () => {
    expect(line('巴黎那届的上一届 istio day 是哪天')).toMatch(/^Istio Day North America 2023：2023 年 11 月 6 日/);
    expect(line('亚特兰大 前一届 kubecon 在哪里')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025：2025 年 4 月 1 日至 4 日/);
    expect(line('欧洲的上一届 istio day 在哪')).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日/);
  });
});
