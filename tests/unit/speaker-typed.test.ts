import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * A speaker typed as people type them: with one long word of the name spelt wrong, or beside the event they spoke at
 * with nothing else asked. The user sees that person's talks, not "nothing found" nor the event's overview.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a speaker typed with a typo or beside an event', () => {
  it.each([
    ['sessions by hayk hovsepayn', 'Hayk Hovsepyan'],
    ['what did john hwoard present', 'John Howard'],
  ])('%s lists the talks of %s', (question, speaker) => {
    const answer = engine.answer(question, { now });
    expect(answer.talks.length).toBeGreaterThan(0);
    for (const talk of answer.talks) expect(talk.speakers).toContain(speaker);
  });

  it('reads no typo in a short word of a name', () => {
    // "lin" and "sun" are too short for a typo to be read in them: "lim" may be another name.
    expect(engine.answer('talks by lim sun', { now }).talks).toEqual([]);
  });

  it.each([
    ['keith mattix london', 'Keith Mattix', /Istio Day Europe 2025/],
    ['christian posta amsterdam', 'Christian Posta', /Istio Day Europe 2023/],
  ])('%s lists the talks %s gave there', (question, speaker, event) => {
    const answer = engine.answer(question, { now });
    expect(answer.intent).toBe('talks');
    expect(answer.direct?.text).toMatch(event);
    expect(answer.talks[0]?.speakers).toContain(speaker);
  });
});
