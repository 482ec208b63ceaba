import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * Talks asked by a Chinese topic the vocabulary has no English for (证书, 数据库, 安全): the user sees the line that
 * counts the talks whose titles hold it, named as typed, not a title's longer run ("搭建安全的平台") nor nothing.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a Chinese topic of talks', () => {
  it.each([
    ['证书相关的议题', '证书', /证书|Certificate/i],
    ['有没有讲数据库的分享', '数据库', /数据库|Database/i],
    ['讲安全的演讲有哪些', '安全', /安全|Secur/i],
  ])('%s: the talks on %s', (question, topic, title) => {
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text).toContain(`关于 ${topic} 的演讲`);
    expect(answer.talks.length).toBeGreaterThan(0);
    for (const talk of answer.talks) expect(talk.title).toMatch(title);
  });
});

describe('which talks, asked with 哪几个 or 哪几场', () => {
  it.each([
    ['wasm 方面的演讲都有哪几场', 'wasm', /wasm/i],
    ['讲 kiali 的议题是哪几个', 'kiali', /kiali/i],
  ])('%s: lists the talks on %s, no count of them alone', (question, topic, title) => {
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text).toContain(`关于 ${topic} 的演讲`);
    expect(answer.talks.length).toBeGreaterThan(0);
    for (const talk of answer.talks) expect(talk.title).toMatch(title);
  });
});

describe('a topic said in a word no title writes, whose synonym one does', () => {
  it('reads 压测 and 压力测试 as the titles\' 基准测试 (benchmark), naming it so', () => {
    for (const question of ['有没有人讲 ambient 的压力测试', 'ambient 压测相关的议题']) {
      const answer = engine.answer(question, { now });
      expect(answer.direct?.text, question).toContain('关于 ambient 基准测试 的演讲');
      expect(answer.talks.length, question).toBeGreaterThan(0);
      for (const talk of answer.talks) expect(talk.title, question).toMatch(/基准测试|benchmark/i);
    }
  });
});

describe('whether anyone talked on a topic, no event named ("有人讲 X 吗")', () => {
  it.each([
    ['有人讲 windows 吗', 'windows', /windows/i],
    ['有没有人讲 kiali', 'kiali', /kiali/i],
  ])('%s: the talks on %s', (question, topic, title) => {
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text).toContain(`关于 ${topic} 的演讲`);
    for (const talk of answer.talks) expect(talk.title).toMatch(title);
  });
});

describe('a Chinese topic glued to the particle that ends the question', () => {
  it('reads "有人讲过数据库吗" as talks on 数据库, 吗 no part of the topic', () => {
    const answer = engine.answer('之前有人讲过数据库吗', { now });
    expect(answer.direct?.text).toContain('关于 数据库 的演讲');
    for (const talk of answer.talks) expect(talk.title).toMatch(/数据库|Database/i);
  });
});
