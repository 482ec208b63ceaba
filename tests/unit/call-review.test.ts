/**
 * When a call's proposals are reviewed ("cfp review window", "评审什么时候"): the call's line gives the span its timeline
 * says, as the post writes it, never the deadline; a call whose posts give no review span keeps its plain line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the review of a call for proposals', () => {
  it('is the span the chicago call timeline gives, in en and zh', () => {
    expect(engine.answer('chicago istio day talks, when did the review of submissions happen').direct?.text).toBe('Call for proposals of Istio Day North America 2023, reviewed from 8 to 21 August');
    expect(engine.answer('芝加哥那次 istio day 提案几号开始评审').direct?.text).toBe('Istio Day North America 2023 的征稿，8 月 8 日至 21 日评审');
  });

  it('is no made-up span for a call whose posts give none', () => {
    expect(engine.answer('istio day europe 2023 cfp review dates').direct?.text).toBe('Call for proposals of Istio Day Europe 2023');
  });
});
