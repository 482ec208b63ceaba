/**
 * "who was recognised at the opening keynote": a who question naming a talk and what was done to people there (a verb
 * no title holds: recognised, 被表彰) asks who that was, which a recap's sentence says, not who gave the talk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const shown = (q: string): string => {
  const answer = engine.answer(q);
  return `${answer.direct?.text ?? ''}\n${answer.results[0]?.text ?? ''}`;
};

describe('who had something done to them at a talk', () => {
  it('is answered by the sentence that says it, not by the talk speakers', () => {
    for (const q of ['at the chicago istio day opening keynote, who got recognised', '2023 芝加哥 istio day 开场主题演讲时哪几位被表彰']) {
      const answer = engine.answer(q);
      expect(answer.direct?.text, q).toMatch(/Rob Salmond/);
      expect(answer.direct?.text, q).not.toMatch(/Zack Butcher/);
      expect(shown(q)).toMatch(/Rob Salmond/);
    }
  });

  it('reads the American spelling and "honoured" as the posts\' "recognised"', () => {
    for (const q of ['who got recognized at the opening keynote of istio day chicago', 'at istio day in chicago who was honored during the keynote']) {
      expect(engine.answer(q).direct?.text, q).toMatch(/Rob Salmond/);
    }
  });

  it('still names the speakers when it asks who gave the talk', () => {
    expect(engine.answer('who delivered the opening keynote at the chicago istio day').direct?.text).toMatch(/Faseela K/);
    expect(engine.answer('芝加哥 istio day 开场主题演讲是哪两位讲的').direct?.text).toMatch(/Zack Butcher/);
  });
});
