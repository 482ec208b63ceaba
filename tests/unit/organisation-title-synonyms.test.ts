/**
 * Round 21: a talk's recording or schedule page asked by the Chinese name of the company in its title. The titles write
 * the names the posts use ("HP end-user talk", "Airbnb end-user talk", "…Expedia's Compute Platform"); a reader types
 * 惠普, 爱彼迎, 亿客行. Those names are the organisation's synonyms (`ORGANISATIONS`), and a video, slides or schedule
 * question now meets the title through them, as it already did for a topic's synonyms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineUrl = (question: string): string | undefined => engine.answer(question).direct?.url;

describe('a video or schedule question naming the company of a talk by its Chinese name', () => {
  it('gets that talk\'s own recording or schedule page as the line', () => {
    expect(lineUrl('第一届 istiocon 上惠普的用户分享 有录像吗')).toBe('https://www.youtube.com/watch?v=K-UTbDU36q8');
    expect(lineUrl('爱彼迎 在 istiocon 讲扩展性 那个视频')).toBe('https://www.youtube.com/watch?v=6kDiDQW5YXQ');
    expect(lineUrl('亿客行 锁争用 那个 kubecon 议题的日程页')).toBe('https://sched.co/1R2uV');
  });

  it('gives no line for a company no talk title or speaker names', () => {
    expect(engine.answer('思爱普 在 istiocon 的视频').direct).toBeUndefined();
  });
});
