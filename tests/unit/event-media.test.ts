import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('videos and slides of an event without a recordings page of its own', () => {
  it('lists the talks of the event named that have their own video, in the question\'s language', () => {
    for (const [question, lang] of [
      ['istio day london videos', 'en'],
      ['2025 伦敦 istio day 的视频', 'zh'],
    ] as const) {
      const { talks, direct } = engine.answer(question);
      expect(direct, question).toBeUndefined();
      expect(talks.length, question).toBeGreaterThan(3);
      expect(talks.every((talk) => talk.event === 'Istio Day Europe 2025' && talk.video !== null), question).toBe(true);
      expect(talks.every((talk) => talk.titles[lang] !== undefined), question).toBe(true);
    }
  });

  it('keeps the event\'s own link and lists beside it the talks that have their own deck or video', () => {
    // The Beijing meetup's slides link is its report page; each deck is a PDF of one talk, which the user came for.
    // 信通院 (the venue) titles no talk: the talks are listed beside the event's line all the same.
    for (const question of ['slides from the meetup in beijing', '北京那次 meetup 的 ppt', '在信通院办的那场 meetup 有 ppt 吗']) {
      const { talks, direct } = engine.answer(question);
      expect(direct?.url, question).toBe('https://istio.io/latest/zh/blog/2021/istiomeetups-china-report/');
      expect(talks.length, question).toBe(5);
      expect(talks.every((talk) => talk.event === 'Istio Meetup China 2021' && talk.slides?.endsWith('.pdf')), question).toBe(true);
    }
    // IstioCon 2021: its playlist, and the talks the posts link a recording of.
    const istiocon = engine.answer('istiocon 2021 recordings?');
    expect(istiocon.direct?.url).toBe('https://www.youtube.com/playlist?list=PL7wB27eZmdffS-g_xh7X-b0echc_XZMKV');
    expect(istiocon.talks.map((talk) => talk.video)).toContain('https://www.youtube.com/watch?v=6kDiDQW5YXQ');
  });

  it('lists only the talks whose titles hold the question\'s topic, when it names one', () => {
    const { talks } = engine.answer('kiali video istio day london');
    expect(talks.map((talk) => talk.video)).toEqual(['https://www.youtube.com/watch?v=kodNy436ND0']);
  });

  it('lists first the talk that Chinese words no title holds as words name, as a recap words it', () => {
    // The titles say 保护混合云部署 and 要验证 Istio 配置？测试早已写好; the recaps 混合云部署安全 and 验证您的 Istio 设置.
    expect(engine.answer('2023 欧洲 混合云部署安全 录像').talks[0]?.video).toBe('https://www.youtube.com/watch?v=xejbMNbOwXk');
    expect(engine.answer('2025 北美 验证您的 Istio 设置 录像').talks[0]?.video).toBe('https://www.youtube.com/watch?v=ViUMfYzc8o0');
  });

  it('lists no talk of the event when those words share nothing with any title: the passages answer', () => {
    const answer = engine.answer('2025 欧洲 Istio Phippy 读书会 录像');
    expect(answer.intent).toBe('search');
    expect(answer.talks.filter((talk) => talk.event === 'Istio Day Europe 2025').length).toBeLessThan(3);
  });

  it('never calls one film shown at an event its recordings ("a video of contributors congratulating Istio")', () => {
    const answer = engine.answer('2023 芝加哥 istio day 有视频吗');
    expect(answer.direct?.url).not.toBe('https://www.youtube.com/watch?v=c5baPkXZEMU');
    expect(answer.events.flatMap((event) => event.links.recordings)).not.toContain('https://www.youtube.com/watch?v=c5baPkXZEMU');
    expect(answer.talks.some((talk) => talk.video === 'https://www.youtube.com/watch?v=S39yo6ZJ4iM')).toBe(true);
  });
});

describe('the line for a video or slides question that names one talk', () => {
  it('gives that talk\'s own video, in the question\'s language, from the talk the passages found', () => {
    expect(engine.answer('kiali 2.0 troubleshooting talk video istio day london').direct).toMatchObject({
      text: 'Video of “Troubleshooting Istio ambient mesh with Kiali 2.0” (Istio Day Europe 2025)',
      url: 'https://www.youtube.com/watch?v=kodNy436ND0',
      lang: 'en',
    });
    expect(engine.answer('伦敦 windows ambient 演讲 视频').direct).toMatchObject({ url: 'https://www.youtube.com/watch?v=sULnWlj8sR8', lang: 'zh' });
  });

  it('gives no line of a talk the title words pick when another talk of its event shares more of the other Chinese words', () => {
    // 使用 and Istio title the compliance talk; the rest, a recap's words, names Bloomberg's (彭博社如何用 Istio 保护…金融信息).
    expect(engine.answer('阿姆斯特丹 如何使用 Istio 保护高特权财务信息 视频').direct?.url).not.toBe('https://www.youtube.com/watch?v=gIntE4Nn5r4');
    // 使用 titles the translation talk; the rest words the talk on running arbitrary code, listed first.
    const chicago = engine.answer('2023 芝加哥 使用肆意代码运行服务带来的影响 录像');
    expect(chicago.direct?.url).not.toBe('https://www.youtube.com/watch?v=jFJyLbHros0');
    expect(chicago.talks[0]?.video).toBe('https://www.youtube.com/watch?v=G6Y9JLnej0o');
  });

  it('keeps the line of the talk that shares the most of those words among its event\'s talks', () => {
    expect(engine.answer('Istio TOC 成员进行了互动小组讨论 视频').direct?.url).toBe('https://www.youtube.com/watch?v=PEUiL2BPXds');
  });

  it('names the event that gave the talk, not a later post that recalls it', () => {
    expect(engine.answer('airbnb istiocon talk recording').direct?.text).toMatch(/\(IstioCon 2021\)$/);
  });

  it('gives no line of a talk that another organisation than the one named gave', () => {
    // Forbes spoke in the London maintainer track, whose title holds no "ambient"; Atlanta's project update does.
    expect(engine.answer('video forbes ambient maintainer track').direct?.text ?? '').not.toMatch(/Project Updates/);
    // Microsoft gave the Windows talk, as the post tells it beside the talk (no speaker named).
    expect(engine.answer('video of the microsoft ambient windows talk').direct?.url).toBe('https://www.youtube.com/watch?v=sULnWlj8sR8');
  });

  it('gives no talk line when the words title several talks with different videos', () => {
    expect(engine.answer('kiali talk video').direct?.url).toBeUndefined();
  });
});

describe('the schedule of a conference track held as one session', () => {
  it('is that session\'s schedule page, called a schedule, in en and zh', () => {
    const en = engine.answer('kubecon eu 2025 maintainer track schedule page');
    expect(en.direct).toMatchObject({ text: 'Schedule of KubeCon + CloudNativeCon Europe 2025 Maintainer Track', url: 'https://sched.co/1tczp' });
    expect(engine.answer('2024 盐湖城 contribfest 日程').direct?.url).toBe('https://sched.co/1hoyI');
  });
});

describe('the schedule of an event the posts give no schedule page of', () => {
  it('is the programme its post lists, named by the line with its time slots, listed after the passages (they may give the hours), in en and zh', () => {
    const en = engine.answer('schedule of the istio 1.0 twitch stream');
    expect(en.direct?.text).toMatch(/^Talks at Istio 1\.0 Twitch Stream \(\d+\): 10:00–10:30 PDT slot; 10:30–11:00 PDT slot/);
    expect(en.talks.length).toBeGreaterThan(10);
    expect(en.intent).toBe('search');
    expect(en.results.length).toBeGreaterThan(0);
    expect(engine.answer('Istio 1.0 Twitch 直播的议程').direct?.text).toContain('10:00–10:30 PDT 时段');
  });

  it('reads how the time of an event is arranged ("时间安排", "活动安排", "running order") as its schedule', () => {
    expect(engine.answer('istio 1.0 twitch 直播的时间安排').direct?.text).toContain('10:00–10:30 PDT 时段');
    expect(engine.answer('running order of the istio 1.0 launch stream').direct?.text).toContain('10:00–10:30 PDT slot');
    expect(engine.answer('四周年生日的活动安排').talks.map((talk) => talk.speakers)).toEqual([['Pratima Nambiar']]);
  });

  it('links the schedule page where every talk is when the whole list of talks is asked, of which the posts name a few', () => {
    const whole = engine.answer('complete list of the sessions of istiocon 2021?').direct;
    expect(whole?.text).toMatch(/^Talks at IstioCon 2021 \(4\)/);
    expect(whole?.url).toBe('https://events.istio.io/istiocon-2021/schedule/');
    expect(engine.answer('istiocon 2021 全部演讲').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/');
  });

  it('reads 场次 (sessions) as talks: of a language named, the session list in it', () => {
    expect(engine.answer('istiocon 2021 讲中文的场次').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/chinese/');
    expect(engine.answer('2025 伦敦 istio day 场次列表').direct?.text).toMatch(/^Istio Day Europe 2025 的演讲（8 场）/);
  });

  it('reads the day or the sessions as arranged ("当天安排", "场次安排", "具体安排") as the schedule', () => {
    expect(engine.answer('上海 istiocon 中国站 当天安排是怎样的').direct).toMatchObject({ text: 'IstioCon China 2023 的日程', url: 'https://istioconchina2023.sched.com/' });
    expect(engine.answer('istiocon 2021 的场次安排在哪看').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/');
  });

  it('links the session list of the language a question names, when the event links one', () => {
    expect(engine.answer('istiocon 2021 中文场次议程').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/chinese/');
    expect(engine.answer('istiocon 2021 的英文日程').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/english/');
    expect(engine.answer('istiocon 2021 日程').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/');
    // The English post links the same lists, named schedules too.
    expect(engine.answer('istiocon 2021 schedule in chinese').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/chinese/');
    expect(engine.answer('istiocon 2021 english agenda').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/english/');
    // Talks asked by their language are that language's session list: the talks known carry no language.
    expect(engine.answer('which talks were given in chinese at istiocon 2021').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/chinese/');
    expect(engine.answer('istiocon 2021 有哪些英文演讲').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/english/');
    // A schedule asked with its sessions is answered with the talks; their line links the language's list too.
    const sessions = engine.answer('the english sessions of the istiocon 2021 programme, full list please');
    expect(sessions.direct?.text).toMatch(/^Talks at IstioCon 2021/);
    expect(sessions.direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/english/');
  });

  it('still links the schedule page of an event that has one', () => {
    expect(engine.answer('istio day london schedule').direct?.text).toBe('Schedule of Istio Day Europe 2025');
  });
});

describe('a video or slides question about an event the posts link none of', () => {
  it('says so, citing the event\'s post, in the question\'s language', () => {
    const slides = engine.answer('slides for the salt lake city istio day');
    expect(slides.direct?.text).toBe('The posts link no slides of Istio Day North America 2024');
    expect(slides.direct?.url).toMatch(/^https:\/\/istio\.io\/latest\/blog\/2024\//);
    expect(engine.answer('巴黎 istio day 录像').direct?.text).toBe('文章中没有 Istio Day Europe 2024 的录像链接');
  });

  it('says nothing of the kind where the event, its talks or a passage about it gives them', () => {
    // Istio Day North America 2023: a passage says the slides are on its schedule page.
    expect(engine.answer('istio day 2023 chicago slides').direct?.text ?? '').not.toMatch(/link no/);
    // Istio Day Europe 2025: its talks have their own recordings.
    expect(engine.answer('london istio day recordings').direct?.text ?? '').not.toMatch(/link no/);
    // No event named: no claim about one.
    expect(engine.answer('ambient slides').direct?.text ?? '').not.toMatch(/link no/);
  });
});

describe('a slides question naming a talk that has no deck of its own', () => {
  it('shows first the page its event keeps every deck on, though another talk\'s deck on the same words ranks higher', () => {
    // Huawei's eBPF data plane talk (IstioCon China 2023) has no deck; the Beijing meetup's eBPF talk has a PDF.
    for (const question of ['deck of the huawei ebpf data plane session', '华为那个 ebpf 数据平面 的幻灯片']) {
      const [first] = engine.answer(question).results;
      expect(first?.links.schedule, question).toContain('https://istioconchina2023.sched.com/');
    }
  });
});

describe('a Chinese question that names a talk by its English title', () => {
  it('finds the talk through the English original its Chinese post gives beside the Chinese title', () => {
    // Chinese readers often type the English title of a talk they saw; the Chinese post names it in Chinese first.
    for (const [question, video] of [
      ['想看 a guide to istio resource isolation 的录像', 'https://www.youtube.com/watch?v=TmlfQjChmNU'],
      ['best practices for upgrading istio in production 回放', 'https://www.youtube.com/watch?v=dl0sESwwm9c'],
    ] as const) {
      const answer = engine.answer(question);
      const shown = [answer.direct?.url, ...answer.results.slice(0, 3).flatMap((result) => result.links.videos), ...answer.talks.map((talk) => talk.video)];
      expect(shown, question).toContain(video);
    }
  });
});
