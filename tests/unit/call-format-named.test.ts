/**
 * A call's formats asked of one format by name ("how long may a workshop run, which format", "闪电演讲那种形式多长"): the
 * sentence of the call that names that format with its length, not the first sentence giving some length (another
 * format's). Passages written here, in the posts' shape: one format a sentence, as istio.io's calls list them.
 */
import { describe, expect, it } from 'vitest';
import { callFormats } from '../../src/answer/call-formats.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const EVENT = 'IstioCon 2031';
const passage = (lang: 'en' | 'zh', text: string): Passage => ({ event: EVENT, lang, text, headings: [] }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const zh = rankedOf([
  passage('zh', '请从以下形式中选择： 演讲：30 分钟，最多 2 人。 座谈会：45 分钟，3 至 5 人。'),
  passage('zh', '请从以下形式中选择： 研讨会：120 分钟，1 至 3 名讲者动手演示。 灯光讲座：8 分钟，限 1 人。'),
]);
const en = rankedOf([passage('en', 'Pick one of these formats: Presentation: 30 minutes, up to 2 speakers. Workshop: 120 minutes of hands-on work, 1 to 3 speakers.')]);

describe('the format a call question names', () => {
  it("gets the sentence that gives that format's length", () => {
    expect(callFormats(understand('istiocon 2031 投稿 工作坊这种形式能讲多久'), zh, EVENT)).toMatch(/研讨会：120 分钟/);
    expect(callFormats(understand('istiocon 2031 的闪电演讲形式 多长时间'), zh, EVENT)).toMatch(/灯光讲座：8 分钟/);
    expect(callFormats(understand('istiocon 2031 cfp: how long is the panel format'), rankedOf([passage('en', 'Formats. Panel: 45 minutes, 3 to 5 speakers. Talk: 30 minutes.')]), EVENT)).toMatch(/Panel: 45 minutes/);
  });

  it('keeps the first sentence giving a length when no format is named, or none names the one asked', () => {
    expect(callFormats(understand('istiocon 2031 投稿形式有哪些'), zh, EVENT)).toMatch(/演讲：30 分钟/);
    expect(callFormats(understand('istiocon 2031 cfp: how long is the keynote format'), en, EVENT)).toMatch(/Presentation: 30 minutes/);
  });
});
