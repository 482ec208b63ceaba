import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { mentionsClockTime } from '../../src/facts/index.js';
import { SHIPPED_INDEX } from '../helpers/engine.js';

let shipped: Answerer;
let unweighed: Answerer;
beforeAll(async () => {
  shipped = await Answerer.load(SHIPPED_INDEX);
  unweighed = await Answerer.load(SHIPPED_INDEX, { clockWeight: 1 });
});

const first = (engine: Answerer, question: string): string => engine.answer(question).results[0]?.text ?? '';

describe('a time zone said beside the hour asked', () => {
  it('asks in which zone the hour is wanted, not which row of a timetable: the hours of the stream answer', () => {
    for (const question of ['istio 1.0 stream start time pdt', 'launch stream on twitch, what time in pacific time']) {
      const line = shipped.answer(question).direct?.text ?? '';
      expect(line).toContain('from 10:00 to 16:00 PDT');
      expect(line).not.toMatch(/slot/);
    }
  });
});

describe('a question that asks the time of day', () => {
  it('gets the passage that gives the hour first, in en and zh', () => {
    expect(first(shipped, 'what time was the 4th birthday community meetup')).toContain('10:00 Pacific');
    expect(first(shipped, '北京 meetup 几点开始')).toContain('13:30–17:30');
    expect(first(shipped, '1.0 twitch 直播的时段')).toContain('10:00 至 16:00');
  });

  it('and only then: the same words without asking the hour rank as before', () => {
    for (const question of ['4th birthday community meetup', 'when was the 4th birthday community meetup', 'istio 四周岁生日 社区会议']) {
      expect(first(shipped, question), question).toBe(first(unweighed, question));
    }
    expect(mentionsClockTime(first(shipped, '4th birthday community meetup'))).toBe(false);
  });

  it('gets the sentence of a post that gives the hour, or the event line with its dates, never an hour no post gives', () => {
    // The birthday post's sentence about the community meetup gives its hour: the line quotes it (`clock-row.ts`).
    const direct = shipped.answer('what time was the 4th birthday community meetup').direct;
    expect(direct?.text).toMatch(/community meetup on Thursday 27 May at 10:00 Pacific/);
    // The announcement gives the hour of KubeCon 2026's Istio sessions: its sentence answers.
    expect(shipped.answer('kubecon 2026 的 istio 议题几点开始').direct?.text).toMatch(/欧洲中部时间 14:30 起在云原生剧场/);
    // No post gives the hour of Istio Day London or of IstioCon 2021: their lines give none.
    for (const question of ['what time does istio day london start', 'istioCon 2021 几点开始']) {
      const line = shipped.answer(question).direct?.text ?? '';
      expect(mentionsClockTime(line), `${question}: ${line}`).toBe(false);
    }
  });
});
