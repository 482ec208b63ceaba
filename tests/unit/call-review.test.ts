/**
 * When a call's proposals are reviewed ("cfp review window", "评审什么时候"): the call's line gives the span its timeline
 * says, as the post writes it, never the deadline; a call whose posts give no review span keeps its plain line. Asked its
 * formats, the sentence of the call that gives them.
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

  it('gives, asked its formats, the sentence of the call that says them in place of the deadline, in en and zh', () => {
    expect(engine.answer('which talk formats did the chicago istio day call take').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023: .*25-minute talks, 35-minute panels or 5-minute lightning talks/);
    expect(engine.answer('2023 阿姆斯特丹 istio day 征稿 有哪些形式').direct?.text).toMatch(/^Istio Day Europe 2023 的征稿：.*25 分钟演讲/);
  });
});
