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
