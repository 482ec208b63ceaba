import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('who did something at the one event a time word picks', () => {
  it('reads the opening of the picked event that says who hosted it, though it ranks below the talks', () => {
    // Atlanta's Istio Day was the latest; its opening says who hosted it, as it does when the city is named.
    expect(line('上一届 istio day 是谁主持的')).toMatch(/John Howard.*Keith Mattix/);
    expect(line('最近那次 istio day 主持人是谁')).toMatch(/John Howard.*Keith Mattix/);
    expect(line('亚特兰大 istio day 主持人是谁')).toMatch(/John Howard.*Keith Mattix/);
  });

  it("gives no line from another event's opening when the picked one's says nothing of it", () => {
    expect(line('who sponsored the latest istio day')).toBeUndefined();
  });
});

describe('a part someone played, said beside a time word', () => {
  it('asks who played it at the event the time word picks, not which event that was', () => {
    expect(understand('most recent istio day hosts').ask).toBe('who');
    expect(understand('上一届 istio day 的主持人').ask).toBe('who');
    expect(line('the previous istio day, its emcee?')).toMatch(/John Howard \(Solo\.io\) and Keith Mattix \(Microsoft\) hosted it/);
    expect(line('last european istio day chair')).toMatch(/Keith Mattix and Denis Jannot chaired/);
    // Said alone, the time word still asks which event.
    expect(understand('the previous istio day').ask).toBe('latest');
  });
});

