import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { withTalkFirst } from '../../src/answer/talk-first.js';
import { result, talk } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';

const ANT_GROUP = 'https://www.youtube.com/watch?v=bjCT7-mFYEo';
const ESTIMATOR = 'https://www.youtube.com/watch?v=-k1CdrRAGMM';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The passage of the answer that tells both London keynotes (the Chinese page packs them into one passage), as a surface shows it. */
function bothTalks(question: string) {
  const result = engine.answer(question).results.find((one) => one.links.videos.includes(ANT_GROUP) && one.links.videos.includes(ESTIMATOR));
  if (!result) throw new Error(`no passage tells both talks for "${question}"`);
  return result;
}

describe('a passage that tells several talks shows the video of the talk asked about first', () => {
  it('the estimator talk\'s video first when the question names that talk', () => {
    expect(bothTalks('伦敦 成本节省估算 迁移工具 演讲视频').links.videos[0]).toBe(ESTIMATOR);
  });

  it('the first talk\'s video first when the question names it, every video of the passage kept', () => {
    expect(bothTalks('伦敦 蚂蚁集团 主题演讲 视频').links.videos[0]).toBe(ANT_GROUP);
    expect(bothTalks('伦敦 成本节省估算 迁移工具 演讲视频').links.videos).toContain(ANT_GROUP);
  });
});

describe('withTalkFirst', () => {
  const windows = talk({ id: 'windows', title: 'Ambient mesh on Windows', titles: { en: 'Ambient mesh on Windows' }, video: 'https://www.youtube.com/watch?v=Windows00001' });
  const kiali = talk({ id: 'kiali', title: 'Ambient 网格排障 with Kiali', titles: { zh: 'Ambient 网格排障 with Kiali' }, video: 'https://www.youtube.com/watch?v=Kiali0000001' });
  const text = 'Ambient mesh on Windows, then Ambient 网格排障 with Kiali.';
  // The search marked "ambient", "mesh" and its synonym 网格: each talk's title holds two of them.
  const marks = ['Ambient', 'mesh', '网格'].map((word) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length }));
  const passage = result({ text, marks, links: { videos: [kiali.video as string, windows.video as string], slides: [], schedule: [], other: [] } });

  it('breaks a tie of the matched words by the words the question typed', () => {
    expect(withTalkFirst(passage, [windows, kiali], ['windows', 'ambient']).links.videos[0]).toBe(windows.video);
    expect(withTalkFirst(passage, [windows, kiali], []).links.videos).toEqual(passage.links.videos);
  });
});
