/**
 * How Chinese chat points at a talk and asks where to watch it: "X 那个 talk" (the pointer glued to the topic
 * before it) and "在哪看", "去哪里看" (where to watch, no word for a video). Pure: the reading of the question.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

const words = (text: string): string[] => understand(text).words.groups.map((group) => group.word);

describe('a pointer glued to the topic', () => {
  it('is cut off the topic, so the topic is a word of its own', () => {
    expect(words('身份那个演讲')).toContain('身份');
    expect(words('那篇博客谁写的')).toEqual(['博客']);
  });
});

describe('where to watch, said without a word for a video', () => {
  it('asks for the recording, unless the schedule or the slides are named', () => {
    for (const question of ['汇丰银行那个keynote去哪里看', '伦敦 istio day 开场在哪看', 'ambient 多集群 亚特兰大 哪能看']) {
      expect(understand(question).ask, question).toBe('video');
    }
    expect(understand('2024 巴黎 kubecon 日程在哪看').ask).toBe('schedule');
    expect(understand('芝加哥 istio day 的幻灯片去哪看').ask).toBe('slides');
    expect(words('议程在哪看')).toEqual(['议程']);
  });
});
