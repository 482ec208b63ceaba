import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
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
});
