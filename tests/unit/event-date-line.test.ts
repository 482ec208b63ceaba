/** The line of a "when" or "where" question about one event gives its dates and place, unless what is asked is its call's (shipped index). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { eventLine } from '../../src/answer/direct.js';
import { withWeekday } from '../../src/answer/weekday.js';
import { eventInfo } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the event date line', () => {
  it('names the event\'s date for a question about the event', () => {
    expect(engine.answer('when did the chicago istio day take place').direct?.text).toMatch(/^Istio Day North America 2023: 6 November 2023/);
  });

  it('gives no line of the event when the date or place asked is of its call for proposals', () => {
    // The call's line answers, with the day its timeline says speakers were told, never the event's own day.
    expect(engine.answer('when were the chicago istio day speakers notified').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023, speakers notified on (?:7 September|September 7)$/);
    expect(engine.answer('芝加哥 istio day 2023 的提交地址在哪').direct).toBeUndefined();
  });

  it('answers how long an event went on with its dates, and leaves how long a talk is to the passages', () => {
    expect(engine.answer('istiocon 2022 went on for how long').direct?.text).toMatch(/^IstioCon 2022: 25 to 29 April 2022/);
    expect(engine.answer('上海 istiocon 持续了多久').direct?.text).toMatch(/2023 年 9 月 26 日/);
    expect(engine.answer('how long are the lightning talks at an istio day').direct?.text ?? '').not.toMatch(/\d{4}$|\d{4},/);
    // "How long was", "duration": a length asked of nothing but the event is its dates, the first and the last day; of an
    // event whose last day the knowledge lacks (IstioCon 2021, "weeklong, starting on February 22"), its start would say one day.
    expect(engine.answer('how long was istiocon 2022').direct?.text).toMatch(/^IstioCon 2022: 25 to 29 April 2022/);
    expect(engine.answer('istiocon 2022 duration?').direct?.text).toMatch(/^IstioCon 2022: 25 to 29 April 2022/);
    expect(engine.answer('how long was istiocon 2021').direct).toBeUndefined();
    // A one-day event whose last day is known: that day.
    expect(engine.answer('how long was istio day paris').direct?.text).toMatch(/^Istio Day Europe 2024: 19 March 2024/);
    // A length said as a noun ("length", "duration", 时长) asks how long too: not the talks of that kind, but the passage that gives it.
    for (const question of ['lightning talk length for istio day north america 2023', '北美 istio day 2023 闪电演讲时长']) {
      const answer = engine.answer(question);
      expect(answer.direct?.text ?? '').not.toMatch(/^Talks|的演讲/u);
      expect(answer.results[0]?.text).toMatch(/5-minute lightning talks|5 分钟闪电演讲/);
    }
    // A talk of no kind ("演讲", "a talk") asks one's length too, which the event's dates do not give.
    for (const question of ['istio day 北美 2023 的演讲多长时间', 'how long was a talk at istio day paris']) expect(engine.answer(question).direct?.text ?? '').not.toMatch(/Istio Day (North America 2023|Europe 2024)[:：]/u);
    expect(engine.answer('istio day 北美 2023 的演讲多长时间').results[0]?.text).toMatch(/25 分钟演讲/);
  });

  it('dates a talk named by its title by the event it was given at, not by the event its city names', () => {
    expect(engine.answer('when was the istio project meeting in london').direct?.text).toMatch(/^Maintainer Summit Europe 2025: 31 March 2025/);
    expect(engine.answer('when was the kiali troubleshooting talk at istio day london').direct?.text).toMatch(/^Istio Day Europe 2025: 1 April 2025/);
    // In Chinese, the title's words in a phrase not written apart (项目会议 of "项目会议是什么时候").
    expect(engine.answer('伦敦那场 istio 项目会议是什么时候').direct?.text).toMatch(/^Maintainer Summit Europe 2025：2025 年 3 月 31 日/);
  });

  it('knows the Maintainer Summit by the Chinese name its zh post gives it, not as the KubeCon of its city', () => {
    expect(engine.answer('伦敦的维护者峰会是几号').direct?.text).toMatch(/^Maintainer Summit Europe 2025：2025 年 3 月 31 日/);
    expect(engine.answer('维护者峰会的日程链接发一下').direct?.url).toMatch(/features-add-ons\/maintainer-summit\/$/);
  });

  it('gives no line of the event day when asked when its speakers were picked or heard back', () => {
    for (const q of ['when were the speakers for istio day north america 2023 selected', 'istio day chicago, when do speakers hear back', '芝加哥 istio day 入选名单哪天出']) {
      expect(engine.answer(q).direct?.text ?? '', q).not.toMatch(/6 November 2023|2023 年 11 月 6 日/);
    }
  });

  it('gives no line when what is asked is where to download a file of the event, not where it was', () => {
    expect(engine.answer('where is the first istiocon recap report available to download').direct).toBeUndefined();
    expect(engine.answer('where was the first istiocon held').direct?.text).toMatch(/^IstioCon 2021: starting 22 February 2021, online/);
  });
});

describe('where an event held in no city was', () => {
  it('is online for a virtual event or a cityless IstioCon, and unsaid for any other kind', () => {
    const where = { venue: true };
    expect(eventLine(eventInfo({ name: 'IstioCon 2031', kind: 'istiocon', city: null, country: null }), 'en', where)?.text).toMatch(/, online$/);
    expect(eventLine(eventInfo({ name: 'Istio 9.0 stream', kind: 'virtual', city: null, country: null }), 'zh', where)?.text).toMatch(/，线上$/);
    // A ContribFest or an Istio Day whose city the knowledge lacks was not thereby online.
    for (const kind of ['contribfest', 'istio-day', 'maintainer-track'] as const) {
      expect(eventLine(eventInfo({ kind, city: null, country: null }), 'en', where)?.text ?? '').not.toMatch(/online/);
    }
  });
});


describe('the weekday of an event', () => {
  it('is said after its date, computed from that date, when the question asks the day of the week', () => {
    // 1 April 2025 was a Tuesday; 25 to 29 April 2022 ran from a Monday to a Friday.
    expect(engine.answer('which day of the week was istio day london').direct?.text).toMatch(/^Istio Day Europe 2025: 1 April 2025.*\(a Tuesday\)$/);
    expect(engine.answer('istiocon 2022 是星期几到星期几').direct?.text).toMatch(/2022 年 4 月 25 日至 29 日（星期一至星期五）$/);
  });

  it('is said right after one day\'s date in a Chinese line, as the Chinese posts write it', () => {
    expect(engine.answer('伦敦那场 istio day 是周几办的').direct?.text).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日星期二，伦敦/);
  });

  it('is left unsaid when only the date is asked', () => {
    expect(engine.answer('what day is istio day london').direct?.text ?? '').not.toMatch(/Tuesday/);
  });

  it('is not said of an event with no date', () => {
    const line = { text: 'IstioCon 2031', url: 'https://example.com', lang: 'en' as const };
    expect(withWeekday(line, eventInfo({ start: null, end: null }))).toEqual(line);
  });
});

describe('a when question asked by the week, month or year, and a where question asked by the country', () => {
  it('gets the event\'s dates', () => {
    for (const q of ['istiocon 2022 happened which week exactly', 'the salt lake city istio day, what month was that', 'istio meetup china in beijing, which year', '上海 istiocon 在哪个月']) {
      expect(engine.answer(q).direct?.text, q).toMatch(/2022|2024|2021|2023 年 9 月/);
    }
  });

  it('names the country beside the city, in en and zh, and only when the country is asked', () => {
    expect(engine.answer('in what country did istio day europe 2024 happen').direct?.text).toBe('Istio Day Europe 2024: 19 March 2024, Paris, France');
    expect(engine.answer('2025 年 istio day 北美站 在哪个国家').direct?.text).toBe('Istio Day North America 2025：2025 年 11 月 10 日，美国亚特兰大');
    expect(engine.answer('where was istio day europe 2024').direct?.text).toBe('Istio Day Europe 2024: 19 March 2024, Paris');
  });
});

describe('a when question whose words title a talk of another event', () => {
  it('keeps the event it names when that talk\'s event is of another kind, year or place', () => {
    // "go" titles "Know Before You Go!…" at KubeCon North America 2025: no answer about IstioCon 2021.
    expect(engine.answer('istiocon 2021, how many days did it go for').direct?.text).toMatch(/^IstioCon 2021: starting 22 February 2021/);
  });
});

describe('how long ago, asked the Chinese way ("离现在多久", "距今多久")', () => {
  it('is a when question, answered by the date', () => {
    expect(engine.answer('巴黎那届 istio day 距今多久').direct?.text).toMatch(/^Istio Day Europe 2024：2024 年 3 月 19 日/);
  });

  it('reads 过去多久, 到现在多久 and 多久之前 as how long ago too, whose 之前 looks before no event', () => {
    expect(engine.answer('伦敦那场 istio day 过去多长时间了').direct?.text).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日/);
    expect(engine.answer('北京 meetup 到现在有多久了').direct?.text).toMatch(/^Istio Meetup China 2021：2021 年 7 月 10 日/);
    expect(engine.answer('istio day 伦敦 是多久之前').direct?.text).toMatch(/^Istio Day Europe 2025：/);
  });

  it('says how long ago a past event named was, asked so, and not asked only when', () => {
    const now = new Date('2026-12-06T09:00:00Z');
    expect(engine.answer('how long ago was istio day london', { now }).direct?.text).toBe('Istio Day Europe 2025: 1 April 2025, London (20 months ago)');
    expect(engine.answer('北京 meetup 距今多久', { now }).direct?.text).toMatch(/^Istio Meetup China 2021：2021 年 7 月 10 日，北京（5 年前）$/);
    expect(engine.answer('istio day london - when was it', { now }).direct?.text).toBe('Istio Day Europe 2025: 1 April 2025, London');
  });
});
