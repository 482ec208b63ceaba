import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * A term typed alone with a question mark asks what it is when the posts say what it is ("contribfest?"), and names a
 * topic when they do not ("istio performance?"): the user then sees the talks and passages on that topic, as for
 * the same words without the mark, not passages that define some other thing the words touch.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a term alone with a question mark', () => {
  it.each(['istio performance?', 'istio performance？'])('%s: no post defines it, so its topic is searched', (question) => {
    const marked = engine.answer(question, { now });
    const plain = engine.answer(question.replace(/[?？]/gu, ''), { now });
    expect(marked.direct).toBeUndefined();
    expect(marked.results.slice(0, 3).map((result) => result.text)).toEqual(plain.results.slice(0, 3).map((result) => result.text));
    expect(marked.query).toBe(question);
  });

  it('still says what a term is when a post defines it', () => {
    const answer = engine.answer('contribfest?', { now });
    expect(answer.direct?.text).toMatch(/ContribFest, a hands-on session/);
  });
});
