/**
 * Chinese chat questions of round 20: the posts' Chinese name of an organisation (彭博社) glued to the place after it
 * ("彭博社在阿姆斯特丹…"), what an event or a track named by its place "讲的啥" (its talks, not what it is), and who
 * "办的" an event (ran it, as the posts' 主办 says).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const line = (question: string) => engine.answer(question).direct;

describe('an organisation by the Chinese name the posts give it', () => {
  it('finds the talk of 彭博社 when the name is glued to the place that follows', () => {
    expect(line('彭博社在阿姆斯特丹的演讲视频')?.url).toBe('https://www.youtube.com/watch?v=f6jMix46ZD8');
  });
});

describe('what an event named by its place "讲的啥"', () => {
  it('lists the talks of that event or track', () => {
    expect(understand('伦敦 istio day 都讲的啥').ask).toBe('talks');
    expect(line('伦敦 istio day 都讲的啥')?.text).toMatch(/^Istio Day Europe 2025 的演讲（8 场）/);
    expect(line('2024 巴黎维护者专场讲的什么')?.text).toContain('Istio 项目进展（Istio Project Update）');
  });

  it('still asks what a thing is when no event is placed or the thing itself is asked about', () => {
    expect(understand('维护者专场是讲什么的').ask).toBe('what-is');
    expect(understand('那本海豚绘本讲的啥').ask).toBe('what-is');
  });
});

describe('who "办的" an event', () => {
  it('is who ran it, as 主办 asks', () => {
    expect(line('北京 meetup 到底是谁办的')?.text).toBe(line('北京 meetup 到底是谁主办的')?.text);
    expect(line('北京 meetup 到底是谁办的')?.text).toContain('主办方');
  });

  it('leaves where or when it was held alone', () => {
    expect(understand('北京 meetup 在哪办的').ask).toBe('where');
  });
});

describe('the session that opens a day, said 开场 or 开幕', () => {
  it('names its speakers whichever word the post titles it with, of the event the question names only', () => {
    expect(line('芝加哥 istio day 的开幕 是谁讲的')?.text).toBe('“开场主题演讲（Opening keynote）”的演讲者：Faseela K 和 Zack Butcher（Istio Day North America 2023）');
    expect(line('2023 阿姆斯特丹 istio day 开幕 keynote 谁讲的')?.text).toBe('“开场主题演讲（Opening keynote）”的演讲者：Mitch Connors 和 Faseela K（Istio Day Europe 2023）');
  });
});
