/**
 * How Chinese chat points at a talk and asks where to watch it: "X 那个 talk" (the pointer glued to the topic
 * before it) and "在哪看", "去哪里看" (where to watch, no word for a video): the reading of the question, and the recording
 * it is answered with.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

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

describe('where to watch a talk whose title words other posts hold too', () => {
  it('is answered with the recording, as "视频" is', async () => {
    const engine = await shippedService();
    // 身份 is said by posts about mTLS, TOC by the election posts: the recording is what ranks the talk first.
    expect(understand('哪里能看 Istio 身份').words.wants).toContain('video');
    expect(engine.answer('哪里能看 Istio 身份').direct?.text).toBe('“Istio 身份（Istio identity）”的视频（Istio Day North America 2023）');
    expect(engine.answer('Istio TOC 成员小组讨论 在哪里可以看到').direct?.url).toBe('https://www.youtube.com/watch?v=PEUiL2BPXds');
  });
});
