import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The day the posts were last read for these answers: nothing after KubeCon Europe 2026 is announced. */
const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('the latest or next of a series, whichever word an edition’s name uses (round 17)', () => {
  it('reads every birthday as a celebration, so the latest is the 7th, not the one whose name says "celebration"', () => {
    expect(line('the most recent birthday celebration of istio')).toMatch(/^Istio 7th birthday: 24 May 2024/);
    expect(line('any istio anniversary celebration coming up?')).toMatch(/^No upcoming event is announced; the latest: Istio 7th birthday: 24 May 2024/);
    // An edition named by its ordinal is still that one.
    expect(line('when was the 4th birthday celebration')).toMatch(/24 to 28 May 2021/);
  });

  it('reads "celebrate" as saying the birthday takes place, not as a topic', () => {
    expect(line("when was istio's birthday last celebrated")).toMatch(/^Istio 7th birthday: 24 May 2024/);
    expect(line('istio 最近一次庆祝生日是哪天')).toMatch(/^Istio 7th birthday：2024 年 5 月 24 日/);
  });

  it('reads a time word said of the KubeCon as picking that KubeCon, and says when the narrower kind had none there', () => {
    // KubeCon Europe 2026 in Amsterdam had no Istio Day: the latest European one was London's, said so.
    expect(line('did the previous kubecon europe have its own istio day?')).toBe('No Istio Day Europe in 2026 is announced; the latest: Istio Day Europe 2025: 1 April 2025, London (20 months ago); in 2026: KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (8 months ago)');
    expect(line('最近一届 kubecon 欧洲站 办 istio day 了吗')).toMatch(/^尚未公布 2026 年的 Istio Day Europe；最近一场：Istio Day Europe 2025：2025 年 4 月 1 日，伦敦/);
    // The latest KubeCon of all (Europe 2026) had no ContribFest; North America 2025's had its Istio Day.
    expect(line('any contribfest at the most recent kubecon')).toMatch(/^No ContribFest in 2026 is announced; the latest: KubeCon \+ CloudNativeCon North America 2025 ContribFest/);
    expect(line('istio day at the latest kubecon north america')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
    // Said of the narrower kind, the time word picks the latest of that kind, wherever it was held.
    expect(line('the most recent istio day held at a kubecon europe')).toMatch(/^Istio Day Europe 2025: 1 April 2025, London/);
  });

  it('reads asking for news, info or details, and "again", as no topic of the event asked about', () => {
    expect(line('got any info about the most recent istio event?')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(line('news on upcoming istio events')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
    expect(line('will the istio birthday be celebrated again?')).toMatch(/^No upcoming event is announced; the latest: Istio 7th birthday/);
  });

  it('reads the latest or previous as one held by the day asked, not one announced and still to come', () => {
    // Asked in June 2025, Istio Day North America 2025 (Atlanta, November) was announced but not held.
    const june = new Date('2025-06-02T09:00:00Z');
    const told = (question: string): string | undefined => engine.answer(question, { now: june }).direct?.text;
    expect(told('the most recent north american istio day, where was it')).toMatch(/^Istio Day North America 2024: 12 November 2024, Salt Lake City \(7 months ago\)/);
    expect(told('上一届 istio day 在哪')).toMatch(/^Istio Day Europe 2025：2025 年 4 月 1 日，伦敦/);
    expect(told('what was the previous kubecon')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025: 1 to 4 April 2025, London/);
    // The next is still the one to come, and one named as the latest announced is said to be ahead, never "now on".
    expect(told('the next istio day is when')).toMatch(/^Next: Istio Day North America 2025: 10 November 2025, Atlanta \(in 161 days\)/);
    expect(told('any istio day in 2026?')).toBe('No Istio Day in 2026 is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (in 161 days); in 2026: KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (in 294 days)');
  });

  it('reads a follow-up "what about" with before, after or a time word as asking which event, not what one is', () => {
    expect(line('and what about the istio day after salt lake city?')).toMatch(/^Istio Day Europe 2025: 1 April 2025, London/);
    expect(line('how about the previous kubecon in north america')).toMatch(/^KubeCon \+ CloudNativeCon North America 2025: 10 to 13 November 2025, Atlanta/);
    // Of a thing named alone, it still asks what that is.
    expect(understand('what about contribfest?').ask).toBe('what-is');
  });

  it('reads "second to last", "second last" and "penultimate" as the one before the latest, as 上上届 is', () => {
    expect(line('where was the second to last istio day')).toMatch(/^Istio Day Europe 2025: 1 April 2025, (?:ExCeL )?London/);
    expect(line('penultimate kubecon eu?')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025: 1 to 4 April 2025, London/);
    expect(line('second last north american istio day')).toMatch(/^Istio Day North America 2024: 12 November 2024, Salt Lake City/);
  });

  it('reads a kind asked of this year, after this year’s was held, as this year’s: the latest, said so', () => {
    expect(line('kubecon europe happening this year?')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(line('今年的 kubecon 欧洲站办了吗')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026/);
    // A kind none of whose editions is this year's is still said to have none this year.
    expect(line('any istiocon this year')).toMatch(/^No IstioCon in 2026 is announced/);
  });

  it('reads where the project is going or headed next as asking the next event', () => {
    expect(line('so where is istio going next?')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
    expect(line('which conference is istio heading to next')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
  });

  it('looks for the kind said on the side asked for when one event is looked back from another kind', () => {
    expect(line('which istio day was held before the 2026 kubecon in amsterdam')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
    expect(line('阿姆斯特丹 2026 kubecon 之前的 istio day')).toMatch(/^Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大/);
    // The same kind on both sides is as before.
    expect(line('the istio day before the salt lake city one')).toMatch(/^Istio Day Europe 2024: 19 March 2024, Paris/);
  });
});
