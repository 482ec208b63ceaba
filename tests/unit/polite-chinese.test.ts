import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';
import { readingOf } from '../helpers/readings.js';

/**
 * Round 20: Chinese questions written as in a forum post or an email. "想了解一下", "我想知道", "想确认一下" before a
 * question frame it, as "i'd like to know" does, and ask nothing; "负责哪些方面的工作" asks what a body does, as
 * "负责哪些工作" does. What a user then sees: tests/corpus/polite-chinese-answers.test.ts.
 */
const QUESTIONS = ['伦敦 istio day 是哪天', 'izzy 的书在哪里可以买到', 'istiocon 2022 有多少场演讲', 'TOC 的选举结果是什么', '芝加哥那次 istio day 的议题征集什么时候截止'];
const WANTING = [(q: string) => `想了解一下${q}`, (q: string) => `我想知道${q}？`, (q: string) => `您好，想确认一下，${q}`, (q: string) => `请问，我想了解下${q}`];

describe('saying one wants to know before a Chinese question', () => {
  const cases = QUESTIONS.flatMap((q) => WANTING.map((around) => [q, around(q)]));
  it.each(cases)('"%s" reads the same as "%s"', (plain, wrapped) => {
    expect(readingOf(wrapped)).toEqual(readingOf(plain));
  });

  it('keeps "想了解一下" before a bare name a request to explain it', () => {
    expect(understand('想了解一下 ContribFest').ask).toBe('what-is');
  });
});

/** How forum posts and emails open before the question, in my own words: addressing, begging pardon, asking for help or to be told. */
const COURTESY = ['各位好，', '各位大佬，', '请教各位，', '打扰了，', '打扰一下，', '求助：', '冒昧问一下，', '劳驾问一下', '问一下', '我想问问', '有个问题想请教：', '能否告诉我', '想请大家帮忙确认一下：'];

describe('a forum or email courtesy before a Chinese question', () => {
  const cases = QUESTIONS.flatMap((q) => COURTESY.map((courtesy) => [q, `${courtesy}${q}`]));
  it.each(cases)('"%s" reads the same as "%s"', (plain, wrapped) => {
    expect(readingOf(wrapped)).toEqual(readingOf(plain));
  });

  it('keeps 各位 when it is part of what is asked', () => {
    expect(understand('各位讲者都来自哪些公司').rest).toContain('各位讲者');
  });
});

describe('asking which areas of work a body is responsible for', () => {
  it.each([
    ['TOC 负责哪些工作', 'TOC 负责哪些方面的工作'],
    ['指导委员会负责哪些事情', '指导委员会主要负责哪些方面的事情'],
  ])('"%s" reads the same as "%s"', (plain, longer) => {
    expect(readingOf(longer)).toEqual(readingOf(plain));
  });
});
