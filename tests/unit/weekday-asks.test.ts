/**
 * Asked which day of the week an event fell on ("星期几", "周几", "what weekday"), the bot reads a when question and
 * gives the event's date line, not the passages of a plain word search.
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

const ROWS = [
  { q: '伦敦的 istio day 是星期几', date: /2025 年 4 月 1 日/ },
  { q: 'istio day 亚特兰大 周几开的', date: /2025 年 11 月 10 日/ },
  { q: '上海 istiocon 那天礼拜几', date: /2023 年 9 月 26 日/ },
  { q: 'istio day london fell on which weekday', date: /1 April 2025/ },
];

describe('a question about the day of the week', () => {
  it.each(ROWS)('$q is a when question answered by the date', ({ q, date }) => {
    expect(understand(q).ask).toBe('when');
    const answer = engine.answer(q, { now: BATTERY_NOW });
    expect(answer.direct?.text ?? '').toMatch(date);
  });
});
