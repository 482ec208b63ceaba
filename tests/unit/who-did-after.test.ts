/**
 * "谁在 2 月公布了活动安排": 谁, then when or where, then a verb of doing to the programme, asks who did it, not for the
 * schedule its word (活动安排) otherwise asks for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('谁 with a time or place before what was done to a programme', () => {
  it('asks who, and is answered by the passage that names who, not by the schedule link', () => {
    const q = '谁在 2026 年 2 月公布了阿姆斯特丹 kubecon 的 istio 活动安排';
    expect(understand(q).ask).toBe('who');
    const answer = engine.answer(q);
    expect(answer.direct?.text ?? '').not.toMatch(/日程/);
    expect(answer.results[0]?.text).toMatch(/Francisco Herrera/);
  });

  it('still asks for the schedule when no one is asked about', () => {
    expect(understand('阿姆斯特丹 kubecon 2026 的活动安排在哪看').ask).toBe('schedule');
  });
});
