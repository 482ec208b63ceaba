/**
 * A call's whole timeline asked ("cfp timeline", "key dates", "征稿时间表", "时间节点"): the call's line gives every step its
 * passages date, in the order a call runs, as the post that dates the most of them writes them; a call whose passages date
 * one step keeps the usual line with its deadline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
const now = new Date('2026-12-07T12:00:00Z');
beforeAll(async () => {
  engine = await shippedService();
});

describe('the timeline of a call for proposals', () => {
  it('gives every step the chicago call dates, in en and zh', () => {
    expect(engine.answer('what were the key dates of the chicago istio day call for proposals', { now }).direct?.text).toBe(
      'Call for proposals of Istio Day North America 2023, announced on 16 June 2023, closed on 6 August, reviewed from 8 to 21 August, speakers notified on 7 September, schedule published in the week of 11 September',
    );
    expect(engine.answer('北美 istio day 2023 征稿的时间节点', { now }).direct?.text).toBe(
      'Istio Day North America 2023 的征稿，于 2023 年 6 月 16 日宣布，已于 8 月 6 日截止，8 月 8 日至 21 日评审，9 月 7 日通知讲者，9 月 11 日那一周公布日程',
    );
  });

  it('keeps the deadline line for a call whose passages date one step', () => {
    expect(engine.answer('amsterdam istio day 2023 cfp timeline', { now }).direct?.text).toBe('Call for proposals of Istio Day Europe 2023, closed on 12 February');
  });

  it('is not given when one step is asked', () => {
    expect(engine.answer('when did the chicago istio day cfp close', { now }).direct?.text).toBe('Call for proposals of Istio Day North America 2023, closed on 6 August');
  });
});
