import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { deadlineIn } from '../../src/answer/deadline.js';
import { SHIPPED_INDEX } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await Answerer.load(SHIPPED_INDEX);
});

describe('how to submit a talk (shipped index)', () => {
  it('answers with the call for proposals link and the deadline its event passages give', () => {
    const answer = engine.answer('istio day europe 2023 cfp deadline');
    expect(answer.direct).toMatchObject({ text: 'Call for proposals of Istio Day Europe 2023, open until 12 February', lang: 'en' });
    expect(answer.direct?.url).toMatch(/cfp/);
    expect(answer.results[0]?.text).toContain('until 12 February');
  });

  it('says the deadline in Chinese to a Chinese question', () => {
    expect(engine.answer('istio day 北美 2023 cfp 截止').direct?.text).toBe('Istio Day North America 2023 的征稿，截止日期：8 月 6 日');
  });

  it('puts the call for proposals first for a question in plain words', () => {
    expect(engine.answer('how do i submit a talk to istio day').results[0]?.text).toMatch(/call for proposals/i);
  });
});

describe('deadlineIn', () => {
  it('reads the date the call closes, as the post writes it', () => {
    expect(deadlineIn('Submit a session proposal through the CNCF event portal, which is open until February 12.')).toBe('February 12');
    expect(deadlineIn('Thursday, June 15: CFP + Sponsor Prospectus Launch Sunday, August 6: CFP Closes Tuesday, August 8: CFP Review Window')).toBe('August 6');
    expect(deadlineIn('通过 CNCF 同场活动征集入口提交，截止日期为 8 月 6 日。')).toBe('8 月 6 日');
  });

  it('takes no other step of a timeline for the deadline, and no date when none closes the call', () => {
    expect(deadlineIn('Wednesday, September 20: Sponsor Sales Close Monday, November 6: Event Day')).toBeNull();
    expect(deadlineIn('Istio Day was held on 18 April 2023 in Amsterdam.')).toBeNull();
  });
});
