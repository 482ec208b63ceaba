/**
 * "which award did lin sun win", "daniel hawton 得过什么奖": asked which award a named person got, the line quotes the
 * sentence that names them and says what they received, in the question's language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { awardOfLine } from '../../src/answer/award-of.js';
import type { Answerer } from '../../src/answer/index.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

const passage = (title: string, text: string, lang: 'en' | 'zh'): Passage =>
  ({ id: title, postId: title, title, url: 'https://example.org/recap/#0', postUrl: 'https://example.org/recap/', text, lang, headings: [], event: 'Conference 2031', date: '2031-06-02', published: '2031-06-02', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const recap = passage('Conference 2031 recap', 'The keynote was full. Maintainer Ada Quill received the Helping Hand Award for her reviews.', 'en');
const zhRecap = passage('2031 大会回顾', '主题演讲座无虚席。维护者 Ada Quill 获得“援手”奖。', 'zh');

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('which award a person got', () => {
  it('quotes the sentence that names the person and what they received', () => {
    expect(awardOfLine(understand('which award did ada quill win'), rankedOf(recap))?.direct).toEqual({
      text: 'Conference 2031 recap: Maintainer Ada Quill received the Helping Hand Award for her reviews.',
      url: 'https://example.org/recap/#0',
      lang: 'en',
    });
    expect(awardOfLine(understand('ada quill 得过什么奖'), rankedOf(zhRecap))?.direct?.text).toBe('2031 大会回顾：维护者 Ada Quill 获得“援手”奖。');
  });

  it('gives no line for a person no award sentence names, nor for who got one', () => {
    expect(awardOfLine(understand('which award did bob stone win'), rankedOf(recap))).toBeUndefined();
    expect(awardOfLine(understand('who won the helping hand award'), rankedOf(recap))).toBeUndefined();
  });

  it('answers from the posts in either language', () => {
    expect(engine.answer('which award did lin sun win').direct?.text).toMatch(/Lin Sun and Faseela K received the CNCF community "Chop Wood Carry Water" award/);
    expect(engine.answer('daniel hawton 得过什么奖').direct?.text).toMatch(/Daniel Hawton (?:— |获得)“劈柴挑水/);
  });
});
