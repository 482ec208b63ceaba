import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

describe('understand: asking for a video or slides', () => {
  it('reads an event, a year and what is asked where Chinese is typed against Latin words ("伦敦istio day的ppt")', () => {
    expect(understand('伦敦istio day的ppt')).toMatchObject({ ask: 'slides', entities: { kinds: ['istio-day'], cities: ['London'] }, words: { wants: ['slides'] } });
    expect(understand('istio day的slides')).toMatchObject({ ask: 'slides', entities: { kinds: ['istio-day'] } });
    expect(understand('istiocon2021录像')).toMatchObject({ ask: 'video', entities: { kinds: ['istiocon'], years: [2021] } });
    expect(understand('北京meetup的ebpf幻灯片').entities.kinds).toEqual(['meetup']);
    // A name with digits of its own stays one word.
    expect(understand('k8s 1.30 视频').words.groups.map((group) => group.word)).toContain('k8s');
  });

  it('reads the other ways people name a recording or slides (回看, 录屏, 影片, replay; 幻灯, 课件, 讲稿) as asking for them', () => {
    for (const question of ['geico 数据库 直播回看', 'credit karma 迁移 录屏', 'kiali 2.0 的影片', 'credit karma migration replay', 'rewatch the kiali talk']) {
      expect(understand(question), question).toMatchObject({ ask: 'video' });
      expect(understand(question).words.wants, question).toContain('video');
    }
    for (const question of ['北美 2023 istio day 的演讲幻灯', '钟露瑶 ebpf 课件', 'envoy 原理介绍 讲稿', 'beijing meetup envoy talk powerpoint']) {
      expect(understand(question), question).toMatchObject({ ask: 'slides' });
      expect(understand(question).words.wants, question).toContain('slides');
    }
  });

  it('reads a word asking for slides or a video with two letters swapped as that word ("sildes", "vidoe"), and 视屏 as 视频', () => {
    expect(understand('istiocon china 2023 sildes')).toMatchObject({ ask: 'slides', words: { wants: ['slides'] } });
    expect(understand('istiocon china 2023 sildes').words.groups.map((group) => group.word)).toEqual(['istiocon', 'china']);
    // "talk" does not win over the video asked for, typo or not.
    expect(understand('kiali talk vidoe').ask).toBe('video');
    expect(understand('istio day 视屏')).toMatchObject({ ask: 'video', words: { wants: ['video'] } });
    // Words that are not a swap of one stay what they are.
    expect(understand('match the schedule').ask).toBe('schedule');
    expect(understand('ambient').ask).toBe('search');
  });
});
