import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a video or slides question naming a talk in a Chinese recap\'s own words, and no event', () => {
  it('lists the one talk whose titles share most of those words, with its link', () => {
    // The recap says "无代理模式？ - 小组讨论会"; the talk's Chinese title "还是无代理？小组讨论": no title holds 模式 with the rest.
    for (const question of ['服务网格的未来 无代理模式 小组讨论会 幻灯片', '那个服务网格的未来还是无代理模式的小组讨论会 有 ppt 吗']) {
      const { talks } = engine.answer(question);
      expect(talks.map((talk) => talk.schedule), question).toEqual(['https://sched.co/1Hydb']);
    }
  });

  it('lists no talk for a phrase that most of no title holds', () => {
    expect(engine.answer('服务网格 未来 发展 趋势 演讲 视频').talks.map((talk) => talk.schedule)).not.toContain('https://sched.co/1Hydb');
  });
});
