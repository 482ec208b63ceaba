/**
 * Forms of "next" and "latest" that other readings took first, written from the event posts without reading any
 * question set: a question that begins with "talks" and says a time ("talks at the upcoming istio day") is read
 * whole, as "what talks are at…" is, not as the `talks` command listing every event with the time word as a topic;
 * Chinese "upcoming" said with its verb (即将到来, 将要举办, 马上, 快要) is read as next, its verb no topic; the next call for
 * proposals, of no event, is the latest said to be the latest.
 * Today (6 December 2026) nothing after KubeCon Europe 2026 is announced (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('"talks" followed by a time word', () => {
  it('answers the next one with none announced and the latest of the kind, not talks whose titles say "next"', () => {
    expect(understand('talks at the upcoming kubecon').command).toBeNull();
    expect(lineOf('talks at the upcoming kubecon')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(lineOf('talks for the next istio day')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta/);
    expect(lineOf('演讲 下一届 kubecon')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
  });

  it('lists the talks of the one event "latest" or "first" picks, not those of every event of the kind', () => {
    expect(lineOf('talks at the most recent istio day')).toMatch(/^Talks at Istio Day North America 2025, 10 November 2025 \(9\): /);
    expect(lineOf('talks from the very first istiocon')).toMatch(/^Talks at IstioCon 2021, /);
    expect(lineOf('演讲 最近一次 istio day')).toMatch(/^Istio Day North America 2025（2025 年 11 月 10 日）的演讲（9 场）/);
  });

  it('keeps "talks" a command before an event or a topic alone', () => {
    expect(understand('talks istio day london').command).toBe('talks');
    expect(lineOf('talks istio day london')).toMatch(/^Talks at Istio Day Europe 2025 \(8\): /);
  });
});

describe('Chinese words for "upcoming" said with the verb they go with', () => {
  // 即将到来 / 即将举行 / 将要 / 快要 / 马上: "coming", "about to be held", "soon"; none of 到来, 要开, 开始 is a topic to search.
  it.each([
    ['即将到来的 istio day 在哪', 'Istio Day North America 2025'],
    ['将要举办的 istiocon', 'IstioCon China 2023'],
    ['马上要开的 kubecon 是哪个', 'KubeCon + CloudNativeCon Europe 2026'],
    ['快要开始的 istio day 是哪天', 'Istio Day North America 2025'],
  ])('%s', (question, event) => {
    expect(understand(question).time).toBe('next');
    expect(understand(question).words.groups.map(({ word }) => word)).not.toContain('到来的');
    expect(lineOf(question)).toMatch(new RegExp(`^尚未公布新的活动；最近一场：${event.replace(/[+]/g, '\\+')}：`));
  });
});

describe('the next call for proposals, of no event named, none announced', () => {
  // The posts announce no call after Istio Day North America 2023's: it is said to be the latest, with when it closed or opened.
  it.each([
    ["when's the next cfp", /^No upcoming call for proposals is announced; the latest: Call for proposals of Istio Day North America 2023/],
    ['下一次 cfp 几号截止', /^尚未公布新的征稿；最近一次：Istio Day North America 2023 的征稿，已于 8 月 6 日截止$/],
    ['when does the next call for proposals open', /^No upcoming call for proposals is announced; the latest: Call for proposals of Istio Day North America 2023, announced on 16 June 2023$/],
  ])('%s', (question, line) => {
    expect(lineOf(question)).toMatch(line);
  });

  it('answers the call of the next event of a series with that series\' latest event, none announced', () => {
    expect(lineOf('next istio day cfp, deadline?')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: /);
  });
});

describe('"是什么活动", "是啥" beside a time word or "之后": which event, not what one is', () => {
  it.each([
    ['istiocon 2021 之后是啥活动', /^Istio Meetup China 2021：2021 年 7 月 10 日，北京/],
    ['伦敦 istio day 之后是什么活动', /^Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大/],
    ['下一个 istio 活动是啥', /^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/],
  ])('%s', (question, line) => {
    expect(understand(question).ask).not.toBe('what-is');
    expect(lineOf(question)).toMatch(line);
  });

  it('still asks what an event is when no time word or "after" is said', () => {
    expect(understand('istio day 是什么呀').ask).toBe('what-is');
    expect(understand('kubecon 是什么活动').ask).toBe('what-is');
  });
});

describe('the next event held online', () => {
  // The posts tell how few events were held (the virtual IstioCon 2023 is no event of theirs): naming an event held in a
  // city, or IstioCon 2022, as the latest online one would be wrong, so the passages answer alone.
  it.each(['下一场线上活动', '近期 istio 有什么线上活动', 'upcoming virtual istiocon', 'next virtual istio event'])('%s gets no line', (question) => {
    expect(engine.answer(question, { now: BATTERY_NOW }).direct).toBeUndefined();
  });
});

describe('a city on one side of 之后 and a region on the other', () => {
  // No event was held in Paris and North America at once: Paris is the one looked past, North America where the one after it was.
  it.each([
    ['巴黎之后的北美站在哪', /^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城/],
    ['芝加哥之后欧洲那场', /^Istio Day Europe 2024：2024 年 3 月 19 日，巴黎/],
  ])('%s', (question, line) => {
    expect(lineOf(question)).toMatch(line);
  });

  it('names no event of another city or region when none was held in both the city and the region asked', () => {
    expect(engine.answer('latest istio event in paris, north america', { now: BATTERY_NOW }).direct).toBeUndefined();
  });
});

describe('"next" with two letters swapped', () => {
  it('reads "netx" as next', () => {
    expect(lineOf('netx istio day?')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: /);
  });
});

describe('"again" said of what will be', () => {
  it('reads "will … again" as the next one, and "again" alone as asking to be reminded', () => {
    expect(understand('will istio be at kubecon again').time).toBe('next');
    expect(lineOf('will there be an istio day again?')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: /);
    expect(understand('when was kubecon chicago again').time).toBeNull();
  });
});
