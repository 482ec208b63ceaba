/**
 * "next" and "what came after" questions worded the ways the round-11 set showed them to fail, written in our own
 * words: "what was the event after…" (a "what is" frame that asks which event), "the following one", "still to come",
 * chat spellings ("wen", "teh", "gonna"), "I'm new to istio" and events said to be community ones or met in person.
 * Today (6 December 2026) nothing after KubeCon Europe 2026 is announced. Each row checks the answer line a user reads.
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

const line = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

const NONE_AFTER_KUBECON_EU_26 = /^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/;
const NONE_AFTER_ISTIO_DAY_NA_25 = /^No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta/;

describe('"what was/is the event after…" asks which event, not what one is', () => {
  it.each([
    ['what was the event right after istio day paris', /^Istio Day North America 2024: 12 November 2024, Salt Lake City/],
    ['what was the istio day held before the one in atlanta', /^Istio Day Europe 2025: 1 April 2025, London/],
    ["what's planned after the amsterdam kubecon in 2026", NONE_AFTER_KUBECON_EU_26],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });

  it('leaves "what is" asking what an event is when no other event or time is asked', () => {
    expect(understand('what is an istio day').ask).toBe('what-is');
    expect(understand('what does contribfest mean after all this time').ask).toBe('what-is');
  });
});

describe('"the following one", "still to come" and "most recently" say which one', () => {
  it.each([
    ['istio day paris 2024, and the following one?', /^Istio Day North America 2024: 12 November 2024, Salt Lake City/],
    ['the istio day following the london one', /^Istio Day North America 2025: 10 November 2025, Atlanta/],
    ['any istio days still to come?', NONE_AFTER_ISTIO_DAY_NA_25],
    ['which istio day was held most recently', /^Istio Day North America 2025: 10 November 2025, Atlanta/],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });
});

describe('chat spellings and frames are no topic of a next question', () => {
  it.each([
    ['teh next istio conference, wen?', NONE_AFTER_KUBECON_EU_26],
    ["i'm new to istio, when's the next istio event going to happen", NONE_AFTER_KUBECON_EU_26],
    ['whr is the next istio conference gonna be held', NONE_AFTER_KUBECON_EU_26],
    ['wat istio evnts r coming up', NONE_AFTER_KUBECON_EU_26],
    ['nex istio day wen', NONE_AFTER_ISTIO_DAY_NA_25],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });
});

describe('a community event, meeting people in person or taking part, names no topic', () => {
  it.each([
    ['any in person community events coming up for istio folks?', NONE_AFTER_KUBECON_EU_26],
    ['hey folks, the next face to face istio community event?', NONE_AFTER_KUBECON_EU_26],
    ['the latest conference istio took part in?', /^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });

  it('reads "meet" as meeting people, not as a meetup cut short', () => {
    expect(line('next place to meet istio maintainers in person')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026 Maintainer Track/);
    // A meetup said with a hyphen is still one.
    expect(line('the istio meet-up in beijing, which date')).toMatch(/^Istio Meetup China 2021: 10 July 2021, Beijing/);
  });
});

describe('a gathering, a chance to meet, anything else, or one preceding another, is asked of events', () => {
  it.each([
    ["when's the next istio gathering", NONE_AFTER_KUBECON_EU_26],
    ['so when do we all get together next for istio', NONE_AFTER_KUBECON_EU_26],
    ['下一次 istio 聚会在哪', /^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：2026 年 3 月 23 日至 26 日，阿姆斯特丹/],
    ['the next opportunity to meet istio maintainers', /^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026 Maintainer Track/],
    ['the istiocon preceding istiocon china 2023', /^IstioCon 2022: 25 to 29 April 2022/],
    ['is there anything else coming up with istio?', NONE_AFTER_KUBECON_EU_26],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });
});

describe('前一场, 后一场, 后面, 的下一届 say before and after; 活动 inside a run asks for any event', () => {
  it.each([
    ['伦敦那场 istio day 的前一届是哪场', /^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城/],
    ['巴黎 istio day 的后一场在哪里', /^Istio Day North America 2024：2024 年 11 月 12 日，盐湖城/],
    ['亚特兰大 istio day 后面是哪个活动呢', /^KubeCon \+ CloudNativeCon Europe 2026：2026 年 3 月 23 日至 26 日，阿姆斯特丹/],
    ['亚特兰大 istio day 结束后是哪个活动呢', /^KubeCon \+ CloudNativeCon Europe 2026：2026 年 3 月 23 日至 26 日，阿姆斯特丹/],
    // "X 的下一届": the edition after the one named, not the next to come in its city.
    ['芝加哥那场 istio day 的下一届在哪', /^Istio Day Europe 2024：2024 年 3 月 19 日，巴黎/],
    // Two series named: the words on either side of "after" say which is looked past and which is asked for.
    ['北京那场 meetup 之后的 istiocon 是哪年', /^IstioCon 2022：2022 年 4 月 25 日至 29 日/],
    // 上上届 is the one before the latest, as "the istio day before last" is; 上一届 alone stays the latest.
    ['上上届 istio day 是哪天', /^Istio Day Europe 2025：2025 年 4 月 1 日，伦敦/],
    ['上一届 istio day 是哪天', /^Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大/],
    // 紧接着 says "right after" before the event it looks past.
    ['紧接着芝加哥的是哪一场 istio day', /^Istio Day Europe 2024：2024 年 3 月 19 日，巴黎/],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });
});

describe("English says the edition after one named by its possessive's next or a next past a comma", () => {
  it.each([
    ["when was the salt lake city istio day's next edition", /^Istio Day Europe 2025: 1 April 2025, London/],
    ['istio day london, the next one was where?', /^Istio Day North America 2025: 10 November 2025, Atlanta/],
    // An arrow says it as a comma does; "the next stop" (as the posts say it) is what followed, of any kind.
    ['istio day chicago -> next', /^Istio Day Europe 2024: 19 March 2024, Paris/],
    ['the next stop after istiocon china?', /^Istio Day North America 2023: 6 November 2023, Chicago/],
    ['the istiocon that came after the beijing meetup, when?', /^IstioCon 2022: 25 to 29 April 2022/],
    // "what's next" is no possessive, and "next" before the event named is the next to come.
    ["what's next for istio day london", /^No upcoming event is announced/],
    // The project's possessive is no event's: its next birthday is the next to come, not the meetup that followed one.
    ["istio's next birthday celebration, when is it", /^No upcoming event is announced/],
    ['the next istio day in london', /^No upcoming event is announced/],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });
});

describe('an Istio Day at a KubeCon of a year not announced is the Istio Day asked about', () => {
  it.each([
    ['kubecon north america 2026, any istio day there?', /^No Istio Day North America in 2026 is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta/],
    ['an istio day at kubecon eu 2027, is that happening', /^No Istio Day Europe in 2027 is announced; the latest: Istio Day Europe 2025: 1 April 2025, London/],
  ])('%s', (question, expected) => {
    expect(line(question)).toMatch(expected);
  });

  it('leaves one asked before or after that KubeCon to what was held beside it', () => {
    expect(line('the istio day just before kubecon eu 2026?')).not.toMatch(/^No Istio Day/);
  });
});
