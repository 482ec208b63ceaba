/**
 * How Chinese readers ask for a talk's recording or deck beyond 视频 and 幻灯片: "was it recorded" (录制, 录下来), YouTube by
 * its nickname (油管), how to watch as the posts say it (如何观看), the deck as Taiwan (簡報) and IT companies (胶片) call it,
 * a playlist (播放清單) and a collection of them all (合集, 汇总). Each gets the talk's own video or deck, or the event's
 * talks with theirs; a count of a live stream's viewers (直播观看人数) is still a count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineUrl = (question: string): string | undefined => engine.answer(question).direct?.url;

describe('a Chinese question for a recording or slides in other words', () => {
  it('gets the video of the talk it names when it asks whether it was recorded, for its YouTube link or how to watch it', () => {
    expect(lineUrl('亚特兰大 GEICO 数据库那场有录下来吗')).toBe('https://www.youtube.com/watch?v=3Jy9VKWgHww');
    expect(lineUrl('Bloomberg 那场 有录制吗')).toBe('https://www.youtube.com/watch?v=f6jMix46ZD8');
    expect(lineUrl('伦敦 istio day 开幕 油管链接')).toBe('https://www.youtube.com/watch?v=v10UpNQIoT0');
    expect(lineUrl('如何观看 windows ambient 那场')).toBe('https://www.youtube.com/watch?v=sULnWlj8sR8');
  });

  it('gets the deck or the page of the slides for 簡報 and 胶片', () => {
    expect(engine.answer('上海 istiocon 的簡報放在哪').direct?.text).toBe('IstioCon China 2023 的幻灯片在其日程页面上');
    expect(lineUrl('北京 meetup eBPF 胶片')).toMatch(/IstioMeetupChina-AccelerateServiceMeshNetworkwithebpf\.pdf$/);
  });

  it('reads a playlist as the recordings, and a collection of an event\'s videos as all of its talks with theirs', () => {
    expect(lineUrl('IstioCon 2021 的播放清單')).toBe('https://www.youtube.com/playlist?list=PL7wB27eZmdffS-g_xh7X-b0echc_XZMKV');
    for (const question of ['伦敦 istio day 全部演讲视频的合集', '伦敦 istio day 录像汇总', 'istio day london full playlist']) {
      const { talks } = engine.answer(question);
      expect(talks.length).toBe(8);
      expect(talks[0]?.video).toBe('https://www.youtube.com/watch?v=v10UpNQIoT0');
    }
  });

  it('reads a year said from today (去年) as a time, not a topic: the event\'s talks with their recordings', () => {
    const { talks } = engine.answer('去年伦敦 istio day 的录像', { now: new Date('2026-12-06T09:00:00Z') });
    expect(talks.map((talk) => talk.event)).toEqual(Array(8).fill('Istio Day Europe 2025'));
    expect(talks[0]?.video).toBe('https://www.youtube.com/watch?v=v10UpNQIoT0');
  });

  it('still counts the viewers of a live stream', () => {
    expect(engine.answer('北京那场 meetup 的直播观看人数').direct?.text).toMatch(/直播观看人数峰值超过 2,000/);
  });
});

describe('a topic the vocabulary does not know, tied by 的 to the word asking for the deck or video', () => {
  it('is read without the 的, so the talk it titles gets its own deck, while a 的 ending the question stays', () => {
    expect(understand('北京那场 meetup上服务网格安全的幻灯片').words.groups.map((group) => group.word)).toContain('安全');
    expect(lineUrl('北京那场 meetup上服务网格安全的幻灯片')).toMatch(/%E7%90%86%E8%A7%A3IstioCNI\.pdf$/);
    expect(understand('ambient 什么时候推出的').words.groups.map((group) => group.word)).toContain('推出的');
  });
});
