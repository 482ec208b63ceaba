import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

const WEHKAMP = 'https://www.youtube.com/watch?v=Gb_I2RJr8kQ';
const BLOOMBERG = 'https://www.youtube.com/watch?v=f6jMix46ZD8';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The passage of the answer that tells both talks (the Chinese page packs them into one passage), as a surface shows it. */
function bothTalks(question: string) {
  const result = engine.answer(question).results.find((one) => one.links.videos.includes(WEHKAMP) && one.links.videos.includes(BLOOMBERG));
  if (!result) throw new Error(`no passage tells both talks for "${question}"`);
  return result;
}

describe('a passage that tells several talks shows the video of the talk asked about first', () => {
  it('the Bloomberg talk\'s video first when the question names that talk', () => {
    expect(bothTalks('彭博社 Istio 保护财务信息 演讲视频').links.videos[0]).toBe(BLOOMBERG);
  });

  it('the first talk\'s video first when the question names it, every video of the passage kept', () => {
    expect(bothTalks('wehkamp 最终用户演讲 视频').links.videos[0]).toBe(WEHKAMP);
    expect(bothTalks('彭博社 Istio 保护财务信息 演讲视频').links.videos).toContain(WEHKAMP);
  });
});
