/**
 * An organisation's name names no event: "solo.io" holds "io", which the calendar reads as IstioCon's. Asked for the
 * talks or speakers of Solo.io with no event named, the answer is theirs across events, not IstioCon's programme
 * (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

describe('an organisation whose name holds a word of an event name', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('chooses its talks and speakers, not the programme of the event the word names', () => {
    for (const q of ['any solo.io talks?', 'solo.io folks who spoke', 'solo.io 的演讲嘉宾']) {
      const answer = engine.answer(q);
      expect(answer.direct?.text, q).toMatch(/Solo\.io/);
      expect(answer.direct?.text, q).not.toMatch(/^(?:Talks at|Speakers at) IstioCon/);
      expect(answer.talks.length, q).toBeGreaterThan(0);
      expect(answer.talks.every((talk) => talk.people.some((person) => person.organisation === 'Solo.io')), q).toBe(true);
    }
  });

  it('is named by all its words, so that "cloud" of "alibaba cloud" names no event', () => {
    for (const q of ['anyone from alibaba cloud give a talk?', 'alibaba cloud 的演讲嘉宾']) {
      const line = engine.answer(q).direct?.text ?? '';
      expect(line, q).toMatch(/Alibaba|阿里/);
      expect(line, q).not.toMatch(/Cloud Native AI Day/);
    }
  });
});
