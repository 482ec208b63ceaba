import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * Talks asked by their kind in few words: "case studies" and 案例 are what users tell of running Istio, so the user
 * sees the end-user talks; and a Chinese topic lists only the talks whose titles hold it, not those that share one
 * character with it ("用" opens many Chinese titles: "用 Istio 和…").
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');
const END_USER = /end.users?|最终用户/i;

describe('case studies, 案例', () => {
  it.each(['end user case studies?', '最终用户的案例'])('%s asks for talks, and lists the end-user talks', (question) => {
    expect(understand(question).ask).toBe('talks');
    const answer = engine.answer(question, { now });
    expect(answer.talks.length).toBeGreaterThan(3);
    for (const talk of answer.talks) expect(talk.title).toMatch(END_USER);
  });
});

describe('a Chinese topic of talks', () => {
  it('lists only the talks whose titles hold the whole word', () => {
    const answer = engine.answer('最终用户的演讲有哪些', { now });
    expect(answer.talks.length).toBeGreaterThan(3);
    for (const talk of answer.talks) expect(talk.title).toMatch(END_USER);
  });
});
