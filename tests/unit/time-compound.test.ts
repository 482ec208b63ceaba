import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { timeOf } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * A time word joined by a hyphen to the next word ("next-level", "next-generation") is an adjective of a talk's title:
 * the terse search typed from that title gets the talk, not the line "no upcoming event is announced".
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a time word inside a hyphenated compound', () => {
  it.each(['next-level mtls paris', 'next-generation ai proxy atlanta'])('%s finds the talk, with no next-event line', (question) => {
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text ?? '').not.toMatch(/upcoming|latest/i);
    expect(answer.results[0]?.text).toMatch(/Next-(?:Level|generation)/);
  });

  it('reads no time in the compound, and still reads the word alone', () => {
    expect(timeOf('last-mile routing in london')).toBeNull();
    expect(timeOf('next-gen proxy')).toBeNull();
    expect(timeOf('the next istio day')).toBe('next');
    expect(timeOf('the first-ever istiocon')).toBe('first');
    expect(timeOf('istio day next - where')).toBe('next');
  });
});
