/**
 * Chinese chat questions of round 20: the posts' Chinese name of an organisation (彭博社) glued to the place after it
 * ("彭博社在阿姆斯特丹…"), and what an event or a track named by its place "讲的啥" (its talks, not what it is).
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
