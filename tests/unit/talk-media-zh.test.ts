import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the video or slides of one talk named by Chinese words the vocabulary does not know', () => {
  it('is that talk\'s, when those words narrow the talks the known words title to one', () => {
    // 主题演讲 alone titles every keynote of the London week; 开幕 narrows them to the opening keynote.
    expect(engine.answer('伦敦那届 istio day 的开幕主题演讲 有录像吗').direct).toMatchObject({
      text: '“开幕主题演讲（Opening keynote）”的视频（Istio Day Europe 2025）',
      url: 'https://www.youtube.com/watch?v=v10UpNQIoT0',
      lang: 'zh',
    });
    // 热升级 is no word the vocabulary knows: it names the one deck of the Beijing meetup's talks.
    expect(engine.answer('数据面热升级 那场分享的 ppt 有吗').direct?.url).toMatch(/IstioMeetupChina-(?:服务网格热升级|%E6%9C%8D)/);
  });

  it('is that talk\'s when its title holds those words but not the kind of talk asked, which its heading says', () => {
    // The telecom keynote is titled "电信行业的云原生演进": 主题演讲 is the heading it is listed under, not its title.
    expect(engine.answer('2025 欧洲 kubecon 电信的那个主题演讲 有录像吗').direct?.url).toBe('https://www.youtube.com/watch?v=qj9q_-S91L8');
  });

  it('is that talk\'s when a verb of talking is glued before the words ("讲数据库的那场")', () => {
    expect(engine.answer('亚特兰大 讲数据库的那场 录像').direct?.url).toBe('https://www.youtube.com/watch?v=3Jy9VKWgHww');
    expect(engine.answer('2025 欧洲 kubecon 讲电信的那个主题演讲 录像').direct?.url).toBe('https://www.youtube.com/watch?v=qj9q_-S91L8');
  });

  it('is none when no talk of the event named is titled so', () => {
    expect(engine.answer('芝加哥 istio day 开幕演讲 视频').direct?.url ?? '').not.toMatch(/v10UpNQIoT0|h9EgMrJ0ahs/);
  });
});

describe('the video of one talk named by its organisation and its kind', () => {
  it('is that talk\'s when the heading, not the title, names the kind ("KubeCon keynotes that featured Istio")', () => {
    expect(engine.answer('the hsbc keynote at kubecon, any recording').direct?.url).toBe('https://www.youtube.com/watch?v=6D8EZ1fZyh4');
  });

  it('is that talk\'s when the organisation is a phrase the title writes word by word', () => {
    expect(engine.answer('watch the ant group keynote').direct?.url).toBe('https://www.youtube.com/watch?v=bjCT7-mFYEo');
  });
});

describe('the video or slides of a talk named by its speaker', () => {
  it('is that speaker\'s one talk with a link of that kind', () => {
    expect(engine.answer('is there a video of pamela hernandez speaking').direct?.url).toBe('https://www.youtube.com/watch?v=WpEkfVGWmd8');
    expect(engine.answer('zhong luyao 的 ppt').direct?.url).toMatch(/AccelerateServiceMeshNetworkwithebpf\.pdf$/);
  });

  it('is none when the speaker gave several talks with their own links and the question names none of them', () => {
    expect(engine.answer('mitch connors video').direct?.url ?? '').not.toMatch(/youtube/);
  });
});
